; govspec proof obligation GS312-overlap-对上级行文及重大方针政策-议案及规范性文件 (GS312)
; property: no document falls under both '对上级行文及重大方针政策' and '议案及规范性文件'
; articles: 第五十六条(一)、第五十六条为区政府公文、第五十六条(二)
; holds when: unsat
; doc_addressee: 0 = 区人大及其常委会, 1 = 国家有关部委, 2 = 市政府, 3 = 省政府, else any other
; doc_decided_by: 0 = 区政府专题会议, 1 = 区政府全体会议, 2 = 区政府常务会议, 3 = 区长办公会议, else any other
; doc_form: 0 = 纪要, 1 = 规范性文件, 2 = 议案, else any other
; doc_issuer: 0 = 区政府, else any other
; doc_subject: 0 = 重大方针政策事项, else any other
(set-logic QF_LIA)
(declare-fun doc_addressee () Int)
(declare-fun doc_decided_by () Int)
(declare-fun doc_form () Int)
(declare-fun doc_issuer () Int)
(declare-fun doc_subject () Int)
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
 (let (($x8 (<= doc_subject 1)))
 (let (($x9 (>= doc_subject 0)))
 (and $x9 $x8))))
(assert
 (let (($x10 (= doc_form 0)))
 (let (($x11 (and $x10 (= doc_decided_by 0))))
 (let (($x12 (or (= doc_decided_by 1) (= doc_decided_by 2) (= doc_decided_by 3))))
 (let (($x13 (and $x10 $x12)))
 (let (($x14 (not (or $x13 $x11))))
 (let (($x15 (= doc_subject 0)))
 (let (($x16 (= doc_addressee 3)))
 (let (($x17 (= doc_addressee 2)))
 (let (($x18 (= doc_addressee 1)))
 (let (($x19 (= doc_issuer 0)))
 (and (and $x19 (or (or $x18 $x17 $x16) $x15)) $x14))))))))))))
(assert
 (let (($x10 (= doc_form 0)))
(let (($x11 (and $x10 (= doc_decided_by 0))))
(let (($x12 (or (= doc_decided_by 1) (= doc_decided_by 2) (= doc_decided_by 3))))
(let (($x13 (and $x10 $x12)))
(let (($x14 (not (or $x13 $x11))))
(let (($x20 (or (and (= doc_form 2) (= doc_addressee 0)) (= doc_form 1))))
(let (($x19 (= doc_issuer 0)))
(and (and $x19 $x20) $x14)))))))))
(check-sat)
