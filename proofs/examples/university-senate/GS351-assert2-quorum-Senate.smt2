; govspec proof obligation GS351-assert2-quorum-Senate (GS351)
; property: 'Senate' is quorate in every absence of up to 3 office holders among its members
; articles: Art.40
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
 (<= (+ o0_away o1_away o2_away o3_away o4_away o5_away) 3))
(assert
 (let ((?x1 (+ (- o0_own o0_away) (- o1_own o1_away) (- o2_own o2_away) (- o3_own o3_away) (- o4_own o4_away) (- o5_own o5_away))))
(let (($x2 (> (* ?x1 2) (* (+ o0_own o1_own o2_own o3_own o4_own o5_own) 1))))
(not $x2))))
(check-sat)
