; govspec proof obligation GS312-overlap-全区重要文件-对上级行文及重大方针政策 (GS312)
; property: no document falls under both '全区重要文件' and '对上级行文及重大方针政策'
; articles: 第五十六条(三)、第五十六条为区政府公文、第五十六条(一)
; holds when: unsat
; doc_addressee: 0 = 国家有关部委, 1 = 市政府, 2 = 省政府, else any other
; doc_issuer: 0 = 区政府, else any other
; doc_subject: 0 = 全区总体规划, 1 = 发展战略和政策, 2 = 重大改革方案, 3 = 重大方针政策事项, else any other
(set-logic QF_LIA)
(declare-fun doc_addressee () Int)
(declare-fun doc_issuer () Int)
(declare-fun doc_subject () Int)
(assert
 (let (($x0 (<= doc_addressee 3)))
 (let (($x1 (>= doc_addressee 0)))
 (and $x1 $x0))))
(assert
 (let (($x2 (<= doc_issuer 1)))
 (let (($x3 (>= doc_issuer 0)))
 (and $x3 $x2))))
(assert
 (let (($x4 (<= doc_subject 4)))
 (let (($x5 (>= doc_subject 0)))
 (and $x5 $x4))))
(assert
 (let (($x6 (or (= doc_subject 0) (= doc_subject 1) (= doc_subject 2))))
 (let (($x7 (= doc_issuer 0)))
 (and $x7 $x6))))
(assert
 (let (($x8 (= doc_subject 3)))
(let (($x9 (= doc_addressee 2)))
(let (($x10 (= doc_addressee 1)))
(let (($x11 (= doc_addressee 0)))
(let (($x7 (= doc_issuer 0)))
(and $x7 (or (or $x11 $x10 $x9) $x8))))))))
(check-sat)
