; govspec proof obligation GS312-overlap-区政府涉及面广公文-常务会议决定及例行批准事项行文 (GS312)
; property: no document falls under both '区政府涉及面广公文' and '常务会议决定及例行批准事项行文'
; articles: 第五十六条(五)、特别优于一般、第五十六条(六)
; holds when: unsat
; doc_addressee: 0 = 区人大及其常委会, 1 = 国家有关部委, 2 = 市政府, 3 = 省政府, else any other
; doc_decided_by: 0 = 区政府常务会议, else any other
; doc_form: 0 = 规范性文件, 1 = 议案, else any other
; doc_issuer: 0 = 区政府, else any other
; doc_subject: 0 = 任免, 1 = 例行批准手续, 2 = 全区总体规划, 3 = 发展战略和政策, 4 = 重大改革方案, 5 = 重大方针政策事项, else any other
; doc_tag0 = 下发
; doc_tag1 = 涉及面广
(set-logic QF_LIA)
(declare-fun doc_addressee () Int)
(declare-fun doc_decided_by () Int)
(declare-fun doc_form () Int)
(declare-fun doc_issuer () Int)
(declare-fun doc_subject () Int)
(declare-fun doc_tag1 () Bool)
(declare-fun doc_tag0 () Bool)
(assert
 (let (($x0 (<= doc_addressee 4)))
 (let (($x1 (>= doc_addressee 0)))
 (and $x1 $x0))))
(assert
 (let (($x2 (<= doc_decided_by 1)))
 (let (($x3 (>= doc_decided_by 0)))
 (and $x3 $x2))))
(assert
 (let (($x4 (<= doc_form 2)))
 (let (($x5 (>= doc_form 0)))
 (and $x5 $x4))))
(assert
 (let (($x6 (<= doc_issuer 1)))
 (let (($x7 (>= doc_issuer 0)))
 (and $x7 $x6))))
(assert
 (let (($x8 (<= doc_subject 6)))
 (let (($x9 (>= doc_subject 0)))
 (and $x9 $x8))))
(assert
 (let (($x10 (= doc_issuer 0)))
 (let (($x11 (and $x10 (= doc_subject 0))))
 (let (($x12 (or (= doc_subject 2) (= doc_subject 3) (= doc_subject 4))))
 (let (($x13 (and $x10 $x12)))
 (let (($x14 (or (and (= doc_form 1) (= doc_addressee 0)) (= doc_form 0))))
 (let (($x15 (and $x10 $x14)))
 (let (($x16 (= doc_subject 5)))
 (let (($x17 (= doc_addressee 3)))
 (let (($x18 (= doc_addressee 2)))
 (let (($x19 (= doc_addressee 1)))
 (and (and $x10 doc_tag0 doc_tag1) (not (or (and $x10 (or (or $x19 $x18 $x17) $x16)) $x15 $x13 $x11))))))))))))))
(assert
 (let (($x20 (or (= doc_decided_by 0) (= doc_subject 1))))
(let (($x10 (= doc_issuer 0)))
(and $x10 $x20))))
(check-sat)
