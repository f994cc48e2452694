; govspec proof obligation GS312-overlap-区政府涉及面广公文-常务会议决定及例行批准事项行文 (GS312)
; property: no document falls under both '区政府涉及面广公文' and '常务会议决定及例行批准事项行文'
; articles: 第五十六条(五)、第五十六条(六)
; holds when: unsat
; doc_decided_by: 0 = 区政府常务会议, else any other
; doc_issuer: 0 = 区政府, else any other
; doc_subject: 0 = 例行批准手续, else any other
; doc_tag0 = 涉及面广
(set-logic QF_LIA)
(declare-fun doc_decided_by () Int)
(declare-fun doc_issuer () Int)
(declare-fun doc_subject () Int)
(declare-fun doc_tag0 () Bool)
(assert
 (let (($x0 (<= doc_decided_by 1)))
 (let (($x1 (>= doc_decided_by 0)))
 (and $x1 $x0))))
(assert
 (let (($x2 (<= doc_issuer 1)))
 (let (($x3 (>= doc_issuer 0)))
 (and $x3 $x2))))
(assert
 (let (($x4 (<= doc_subject 1)))
 (let (($x5 (>= doc_subject 0)))
 (and $x5 $x4))))
(assert
 (let (($x6 (= doc_issuer 0)))
 (and $x6 doc_tag0)))
(assert
 (let (($x7 (or (= doc_decided_by 0) (= doc_subject 0))))
(let (($x6 (= doc_issuer 0)))
(and $x6 $x7))))
(check-sat)
