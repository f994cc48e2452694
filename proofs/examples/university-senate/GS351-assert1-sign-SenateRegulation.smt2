; govspec proof obligation GS351-assert1-sign-SenateRegulation (GS351)
; property: someone holds the power to sign 'SenateRegulation' documents in every absence of up to 1 office holder
; articles: Art.44(1)
; holds when: unsat
; o0 = FirstViceRector
; o1 = Rector
; o2 = ViceRector
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o1_away () Int)
(declare-fun o1_own () Int)
(declare-fun o2_away () Int)
(declare-fun o2_own () Int)
(declare-fun p_o1_passes () Bool)
(declare-fun p_o2_holds () Bool)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o2_passes () Bool)
(declare-fun p_o0_passes () Bool)
(declare-fun p_o1_holds () Bool)
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
 (>= o2_away 0))
(assert
 (<= o2_away o2_own))
(assert
 (let ((?x0 (+ o0_own o2_own)))
 (>= ?x0 1)))
(assert
 (let ((?x0 (+ o0_own o2_own)))
 (<= ?x0 3)))
(assert
 (let (($x1 (>= (- o1_own o1_away) 1)))
 (let (($x2 (and p_o1_passes $x1)))
 (= p_o0_holds (or $x2 p_o2_holds $x2)))))
(assert
 (let (($x1 (>= (- o1_own o1_away) 1)))
 (let (($x2 (and p_o1_passes $x1)))
 (= p_o0_passes (or $x2 p_o2_passes)))))
(assert
 (= p_o1_holds true))
(assert
 (= p_o1_passes true))
(assert
 (= p_o2_holds false))
(assert
 (= p_o2_passes false))
(assert
 (<= (+ o0_away o1_away o2_away) 1))
(assert
 (let (($x3 (and (>= (+ (- o0_own o0_away) (- o2_own o2_away)) 1) p_o2_holds)))
(let (($x4 (or (and (>= (- o0_own o0_away) 1) p_o0_holds) (and (>= (- o1_own o1_away) 1) p_o1_holds) $x3)))
(not $x4))))
(check-sat)
