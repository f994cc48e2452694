; govspec proof obligation GS324-absent-BoardChairperson-chair-BoardMeeting (GS324)
; property: someone holds the power to chair 'BoardMeeting' while 'BoardChairperson' is away
; articles: Art.12、Art.12(2)
; holds when: unsat
; o0 = BoardChairperson
; o1 = Director
; o2 = IndependentDirector
; o3 = ViceChairperson
; away for each reason: why0 = illness, why1 = travel, why2 = any other reason
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o1_away () Int)
(declare-fun o1_own () Int)
(declare-fun o3_own () Int)
(declare-fun o2_own () Int)
(declare-fun o2_away () Int)
(declare-fun o3_away () Int)
(declare-fun o0_why0 () Int)
(declare-fun o0_why1 () Int)
(declare-fun o0_why2 () Int)
(declare-fun p_o1_holds () Bool)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o1_passes () Bool)
(declare-fun p_o0_passes () Bool)
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
 (let ((?x0 (+ o0_own o1_own o2_own o3_own)))
 (>= ?x0 5)))
(assert
 (let ((?x0 (+ o0_own o1_own o2_own o3_own)))
 (<= ?x0 9)))
(assert
 (>= o2_away 0))
(assert
 (<= o2_away o2_own))
(assert
 (>= o2_own 2))
(assert
 (>= o3_away 0))
(assert
 (<= o3_away o3_own))
(assert
 (>= o3_own 1))
(assert
 (<= o3_own 1))
(assert
 (>= o0_why0 0))
(assert
 (>= o0_why1 0))
(assert
 (>= o0_why2 0))
(assert
 (= (+ o0_why0 o0_why1 o0_why2) o0_away))
(assert
 (= p_o0_holds (or true p_o1_holds)))
(assert
 (= p_o0_passes (or true p_o1_passes)))
(assert
 (= p_o1_holds false))
(assert
 (= p_o1_passes false))
(assert
 (= p_o2_holds p_o1_holds))
(assert
 (= p_o2_passes p_o1_passes))
(assert
 (let (($x1 (and (not (>= (- o0_own o0_away) 1)) (and (>= o0_own 1) (= o0_why2 0)))))
 (= p_o3_holds (or true p_o1_holds (and $x1 p_o0_holds)))))
(assert
 (let (($x1 (and (not (>= (- o0_own o0_away) 1)) (and (>= o0_own 1) (= o0_why2 0)))))
 (= p_o3_passes (or true p_o1_passes (and $x1 p_o0_passes)))))
(assert
 (>= o0_away 1))
(assert
 (<= (+ o0_away o1_away o2_away o3_away) 1))
(assert
 (let ((?x2 (- o3_own o3_away)))
(let ((?x3 (- o2_own o2_away)))
(let ((?x4 (- o0_own o0_away)))
(let (($x5 (and (>= (+ ?x4 (- o1_own o1_away) ?x3 ?x2) 1) p_o1_holds)))
(let (($x6 (or (and (>= ?x4 1) p_o0_holds) $x5 (and (>= ?x3 1) p_o2_holds) (and (>= ?x2 1) p_o3_holds))))
(not $x6)))))))
(check-sat)
