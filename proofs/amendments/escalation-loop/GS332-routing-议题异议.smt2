; govspec proof obligation GS332-routing-议题异议 (GS332)
; property: what the rules say of deciding '议题异议' can all hold at once
; articles: 第四十六条
; holds when: sat
; d0: decided by 区长
; 第四十六条: 议题异议 may 区长
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(check-sat)
