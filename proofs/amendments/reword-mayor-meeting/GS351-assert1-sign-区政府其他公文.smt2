; govspec proof obligation GS351-assert1-sign-区政府其他公文 (GS351)
; property: someone holds the power to sign '区政府其他公文' documents in every absence of up to 1 office holder
; articles: 第五十六条(五)
; holds when: unsat
; o0 = 区长
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
 (<= o0_away 1))
(assert
 (not (and (>= (- o0_own o0_away) 1) p_o0_holds)))
(check-sat)
