; govspec proof obligation GS326-chooser-区长-副区长-convene-常务委员会会议 (GS326)
; property: someone holds the power to convene '常务委员会会议' while '区长' is away, before its stand-in is chosen
; articles: 第五十条(十三)、副职领导人员、因故不能担任职务、第五十一条
; holds when: unsat
; o0 = 主任
; o1 = 副主任
; o2 = 区长
; o3 = 委员
; away for each reason: why0 = 健康情况不能工作, why1 = 缺位, why2 = 因故不能担任职务, why3 = any other reason
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o1_away () Int)
(declare-fun o1_own () Int)
(declare-fun o2_away () Int)
(declare-fun o2_own () Int)
(declare-fun o3_away () Int)
(declare-fun o3_own () Int)
(declare-fun o0_why0 () Int)
(declare-fun o0_why1 () Int)
(declare-fun o0_why2 () Int)
(declare-fun o0_why3 () Int)
(declare-fun o2_why0 () Int)
(declare-fun o2_why1 () Int)
(declare-fun o2_why2 () Int)
(declare-fun o2_why3 () Int)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o0_passes () Bool)
(declare-fun p_o1_holds () Bool)
(declare-fun p_o1_passes () Bool)
(declare-fun p_o2_holds () Bool)
(declare-fun p_o2_passes () Bool)
(declare-fun p_o3_holds () Bool)
(declare-fun p_o3_passes () Bool)
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
 (<= o2_own 1))
(assert
 (>= o3_away 0))
(assert
 (<= o3_away o3_own))
(assert
 (>= o3_own 1))
(assert
 (let ((?x0 (+ o0_own o1_own o3_own)))
 (>= ?x0 15)))
(assert
 (let ((?x0 (+ o0_own o1_own o3_own)))
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
 (>= o2_why0 0))
(assert
 (>= o2_why1 0))
(assert
 (>= o2_why2 0))
(assert
 (>= o2_why3 0))
(assert
 (= (+ o2_why0 o2_why1 o2_why2 o2_why3) o2_away))
(assert
 (= p_o0_holds true))
(assert
 (= p_o0_passes true))
(assert
 (let (($x1 (and (not (>= (- o0_own o0_away) 1)) (and (>= o0_own 1) (= o0_why2 0) (= o0_why3 0)))))
 (= p_o1_holds (and $x1 p_o0_holds))))
(assert
 (let (($x1 (and (not (>= (- o0_own o0_away) 1)) (and (>= o0_own 1) (= o0_why2 0) (= o0_why3 0)))))
 (= p_o1_passes (and $x1 p_o0_passes))))
(assert
 (= p_o2_holds false))
(assert
 (= p_o2_passes false))
(assert
 (= p_o3_holds false))
(assert
 (= p_o3_passes false))
(assert
 (= o0_away 0))
(assert
 (= o1_away 0))
(assert
 (= o2_away o2_own))
(assert
 (= o3_away 0))
(assert
 (>= o2_own 1))
(assert
 (let (($x2 (= o2_why3 0)))
 (let (($x3 (= o2_why1 0)))
 (let (($x4 (= o2_why0 0)))
 (let (($x5 (>= o2_own 1)))
 (and $x5 $x4 $x3 $x2))))))
(assert
 (let (($x6 (or (and (>= (- o0_own o0_away) 1) p_o0_holds) (and (>= (- o1_own o1_away) 1) p_o1_holds) (and (>= (- o2_own o2_away) 1) p_o2_holds) (and (>= (- o3_own o3_away) 1) p_o3_holds))))
(not $x6)))
(check-sat)
