; govspec proof obligation GS312-overlap-专题会议纪要-任免公文 (GS312)
; property: no document falls under both '专题会议纪要' and '任免公文'
; articles: 第四十八条、第五十六条(四)
; holds when: unsat
; doc_decided_by: 0 = 区政府专题会议, else any other
; doc_form: 0 = 纪要, else any other
; doc_issuer: 0 = 区政府, else any other
; doc_subject: 0 = 任免, else any other
(set-logic QF_LIA)
(declare-fun doc_decided_by () Int)
(declare-fun doc_form () Int)
(declare-fun doc_issuer () Int)
(declare-fun doc_subject () Int)
(assert
 (let (($x0 (<= doc_decided_by 1)))
 (let (($x1 (>= doc_decided_by 0)))
 (and $x1 $x0))))
(assert
 (let (($x2 (<= doc_form 1)))
 (let (($x3 (>= doc_form 0)))
 (and $x3 $x2))))
(assert
 (let (($x4 (<= doc_issuer 1)))
 (let (($x5 (>= doc_issuer 0)))
 (and $x5 $x4))))
(assert
 (let (($x6 (<= doc_subject 1)))
 (let (($x7 (>= doc_subject 0)))
 (and $x7 $x6))))
(assert
 (let (($x8 (= doc_decided_by 0)))
 (let (($x9 (= doc_form 0)))
 (and $x9 $x8))))
(assert
 (let (($x10 (= doc_subject 0)))
(let (($x11 (= doc_issuer 0)))
(and $x11 $x10))))
(check-sat)
