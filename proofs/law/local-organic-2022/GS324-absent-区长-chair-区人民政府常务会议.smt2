; govspec proof obligation GS324-absent-区长-chair-区人民政府常务会议 (GS324)
; property: someone holds the power to chair '区人民政府常务会议' while '区长' is away
; articles: 第七十八条、第五十条(十三)、副职领导人员、因故不能担任职务
; holds when: unsat
; o0 = 副区长
; o1 = 区长
; away for each reason: why0 = 健康情况不能工作, why1 = 缺位, why2 = 因故不能担任职务, why3 = any other reason
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o1_away () Int)
(declare-fun o1_own () Int)
(declare-fun o1_why0 () Int)
(declare-fun o1_why1 () Int)
(declare-fun o1_why2 () Int)
(declare-fun o1_why3 () Int)
(declare-fun p_o1_holds () Bool)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o1_passes () Bool)
(declare-fun p_o0_passes () Bool)
(assert
 (>= o0_away 0))
(assert
 (<= o0_away o0_own))
(assert
 (>= o0_own 1))
(assert
 (>= o1_away 0))
(assert
 (<= o1_away o1_own))
(assert
 (>= o1_own 1))
(assert
 (<= o1_own 1))
(assert
 (>= o1_why0 0))
(assert
 (>= o1_why1 0))
(assert
 (>= o1_why2 0))
(assert
 (>= o1_why3 0))
(assert
 (= (+ o1_why0 o1_why1 o1_why2 o1_why3) o1_away))
(assert
 (let (($x0 (= o1_why3 0)))
 (let (($x1 (= o1_why1 0)))
 (let (($x2 (= o1_why0 0)))
 (let (($x3 (>= o1_own 1)))
 (let (($x4 (and (not (>= (- o1_own o1_away) 1)) (and $x3 $x2 $x1 $x0))))
 (= p_o0_holds (and $x4 p_o1_holds))))))))
(assert
 (let (($x0 (= o1_why3 0)))
 (let (($x1 (= o1_why1 0)))
 (let (($x2 (= o1_why0 0)))
 (let (($x3 (>= o1_own 1)))
 (let (($x4 (and (not (>= (- o1_own o1_away) 1)) (and $x3 $x2 $x1 $x0))))
 (= p_o0_passes (and $x4 p_o1_passes))))))))
(assert
 (= p_o1_holds true))
(assert
 (= p_o1_passes true))
(assert
 (>= o1_away 1))
(assert
 (<= (+ o0_away o1_away) 1))
(assert
 (let (($x5 (or (and (>= (- o0_own o0_away) 1) p_o0_holds) (and (>= (- o1_own o1_away) 1) p_o1_holds))))
(not $x5)))
(check-sat)
