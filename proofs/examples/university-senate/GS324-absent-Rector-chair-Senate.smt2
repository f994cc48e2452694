; govspec proof obligation GS324-absent-Rector-chair-Senate (GS324)
; property: someone holds the power to chair 'Senate' while 'Rector' is away
; articles: Art.40、Art.40(2)、Art.30(4)
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
(declare-fun p_o1_holds () Bool)
(declare-fun p_o2_holds () Bool)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o1_passes () Bool)
(declare-fun p_o2_passes () Bool)
(declare-fun p_o0_passes () Bool)
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
 (let (($x1 (and (not (>= (- o1_own o1_away) 1)) true)))
 (= p_o0_holds (or true p_o2_holds (and $x1 p_o1_holds)))))
(assert
 (let (($x1 (and (not (>= (- o1_own o1_away) 1)) true)))
 (= p_o0_passes (or true p_o2_passes (and $x1 p_o1_passes)))))
(assert
 (= p_o1_holds true))
(assert
 (= p_o1_passes true))
(assert
 (= p_o2_holds false))
(assert
 (= p_o2_passes false))
(assert
 (>= o1_away 1))
(assert
 (<= (+ o0_away o1_away o2_away) 1))
(assert
 (let (($x2 (and (>= (+ (- o0_own o0_away) (- o2_own o2_away)) 1) p_o2_holds)))
(let (($x3 (or (and (>= (- o0_own o0_away) 1) p_o0_holds) (and (>= (- o1_own o1_away) 1) p_o1_holds) $x2)))
(not $x3))))
(check-sat)
