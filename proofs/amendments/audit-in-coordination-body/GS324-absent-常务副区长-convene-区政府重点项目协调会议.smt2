; govspec proof obligation GS324-absent-常务副区长-convene-区政府重点项目协调会议 (GS324)
; property: someone holds the power to convene '区政府重点项目协调会议' while '常务副区长' is away
; articles: 第四十五条之一
; holds when: unsat
; o0 = 副区长
; o1 = 常务副区长
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o1_own () Int)
(declare-fun o1_away () Int)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o0_passes () Bool)
(declare-fun p_o1_holds () Bool)
(declare-fun p_o1_passes () Bool)
(assert
 (>= o0_away 0))
(assert
 (<= o0_away o0_own))
(assert
 (>= (+ o0_own o1_own) 2))
(assert
 (>= o1_away 0))
(assert
 (<= o1_away o1_own))
(assert
 (>= o1_own 1))
(assert
 (<= o1_own 1))
(assert
 (= p_o0_holds false))
(assert
 (= p_o0_passes false))
(assert
 (= p_o1_holds (or true p_o0_holds)))
(assert
 (= p_o1_passes (or true p_o0_passes)))
(assert
 (>= o1_away 1))
(assert
 (<= (+ o0_away o1_away) 1))
(assert
 (let (($x0 (and (>= (+ (- o0_own o0_away) (- o1_own o1_away)) 1) p_o0_holds)))
(not (or $x0 (and (>= (- o1_own o1_away) 1) p_o1_holds)))))
(check-sat)
