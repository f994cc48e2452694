; govspec proof obligation GS312-overlap-区政府其他公文-常务会议决定及例行批准事项行文 (GS312)
; property: no document falls under both '区政府其他公文' and '常务会议决定及例行批准事项行文'
; articles: 第五十六条(五)、第五十六条(六)
; holds when: unsat
; doc_addressee: 0 = 区人大及其常委会, 1 = 国家有关部委, 2 = 市政府, 3 = 省政府, else any other
; doc_decided_by: 0 = 区政府专题会议, 1 = 区政府全体会议, 2 = 区政府常务会议, 3 = 区长办公会议, else any other
; doc_form: 0 = 纪要, 1 = 规范性文件, 2 = 议案, else any other
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
 (let (($x2 (<= doc_decided_by 4)))
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
 (let (($x8 (<= doc_subject 6)))
 (let (($x9 (>= doc_subject 0)))
 (and $x9 $x8))))
(assert
 (let (($x10 (= doc_issuer 0)))
 (let (($x11 (and $x10 doc_tag0 doc_tag1)))
 (let (($x12 (= doc_form 0)))
 (let (($x13 (and $x12 (= doc_decided_by 0))))
 (let (($x14 (= doc_decided_by 2)))
 (let (($x15 (and $x12 (or (= doc_decided_by 1) $x14 (= doc_decided_by 3)))))
 (let (($x16 (and $x10 (= doc_subject 0))))
 (let (($x17 (or (= doc_subject 2) (= doc_subject 3) (= doc_subject 4))))
 (let (($x18 (and $x10 $x17)))
 (let (($x19 (or (and (= doc_form 2) (= doc_addressee 0)) (= doc_form 1))))
 (let (($x20 (and $x10 $x19)))
 (let (($x21 (= doc_subject 5)))
 (let (($x22 (= doc_addressee 3)))
 (let (($x23 (= doc_addressee 2)))
 (let (($x24 (= doc_addressee 1)))
 (let (($x25 (or (and $x10 (or (or $x24 $x23 $x22) $x21)) $x20 $x18 $x16 $x15 $x13 $x11)))
 (and (and $x10 doc_tag0) (not $x25)))))))))))))))))))
(assert
 (let (($x12 (= doc_form 0)))
(let (($x13 (and $x12 (= doc_decided_by 0))))
(let (($x14 (= doc_decided_by 2)))
(let (($x15 (and $x12 (or (= doc_decided_by 1) $x14 (= doc_decided_by 3)))))
(and (and (= doc_issuer 0) (or $x14 (= doc_subject 1))) (not (or $x15 $x13))))))))
(check-sat)
