; govspec proof obligation GS332-routing-报区长审批的重大事项 (GS332)
; property: what the rules say of deciding '报区长审批的重大事项' can all hold at once
; articles: 第五十三条
; holds when: sat
; d0: decided by 区长
; 第五十三条: 报区长审批的重大事项 may 区长
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(check-sat)
