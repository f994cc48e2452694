; govspec proof obligation GS312-overlap-BoardResolution-RelatedPartyResolution (GS312)
; property: no document falls under both 'BoardResolution' and 'RelatedPartyResolution'
; articles: Art.14(1)、Art.16(2)
; holds when: unsat
; doc_decided_by: 0 = BoardMeeting, else any other
; doc_form: 0 = Resolution, else any other
; doc_tag0 = RelatedParty
(set-logic QF_LIA)
(declare-fun doc_decided_by () Int)
(declare-fun doc_form () Int)
(declare-fun doc_tag0 () Bool)
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
 (let (($x5 (= doc_form 0)))
(and $x5 doc_tag0)))
(check-sat)
