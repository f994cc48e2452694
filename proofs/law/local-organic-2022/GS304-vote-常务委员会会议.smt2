; govspec proof obligation GS304-vote-常务委员会会议 (GS304)
; property: whenever '常务委员会会议' is quorate, the members present can pass a decision (> 1/2 of all members)
; articles: 第五十一条、第四十七条
; holds when: unsat
; o0 = 主任
; o1 = 副主任
; o2 = 委员
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o1_away () Int)
(declare-fun o1_own () Int)
(declare-fun o2_away () Int)
(declare-fun o2_own () Int)
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
 (>= o2_away 0))
(assert
 (<= o2_away o2_own))
(assert
 (>= o2_own 1))
(assert
 (let ((?x0 (+ o0_own o1_own o2_own)))
 (>= ?x0 15)))
(assert
 (let ((?x0 (+ o0_own o1_own o2_own)))
 (<= ?x0 45)))
(assert
 (let ((?x0 (+ o0_own o1_own o2_own)))
 (let ((?x1 (* ?x0 1)))
 (let ((?x2 (+ (- o0_own o0_away) (- o1_own o1_away) (- o2_own o2_away))))
 (> (* ?x2 2) ?x1)))))
(assert
 (let ((?x2 (+ (- o0_own o0_away) (- o1_own o1_away) (- o2_own o2_away))))
 (let ((?x3 (- ?x2 0)))
 (>= ?x3 0))))
(assert
 (let ((?x0 (+ o0_own o1_own o2_own)))
(let ((?x1 (* ?x0 1)))
(let ((?x2 (+ (- o0_own o0_away) (- o1_own o1_away) (- o2_own o2_away))))
(let ((?x3 (- ?x2 0)))
(not (> (* ?x3 2) ?x1)))))))
(check-sat)
