; govspec proof obligation GS351-assert1-sign-专题会议纪要 (GS351)
; property: someone holds the power to sign '专题会议纪要' documents in every absence of up to 1 office holder
; articles: 第四十八条
; holds when: unsat
; o0 = 副区长
; o1 = 区长
; o2 = 常务副区长
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o2_own () Int)
(declare-fun o1_away () Int)
(declare-fun o1_own () Int)
(declare-fun o2_away () Int)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o0_passes () Bool)
(declare-fun p_o1_holds () Bool)
(declare-fun p_o1_passes () Bool)
(declare-fun p_o2_holds () Bool)
(declare-fun p_o2_passes () Bool)
(assert
 (>= o0_away 0))
(assert
 (<= o0_away o0_own))
(assert
 (>= (+ o0_own o2_own) 2))
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
 (>= o2_own 1))
(assert
 (<= o2_own 1))
(assert
 (let (($x0 (>= (- o1_own o1_away) 1)))
 (= p_o0_holds $x0)))
(assert
 (let (($x0 (>= (- o1_own o1_away) 1)))
 (= p_o0_passes $x0)))
(assert
 (= p_o1_holds true))
(assert
 (= p_o1_passes true))
(assert
 (= p_o2_holds p_o0_holds))
(assert
 (= p_o2_passes p_o0_passes))
(assert
 (<= (+ o0_away o1_away o2_away) 1))
(assert
 (let (($x1 (and (>= (+ (- o0_own o0_away) (- o2_own o2_away)) 1) p_o0_holds)))
(let (($x2 (or $x1 (and (>= (- o1_own o1_away) 1) p_o1_holds) (and (>= (- o2_own o2_away) 1) p_o2_holds))))
(not $x2))))
(check-sat)
