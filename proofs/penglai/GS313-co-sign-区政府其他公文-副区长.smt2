; govspec proof obligation GS313-co-sign-区政府其他公文-副区长 (GS313)
; property: '副区长' can co-sign the '区政府其他公文' documents needing it, in every absence of up to 1 office holder
; articles: 第五十六条(五)
; holds when: unsat
; o0 = 副区长
; o1 = 常务副区长
; doc_addressee: 0 = 区人大及其常委会, 1 = 国家有关部委, 2 = 市政府, 3 = 省政府, else any other
; doc_form: 0 = 规范性文件, 1 = 议案, else any other
; doc_issuer: 0 = 区政府, else any other
; doc_subject: 0 = 任免, 1 = 全区总体规划, 2 = 发展战略和政策, 3 = 重大改革方案, 4 = 重大方针政策事项, else any other
; doc_tag0 = 下发
; doc_tag1 = 涉及其他副区长分管
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
(declare-fun doc_form () Int)
(declare-fun doc_issuer () Int)
(declare-fun doc_subject () Int)
(declare-fun doc_tag0 () Bool)
(declare-fun doc_tag1 () Bool)
(assert
 (>= o0_away 0))
(assert
 (<= o0_away o0_own))
(assert
 (>= (+ o0_own o1_own) 2))
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
 (= p_o1_holds p_o0_holds))
(assert
 (= p_o1_passes p_o0_passes))
(assert
 (<= (+ o0_away o1_away) 1))
(assert
 (let (($x0 (and (>= (+ (- o0_own o0_away) (- o1_own o1_away)) 1) p_o0_holds)))
 (not (or $x0 (and (>= (- o1_own o1_away) 1) p_o1_holds)))))
(assert
 (let (($x1 (<= doc_addressee 4)))
 (let (($x2 (>= doc_addressee 0)))
 (and $x2 $x1))))
(assert
 (let (($x3 (<= doc_form 2)))
 (let (($x4 (>= doc_form 0)))
 (and $x4 $x3))))
(assert
 (let (($x5 (<= doc_issuer 1)))
 (let (($x6 (>= doc_issuer 0)))
 (and $x6 $x5))))
(assert
 (let (($x7 (<= doc_subject 5)))
 (let (($x8 (>= doc_subject 0)))
 (and $x8 $x7))))
(assert
 (let (($x9 (= doc_issuer 0)))
 (let (($x10 (and $x9 (= doc_subject 0))))
 (let (($x11 (or (= doc_subject 1) (= doc_subject 2) (= doc_subject 3))))
 (let (($x12 (and $x9 $x11)))
 (let (($x13 (or (and (= doc_form 1) (= doc_addressee 0)) (= doc_form 0))))
 (let (($x14 (and $x9 $x13)))
 (let (($x15 (= doc_subject 4)))
 (let (($x16 (= doc_addressee 3)))
 (let (($x17 (= doc_addressee 2)))
 (let (($x18 (= doc_addressee 1)))
 (and (and $x9 doc_tag0) (not (or (and $x9 (or (or $x18 $x17 $x16) $x15)) $x14 $x12 $x10))))))))))))))
(assert
 doc_tag1)
(check-sat)
