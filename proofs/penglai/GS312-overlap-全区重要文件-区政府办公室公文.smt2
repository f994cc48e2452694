; govspec proof obligation GS312-overlap-全区重要文件-区政府办公室公文 (GS312)
; property: no document falls under both '全区重要文件' and '区政府办公室公文'
; articles: 第五十六条(三)、第五十六条(七)
; holds when: unsat
; doc_issuer: 0 = 区政府办公室, else any other
; doc_subject: 0 = 全区总体规划, 1 = 发展战略和政策, 2 = 重大改革方案, else any other
(set-logic QF_LIA)
(declare-fun doc_issuer () Int)
(declare-fun doc_subject () Int)
(assert
 (let (($x0 (<= doc_issuer 1)))
 (let (($x1 (>= doc_issuer 0)))
 (and $x1 $x0))))
(assert
 (let (($x2 (<= doc_subject 3)))
 (let (($x3 (>= doc_subject 0)))
 (and $x3 $x2))))
(assert
 (or (= doc_subject 0) (= doc_subject 1) (= doc_subject 2)))
(assert
 (= doc_issuer 0))
(check-sat)
