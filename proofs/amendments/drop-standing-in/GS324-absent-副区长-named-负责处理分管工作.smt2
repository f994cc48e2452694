; govspec proof obligation GS324-absent-副区长-named-负责处理分管工作 (GS324)
; property: someone holds the power '负责处理分管工作' while '副区长' is away
; articles: 第七条
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
 (= p_o0_holds true))
(assert
 (= p_o0_passes true))
(assert
 (= p_o1_holds p_o0_holds))
(assert
 (= p_o1_passes p_o0_passes))
(assert
 (let ((?x0 (+ o0_away o1_away)))
 (>= ?x0 1)))
(assert
 (let ((?x0 (+ o0_away o1_away)))
 (<= ?x0 1)))
(assert
 (let (($x1 (and (>= (+ (- o0_own o0_away) (- o1_own o1_away)) 1) p_o0_holds)))
(not (or $x1 (and (>= (- o1_own o1_away) 1) p_o1_holds)))))
(check-sat)
