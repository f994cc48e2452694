; govspec proof obligation GS313-co-sign-区政府涉及面广公文-副区长 (GS313)
; property: '副区长' can co-sign the '区政府涉及面广公文' documents needing it, in every absence of up to 1 office holder
; articles: 第五十六条(五)
; holds when: unsat
; o0 = 副区长
; o1 = 常务副区长
; doc_issuer: 0 = 区政府, else any other
; doc_tag0 = 涉及其他副区长分管
; doc_tag1 = 涉及面广
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o1_own () Int)
(declare-fun o1_away () Int)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o0_passes () Bool)
(declare-fun p_o1_holds () Bool)
(declare-fun p_o1_passes () Bool)
(declare-fun doc_issuer () Int)
(declare-fun doc_tag1 () Bool)
(declare-fun doc_tag0 () Bool)
(assert
 (>= o0_away 0))
(assert
 (<= o0_away o0_own))
(assert
 (>= (+ o0_own o1_own) 1))
(assert
 (>= o1_away 0))
(assert
 (<= o1_away o1_own))
(assert
 (>= o1_own 1))
(assert
 (<= o1_own 1))
(assert
 (= p_o0_holds true))
(assert
 (= p_o0_passes true))
(assert
 (= p_o1_holds p_o0_holds))
(assert
 (= p_o1_passes p_o0_passes))
(assert
 (<= (+ o0_away o1_away) 1))
(assert
 (let (($x0 (and (>= (+ (- o0_own o0_away) (- o1_own o1_away)) 1) p_o0_holds)))
 (not (or $x0 (and (>= (- o1_own o1_away) 1) p_o1_holds)))))
(assert
 (let (($x1 (<= doc_issuer 1)))
 (let (($x2 (>= doc_issuer 0)))
 (and $x2 $x1))))
(assert
 (let (($x3 (= doc_issuer 0)))
 (and $x3 doc_tag1)))
(assert
 doc_tag0)
(check-sat)
