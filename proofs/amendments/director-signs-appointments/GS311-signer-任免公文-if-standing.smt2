; govspec proof obligation GS311-signer-任免公文 (GS311)
; property: someone may sign '任免公文' documents in every absence of up to 1 office holder, reading the entrustments the text leaves open as standing
; articles: 第五十六条(四)
; holds when: unsat
; o0 = 区政府办公室主任
; o1 = 区长
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o1_away () Int)
(declare-fun o1_own () Int)
(declare-fun p_o1_passes () Bool)
(declare-fun p_o0_holds () Bool)
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
 (= p_o0_holds p_o1_passes))
(assert
 (= p_o0_passes p_o1_passes))
(assert
 (= p_o1_holds true))
(assert
 (= p_o1_passes true))
(assert
 (<= (+ o0_away o1_away) 1))
(assert
 (let (($x0 (or (and (>= (- o0_own o0_away) 1) p_o0_holds) (and (>= (- o1_own o1_away) 1) p_o1_holds))))
(not $x0)))
(check-sat)
