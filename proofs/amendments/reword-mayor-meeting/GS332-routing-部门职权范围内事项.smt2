; govspec proof obligation GS332-routing-部门职权范围内事项 (GS332)
; property: what the rules say of deciding '部门职权范围内事项' can all hold at once
; articles: 第四十六条、第九条
; holds when: sat
; d0: decided by 区政府各部门
; 第四十六条、第九条: 部门职权范围内事项 may 区政府各部门
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(check-sat)
