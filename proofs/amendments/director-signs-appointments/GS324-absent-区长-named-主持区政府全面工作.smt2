; govspec proof obligation GS324-absent-区长-named-主持区政府全面工作 (GS324)
; property: someone holds the power '主持区政府全面工作' while '区长' is away
; articles: 第六条、代理范围从严
; holds when: unsat
; o0 = 副区长
; o1 = 区长
; o2 = 常务副区长
; away for each reason: why0 = 出差, why1 = 出访, why2 = 休假, why3 = any other reason
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o2_own () Int)
(declare-fun o1_away () Int)
(declare-fun o1_own () Int)
(declare-fun o2_away () Int)
(declare-fun o1_why0 () Int)
(declare-fun o1_why1 () Int)
(declare-fun o1_why2 () Int)
(declare-fun o1_why3 () Int)
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
 (>= (+ o0_own o2_own) 2))
(assert
 (>= o1_away 0))
(assert
 (<= o1_away o1_own))
(assert
 (>= o1_own 1))
(assert
 (<= o1_own 1))
(assert
 (>= o2_away 0))
(assert
 (<= o2_away o2_own))
(assert
 (>= o2_own 1))
(assert
 (<= o2_own 1))
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
 (= p_o0_holds false))
(assert
 (= p_o0_passes false))
(assert
 (= p_o1_holds true))
(assert
 (= p_o1_passes true))
(assert
 (let (($x0 (and (not (>= (- o1_own o1_away) 1)) (and (>= o1_own 1) (= o1_why3 0)))))
 (= p_o2_holds (or p_o0_holds (and $x0 p_o1_holds)))))
(assert
 (let (($x0 (and (not (>= (- o1_own o1_away) 1)) (and (>= o1_own 1) (= o1_why3 0)))))
 (= p_o2_passes (or p_o0_passes (and $x0 p_o1_passes)))))
(assert
 (>= o1_away 1))
(assert
 (<= (+ o0_away o1_away o2_away) 1))
(assert
 (let (($x1 (and (>= (+ (- o0_own o0_away) (- o2_own o2_away)) 1) p_o0_holds)))
(let (($x2 (or $x1 (and (>= (- o1_own o1_away) 1) p_o1_holds) (and (>= (- o2_own o2_away) 1) p_o2_holds))))
(not $x2))))
(check-sat)
