; govspec proof obligation GS313-co-sign-区政府涉及面广公文-副区长-in-charge (GS313)
; property: '副区长 in charge' can co-sign the '区政府涉及面广公文' documents needing it, in every absence of up to 1 office holder
; articles: 第五十六条(五)、特别优于一般
; holds when: unsat
; o0 = 副区长
; o1 = 常务副区长
; doc_addressee: 0 = 区人大及其常委会, 1 = 国家有关部委, 2 = 市政府, 3 = 省政府, else any other
; doc_decided_by: 0 = 区政府专题会议, 1 = 区政府全体会议, 2 = 区政府常务会议, 3 = 区长办公会议, else any other
; doc_form: 0 = 纪要, 1 = 规范性文件, 2 = 议案, else any other
; doc_issuer: 0 = 区政府, else any other
; doc_subject: 0 = 任免, 1 = 全区总体规划, 2 = 发展战略和政策, 3 = 重大改革方案, 4 = 重大方针政策事项, else any other
; doc_tag0 = 下发
; doc_tag1 = 涉及其他副区长分管
; doc_tag2 = 涉及面广
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o1_own () Int)
(declare-fun o1_away () Int)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o0_passes () Bool)
(declare-fun p_o1_holds () Bool)
(declare-fun p_o1_passes () Bool)
(declare-fun doc_addressee () Int)
(declare-fun doc_decided_by () Int)
(declare-fun doc_form () Int)
(declare-fun doc_issuer () Int)
(declare-fun doc_subject () Int)
(declare-fun doc_tag2 () Bool)
(declare-fun doc_tag0 () Bool)
(declare-fun doc_tag1 () Bool)
(assert
 (>= o0_away 0))
(assert
 (<= o0_away o0_own))
(assert
 (let ((?x0 (+ o0_own o1_own)))
 (>= ?x0 2)))
(assert
 (>= o1_away 0))
(assert
 (<= o1_away o1_own))
(assert
 (>= o1_own 1))
(assert
 (<= o1_own 1))
(assert
 (= p_o0_holds true))
(assert
 (= p_o0_passes true))
(assert
 (= p_o1_holds false))
(assert
 (= p_o1_passes false))
(assert
 (let ((?x1 (+ o0_away o1_away)))
 (<= ?x1 1)))
(assert
 (let ((?x1 (+ o0_away o1_away)))
 (let (($x2 (= ?x1 0)))
 (let ((?x0 (+ o0_own o1_own)))
 (let (($x3 (>= ?x0 1)))
 (let (($x4 (or (and (and $x3 $x2) p_o0_holds) (and (>= (- o1_own o1_away) 1) p_o1_holds))))
 (not $x4)))))))
(assert
 (let (($x5 (<= doc_addressee 4)))
 (let (($x6 (>= doc_addressee 0)))
 (and $x6 $x5))))
(assert
 (let (($x7 (<= doc_decided_by 4)))
 (let (($x8 (>= doc_decided_by 0)))
 (and $x8 $x7))))
(assert
 (let (($x9 (<= doc_form 3)))
 (let (($x10 (>= doc_form 0)))
 (and $x10 $x9))))
(assert
 (let (($x11 (<= doc_issuer 1)))
 (let (($x12 (>= doc_issuer 0)))
 (and $x12 $x11))))
(assert
 (let (($x13 (<= doc_subject 5)))
 (let (($x14 (>= doc_subject 0)))
 (and $x14 $x13))))
(assert
 (let (($x15 (= doc_form 0)))
 (let (($x16 (and $x15 (= doc_decided_by 0))))
 (let (($x17 (or (= doc_decided_by 1) (= doc_decided_by 2) (= doc_decided_by 3))))
 (let (($x18 (and $x15 $x17)))
 (let (($x19 (= doc_issuer 0)))
 (let (($x20 (and $x19 (= doc_subject 0))))
 (let (($x21 (or (= doc_subject 1) (= doc_subject 2) (= doc_subject 3))))
 (let (($x22 (and $x19 $x21)))
 (let (($x23 (or (and (= doc_form 2) (= doc_addressee 0)) (= doc_form 1))))
 (let (($x24 (and $x19 $x23)))
 (let (($x25 (= doc_subject 4)))
 (let (($x26 (= doc_addressee 3)))
 (let (($x27 (= doc_addressee 2)))
 (let (($x28 (= doc_addressee 1)))
 (let (($x29 (or (and $x19 (or (or $x28 $x27 $x26) $x25)) $x24 $x22 $x20 $x18 $x16)))
 (and (and $x19 doc_tag0 doc_tag2) (not $x29))))))))))))))))))
(assert
 doc_tag1)
(check-sat)
