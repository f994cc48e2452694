; govspec proof obligation GS324-absent-CompanySecretary-sign-BoardMinutes (GS324)
; property: someone holds the power to sign 'BoardMinutes' documents while 'CompanySecretary' is away
; articles: Art.14(3)
; holds when: unsat
; o0 = BoardChairperson
; o1 = CompanySecretary
; o2 = Director
; o3 = IndependentDirector
; o4 = ViceChairperson
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o1_away () Int)
(declare-fun o1_own () Int)
(declare-fun o2_away () Int)
(declare-fun o2_own () Int)
(declare-fun o4_own () Int)
(declare-fun o3_own () Int)
(declare-fun o3_away () Int)
(declare-fun o4_away () Int)
(declare-fun p_o2_holds () Bool)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o2_passes () Bool)
(declare-fun p_o0_passes () Bool)
(declare-fun p_o1_holds () Bool)
(declare-fun p_o1_passes () Bool)
(declare-fun p_o3_holds () Bool)
(declare-fun p_o3_passes () Bool)
(declare-fun p_o4_holds () Bool)
(declare-fun p_o4_passes () Bool)
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
 (let ((?x0 (+ o0_own o2_own o3_own o4_own)))
 (>= ?x0 5)))
(assert
 (let ((?x0 (+ o0_own o2_own o3_own o4_own)))
 (<= ?x0 9)))
(assert
 (>= o3_away 0))
(assert
 (<= o3_away o3_own))
(assert
 (>= o3_own 2))
(assert
 (>= o4_away 0))
(assert
 (<= o4_away o4_own))
(assert
 (>= o4_own 1))
(assert
 (<= o4_own 1))
(assert
 (= p_o0_holds p_o2_holds))
(assert
 (= p_o0_passes p_o2_passes))
(assert
 (let ((?x1 (- o0_own o0_away)))
 (let (($x2 (>= ?x1 1)))
 (= p_o1_holds $x2))))
(assert
 (let ((?x1 (- o0_own o0_away)))
 (let (($x2 (>= ?x1 1)))
 (= p_o1_passes $x2))))
(assert
 (= p_o2_holds false))
(assert
 (= p_o2_passes false))
(assert
 (= p_o3_holds p_o2_holds))
(assert
 (= p_o3_passes p_o2_passes))
(assert
 (= p_o4_holds p_o2_holds))
(assert
 (= p_o4_passes p_o2_passes))
(assert
 (>= o1_away 1))
(assert
 (<= (+ o0_away o1_away o2_away o3_away o4_away) 1))
(assert
 (let ((?x3 (- o4_own o4_away)))
(let ((?x4 (- o3_own o3_away)))
(let ((?x1 (- o0_own o0_away)))
(let (($x5 (and (>= (+ ?x1 (- o2_own o2_away) ?x4 ?x3) 1) p_o2_holds)))
(let (($x6 (or (and (>= ?x1 1) p_o0_holds) (and (>= (- o1_own o1_away) 1) p_o1_holds) $x5 (and (>= ?x4 1) p_o3_holds) (and (>= ?x3 1) p_o4_holds))))
(not $x6)))))))
(check-sat)
