; govspec proof obligation GS312-overlap-区政府其他公文-对上级行文及重大方针政策 (GS312)
; property: no document falls under both '区政府其他公文' and '对上级行文及重大方针政策'
; articles: 第五十六条(五)、第五十六条(一)
; holds when: unsat
; doc_addressee: 0 = 国家有关部委, 1 = 市政府, 2 = 省政府, else any other
; doc_form: 0 = 规范性文件, 1 = 议案, else any other
; doc_issuer: 0 = 区政府, else any other
; doc_subject: 0 = 任免, 1 = 全区总体规划, 2 = 发展战略和政策, 3 = 重大改革方案, 4 = 重大方针政策事项, else any other
; doc_tag0 = 涉及面广
(set-logic QF_LIA)
(declare-fun doc_addressee () Int)
(declare-fun doc_form () Int)
(declare-fun doc_issuer () Int)
(declare-fun doc_subject () Int)
(declare-fun doc_tag0 () Bool)
(assert
 (let (($x0 (<= doc_addressee 3)))
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
 (let (($x6 (<= doc_subject 5)))
 (let (($x7 (>= doc_subject 0)))
 (and $x7 $x6))))
(assert
 (let (($x8 (not doc_tag0)))
 (let (($x9 (= doc_subject 4)))
 (let (($x10 (= doc_subject 3)))
 (let (($x11 (= doc_subject 2)))
 (let (($x12 (= doc_subject 1)))
 (let (($x13 (= doc_subject 0)))
 (let (($x14 (= doc_addressee 2)))
 (let (($x15 (= doc_addressee 1)))
 (let (($x16 (= doc_addressee 0)))
 (let (($x17 (or $x16 $x15 $x14)))
 (let (($x18 (or $x17 (or $x13 $x12 $x11 $x10 $x9) (or (= doc_form 0) (= doc_form 1)))))
 (let (($x19 (= doc_issuer 0)))
 (and $x19 (not $x18) $x8))))))))))))))
(assert
 (let (($x9 (= doc_subject 4)))
(let (($x14 (= doc_addressee 2)))
(let (($x15 (= doc_addressee 1)))
(let (($x16 (= doc_addressee 0)))
(let (($x17 (or $x16 $x15 $x14)))
(let (($x19 (= doc_issuer 0)))
(let (($x20 (and $x19 $x17)))
(or $x20 $x9)))))))))
(check-sat)
