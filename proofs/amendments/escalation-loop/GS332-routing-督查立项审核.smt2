; govspec proof obligation GS332-routing-督查立项审核 (GS332)
; property: what the rules say of deciding '督查立项审核' can all hold at once
; articles: 第六十四条
; holds when: sat
; d0: decided by 区政府办公室
; 第六十四条: 督查立项审核 may 区政府办公室
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(check-sat)
