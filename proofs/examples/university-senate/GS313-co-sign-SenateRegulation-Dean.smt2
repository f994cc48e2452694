; govspec proof obligation GS313-co-sign-SenateRegulation-Dean (GS313)
; property: 'Dean' can co-sign the 'SenateRegulation' documents needing it, in every absence of up to 3 office holders
; articles: Art.44(1)、Art.44(3)
; holds when: unsat
; o0 = Dean
; doc_decided_by: 0 = Senate, else any other
; doc_form: 0 = Regulation, else any other
; doc_tag0 = CrossFaculty
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o0_passes () Bool)
(declare-fun doc_decided_by () Int)
(declare-fun doc_form () Int)
(declare-fun doc_tag0 () Bool)
(assert
 (>= o0_away 0))
(assert
 (<= o0_away o0_own))
(assert
 (>= o0_own 1))
(assert
 (= p_o0_holds true))
(assert
 (= p_o0_passes true))
(assert
 (<= o0_away 3))
(assert
 (not (and (>= (- o0_own o0_away) 1) p_o0_holds)))
(assert
 (let (($x0 (<= doc_decided_by 1)))
 (let (($x1 (>= doc_decided_by 0)))
 (and $x1 $x0))))
(assert
 (let (($x2 (<= doc_form 1)))
 (let (($x3 (>= doc_form 0)))
 (and $x3 $x2))))
(assert
 (let (($x4 (= doc_decided_by 0)))
 (let (($x5 (= doc_form 0)))
 (and $x5 $x4))))
(assert
 doc_tag0)
(check-sat)
