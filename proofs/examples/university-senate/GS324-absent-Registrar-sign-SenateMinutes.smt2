; govspec proof obligation GS324-absent-Registrar-sign-SenateMinutes (GS324)
; property: someone holds the power to sign 'SenateMinutes' documents while 'Registrar' is away
; articles: Art.44(2)
; holds when: unsat
; o0 = Rector
; o1 = Registrar
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o1_away () Int)
(declare-fun o1_own () Int)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o0_passes () Bool)
(declare-fun p_o1_holds () Bool)
(declare-fun p_o1_passes () Bool)
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
 (<= o1_own 1))
(assert
 (= p_o0_holds false))
(assert
 (= p_o0_passes false))
(assert
 (let (($x0 (>= (- o0_own o0_away) 1)))
 (= p_o1_holds $x0)))
(assert
 (let (($x0 (>= (- o0_own o0_away) 1)))
 (= p_o1_passes $x0)))
(assert
 (>= o1_away 1))
(assert
 (<= (+ o0_away o1_away) 1))
(assert
 (let (($x1 (or (and (>= (- o0_own o0_away) 1) p_o0_holds) (and (>= (- o1_own o1_away) 1) p_o1_holds))))
(not $x1)))
(check-sat)
