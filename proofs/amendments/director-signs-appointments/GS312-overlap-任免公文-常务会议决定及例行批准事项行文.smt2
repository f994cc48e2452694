; govspec proof obligation GS312-overlap-任免公文-常务会议决定及例行批准事项行文 (GS312)
; property: no document falls under both '任免公文' and '常务会议决定及例行批准事项行文'
; articles: 第五十六条(四)、第五十六条(六)
; holds when: unsat
; doc_decided_by: 0 = 区政府专题会议, 1 = 区政府全体会议, 2 = 区政府常务会议, 3 = 区长办公会议, else any other
; doc_form: 0 = 纪要, else any other
; doc_issuer: 0 = 区政府, else any other
; doc_subject: 0 = 任免, 1 = 例行批准手续, else any other
(set-logic QF_LIA)
(declare-fun doc_decided_by () Int)
(declare-fun doc_form () Int)
(declare-fun doc_issuer () Int)
(declare-fun doc_subject () Int)
(assert
 (let (($x0 (<= doc_decided_by 4)))
 (let (($x1 (>= doc_decided_by 0)))
 (and $x1 $x0))))
(assert
 (let (($x2 (<= doc_form 1)))
 (let (($x3 (>= doc_form 0)))
 (and $x3 $x2))))
(assert
 (let (($x4 (<= doc_issuer 1)))
 (let (($x5 (>= doc_issuer 0)))
 (and $x5 $x4))))
(assert
 (let (($x6 (<= doc_subject 2)))
 (let (($x7 (>= doc_subject 0)))
 (and $x7 $x6))))
(assert
 (let (($x8 (= doc_form 0)))
 (let (($x9 (and $x8 (= doc_decided_by 0))))
 (let (($x10 (= doc_decided_by 2)))
 (let (($x11 (and $x8 (or (= doc_decided_by 1) $x10 (= doc_decided_by 3)))))
 (let (($x12 (not (or $x11 $x9))))
 (and (and (= doc_issuer 0) (= doc_subject 0)) $x12)))))))
(assert
 (let (($x8 (= doc_form 0)))
(let (($x9 (and $x8 (= doc_decided_by 0))))
(let (($x10 (= doc_decided_by 2)))
(let (($x11 (and $x8 (or (= doc_decided_by 1) $x10 (= doc_decided_by 3)))))
(let (($x12 (not (or $x11 $x9))))
(and (and (= doc_issuer 0) (or $x10 (= doc_subject 1))) $x12)))))))
(check-sat)
