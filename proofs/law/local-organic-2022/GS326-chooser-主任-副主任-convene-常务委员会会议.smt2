; govspec proof obligation GS326-chooser-主任-副主任-convene-常务委员会会议 (GS326)
; property: someone holds the power to convene '常务委员会会议' while '主任' is away, before its stand-in is chosen
; articles: 第五十五条、第五十一条
; holds when: unsat
; o0 = 主任
; o1 = 副主任
; o2 = 委员
; away for each reason: why0 = 健康情况不能工作, why1 = 缺位, why2 = 因故不能担任职务, why3 = any other reason
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o1_away () Int)
(declare-fun o1_own () Int)
(declare-fun o2_away () Int)
(declare-fun o2_own () Int)
(declare-fun o0_why0 () Int)
(declare-fun o0_why1 () Int)
(declare-fun o0_why2 () Int)
(declare-fun o0_why3 () Int)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o0_passes () Bool)
(declare-fun p_o1_holds () Bool)
(declare-fun p_o1_passes () Bool)
(declare-fun p_o2_holds () Bool)
(declare-fun p_o2_passes () Bool)
(assert
 (>= o0_away 0))
(assert
 (<= o0_away o0_own))
(assert
 (>= o0_own 1))
(assert
 (<= o0_own 1))
(assert
 (>= o1_away 0))
(assert
 (<= o1_away o1_own))
(assert
 (>= o1_own 1))
(assert
 (>= o2_away 0))
(assert
 (<= o2_away o2_own))
(assert
 (>= o2_own 1))
(assert
 (let ((?x0 (+ o0_own o1_own o2_own)))
 (>= ?x0 15)))
(assert
 (let ((?x0 (+ o0_own o1_own o2_own)))
 (<= ?x0 45)))
(assert
 (>= o0_why0 0))
(assert
 (>= o0_why1 0))
(assert
 (>= o0_why2 0))
(assert
 (>= o0_why3 0))
(assert
 (= (+ o0_why0 o0_why1 o0_why2 o0_why3) o0_away))
(assert
 (= p_o0_holds true))
(assert
 (= p_o0_passes true))
(assert
 (= p_o1_holds false))
(assert
 (= p_o1_passes false))
(assert
 (= p_o2_holds false))
(assert
 (= p_o2_passes false))
(assert
 (= o0_away o0_own))
(assert
 (= o1_away 0))
(assert
 (= o2_away 0))
(assert
 (>= o0_own 1))
(assert
 (let (($x1 (= o0_why3 0)))
 (let (($x2 (= o0_why2 0)))
 (let (($x3 (>= o0_own 1)))
 (and $x3 $x2 $x1)))))
(assert
 (let (($x4 (or (and (>= (- o0_own o0_away) 1) p_o0_holds) (and (>= (- o1_own o1_away) 1) p_o1_holds) (and (>= (- o2_own o2_away) 1) p_o2_holds))))
(not $x4)))
(check-sat)
