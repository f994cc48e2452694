; govspec proof obligation GS303-chair-Senate (GS303)
; property: whenever 'Senate' is quorate someone may chair it, in every absence of up to 3 office holders
; articles: Art.40、Art.40(2)、Art.30(4)、Art.40(3)
; holds when: unsat
; o0 = Dean
; o1 = FirstViceRector
; o2 = ProfessorMember
; o3 = Rector
; o4 = StudentMember
; o5 = ViceRector
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o1_away () Int)
(declare-fun o1_own () Int)
(declare-fun o2_away () Int)
(declare-fun o2_own () Int)
(declare-fun o3_away () Int)
(declare-fun o3_own () Int)
(declare-fun o4_away () Int)
(declare-fun o4_own () Int)
(declare-fun o5_away () Int)
(declare-fun o5_own () Int)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o0_passes () Bool)
(declare-fun p_o3_holds () Bool)
(declare-fun p_o5_holds () Bool)
(declare-fun p_o1_holds () Bool)
(declare-fun p_o3_passes () Bool)
(declare-fun p_o5_passes () Bool)
(declare-fun p_o1_passes () Bool)
(declare-fun p_o2_holds () Bool)
(declare-fun p_o2_passes () Bool)
(declare-fun p_o4_holds () Bool)
(declare-fun p_o4_passes () Bool)
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
 (>= o2_away 0))
(assert
 (<= o2_away o2_own))
(assert
 (>= o2_own 12))
(assert
 (<= o2_own 20))
(assert
 (>= o3_away 0))
(assert
 (<= o3_away o3_own))
(assert
 (>= o3_own 1))
(assert
 (<= o3_own 1))
(assert
 (>= o4_away 0))
(assert
 (<= o4_away o4_own))
(assert
 (>= o4_own 3))
(assert
 (<= o4_own 3))
(assert
 (>= o5_away 0))
(assert
 (<= o5_away o5_own))
(assert
 (let ((?x0 (+ o1_own o5_own)))
 (>= ?x0 1)))
(assert
 (let ((?x0 (+ o1_own o5_own)))
 (<= ?x0 3)))
(assert
 (= p_o0_holds false))
(assert
 (= p_o0_passes false))
(assert
 (let (($x1 (and (not (>= (- o3_own o3_away) 1)) true)))
 (= p_o1_holds (or true p_o5_holds (and $x1 p_o3_holds)))))
(assert
 (let (($x1 (and (not (>= (- o3_own o3_away) 1)) true)))
 (= p_o1_passes (or true p_o5_passes (and $x1 p_o3_passes)))))
(assert
 (= p_o2_holds false))
(assert
 (= p_o2_passes false))
(assert
 (= p_o3_holds true))
(assert
 (= p_o3_passes true))
(assert
 (= p_o4_holds false))
(assert
 (= p_o4_passes false))
(assert
 (= p_o5_holds false))
(assert
 (= p_o5_passes false))
(assert
 (<= (+ o0_away o1_away o2_away o3_away o4_away o5_away) 3))
(assert
 (let ((?x2 (- o5_own o5_away)))
 (let ((?x3 (- o4_own o4_away)))
 (let ((?x4 (- o3_own o3_away)))
 (let ((?x5 (- o2_own o2_away)))
 (let ((?x6 (- o1_own o1_away)))
 (let ((?x7 (- o0_own o0_away)))
 (> (* (+ ?x7 ?x6 ?x5 ?x4 ?x3 ?x2) 2) (* (+ o0_own o1_own o2_own o3_own o4_own o5_own) 1)))))))))
(assert
 (let (($x8 (and (>= (+ (- o1_own o1_away) (- o5_own o5_away)) 1) p_o5_holds)))
(let (($x9 (or (and (>= (- o0_own o0_away) 1) p_o0_holds) (and (>= (- o1_own o1_away) 1) p_o1_holds) (and (>= (- o2_own o2_away) 1) p_o2_holds) (and (>= (- o3_own o3_away) 1) p_o3_holds) (and (>= (- o4_own o4_away) 1) p_o4_holds) $x8)))
(not $x9))))
(check-sat)
