; govspec proof obligation GS312-overlap-区政府涉及面广公文-议案及规范性文件 (GS312)
; property: no document falls under both '区政府涉及面广公文' and '议案及规范性文件'
; articles: 第五十六条(五)、第五十六条(二)
; holds when: unsat
; doc_addressee: 0 = 区人大及其常委会, else any other
; doc_form: 0 = 规范性文件, 1 = 议案, else any other
; doc_issuer: 0 = 区政府, else any other
; doc_tag0 = 涉及面广
(set-logic QF_LIA)
(declare-fun doc_addressee () Int)
(declare-fun doc_form () Int)
(declare-fun doc_issuer () Int)
(declare-fun doc_tag0 () Bool)
(assert
 (let (($x0 (<= doc_addressee 1)))
 (let (($x1 (>= doc_addressee 0)))
 (and $x1 $x0))))
(assert
 (let (($x2 (<= doc_form 2)))
 (let (($x3 (>= doc_form 0)))
 (and $x3 $x2))))
(assert
 (let (($x4 (<= doc_issuer 1)))
 (let (($x5 (>= doc_issuer 0)))
 (and $x5 $x4))))
(assert
 (let (($x6 (= doc_issuer 0)))
 (and $x6 doc_tag0)))
(assert
 (or (and (= doc_form 1) (= doc_addressee 0)) (and (= doc_form 0) (= doc_issuer 0))))
(check-sat)
