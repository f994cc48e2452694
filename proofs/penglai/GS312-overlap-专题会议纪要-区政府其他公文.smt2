; govspec proof obligation GS312-overlap-专题会议纪要-区政府其他公文 (GS312)
; property: no document falls under both '专题会议纪要' and '区政府其他公文'
; articles: 第四十八条、第五十六条(五)
; holds when: unsat
; doc_addressee: 0 = 国家有关部委, 1 = 市政府, 2 = 省政府, else any other
; doc_decided_by: 0 = 区政府专题会议, else any other
; doc_form: 0 = 纪要, 1 = 规范性文件, 2 = 议案, else any other
; doc_issuer: 0 = 区政府, else any other
; doc_subject: 0 = 任免, 1 = 全区总体规划, 2 = 发展战略和政策, 3 = 重大改革方案, 4 = 重大方针政策事项, else any other
; doc_tag0 = 涉及面广
(set-logic QF_LIA)
(declare-fun doc_addressee () Int)
(declare-fun doc_decided_by () Int)
(declare-fun doc_form () Int)
(declare-fun doc_issuer () Int)
(declare-fun doc_subject () Int)
(declare-fun doc_tag0 () Bool)
(assert
 (let (($x0 (<= doc_addressee 3)))
 (let (($x1 (>= doc_addressee 0)))
 (and $x1 $x0))))
(assert
 (let (($x2 (<= doc_decided_by 1)))
 (let (($x3 (>= doc_decided_by 0)))
 (and $x3 $x2))))
(assert
 (let (($x4 (<= doc_form 3)))
 (let (($x5 (>= doc_form 0)))
 (and $x5 $x4))))
(assert
 (let (($x6 (<= doc_issuer 1)))
 (let (($x7 (>= doc_issuer 0)))
 (and $x7 $x6))))
(assert
 (let (($x8 (<= doc_subject 5)))
 (let (($x9 (>= doc_subject 0)))
 (and $x9 $x8))))
(assert
 (let (($x10 (= doc_decided_by 0)))
 (let (($x11 (= doc_form 0)))
 (and $x11 $x10))))
(assert
 (let (($x12 (not doc_tag0)))
(let (($x13 (= doc_subject 4)))
(let (($x14 (= doc_subject 3)))
(let (($x15 (= doc_subject 2)))
(let (($x16 (= doc_subject 1)))
(let (($x17 (= doc_subject 0)))
(let (($x18 (= doc_addressee 2)))
(let (($x19 (= doc_addressee 1)))
(let (($x20 (= doc_addressee 0)))
(let (($x21 (or (or $x20 $x19 $x18) (or $x17 $x16 $x15 $x14 $x13) (or (= doc_form 1) (= doc_form 2)))))
(let (($x22 (= doc_issuer 0)))
(and $x22 (not $x21) $x12)))))))))))))
(check-sat)
