; govspec proof obligation GS312-overlap-任免公文-区政府涉及面广公文 (GS312)
; property: no document falls under both '任免公文' and '区政府涉及面广公文'
; articles: 第五十六条(四)、第五十六条(五)
; holds when: unsat
; doc_issuer: 0 = 区政府, else any other
; doc_subject: 0 = 任免, else any other
; doc_tag0 = 涉及面广
(set-logic QF_LIA)
(declare-fun doc_issuer () Int)
(declare-fun doc_subject () Int)
(declare-fun doc_tag0 () Bool)
(assert
 (let (($x0 (<= doc_issuer 1)))
 (let (($x1 (>= doc_issuer 0)))
 (and $x1 $x0))))
(assert
 (let (($x2 (<= doc_subject 1)))
 (let (($x3 (>= doc_subject 0)))
 (and $x3 $x2))))
(assert
 (let (($x4 (= doc_subject 0)))
 (let (($x5 (= doc_issuer 0)))
 (and $x5 $x4))))
(assert
 (let (($x5 (= doc_issuer 0)))
(and $x5 doc_tag0)))
(check-sat)
