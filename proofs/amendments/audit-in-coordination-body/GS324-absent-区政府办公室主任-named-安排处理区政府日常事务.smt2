; govspec proof obligation GS324-absent-区政府办公室主任-named-安排处理区政府日常事务 (GS324)
; property: someone holds the power '安排处理区政府日常事务' while '区政府办公室主任' is away
; articles: 第八条
; holds when: unsat
; o0 = 区政府办公室主任
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun p_o0_holds () Bool)
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
 (= p_o0_holds true))
(assert
 (= p_o0_passes true))
(assert
 (>= o0_away 1))
(assert
 (<= o0_away 1))
(assert
 (not (and (>= (- o0_own o0_away) 1) p_o0_holds)))
(check-sat)
