; govspec proof obligation GS332-routing-部门简报核准 (GS332)
; property: what the rules say of deciding '部门简报核准' can all hold at once
; articles: 第五十七条
; holds when: sat
; d0: decided by 区政府办公室
; 第五十七条: 部门简报核准 may 区政府办公室
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(check-sat)
