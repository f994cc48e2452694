; govspec proof obligation GS332-routing-副区长部门职权范围内事项 (GS332)
; property: what the rules say of deciding '副区长部门职权范围内事项' can all hold at once
; articles: 第四十六条、第九条
; holds when: sat
; d0: decided by 副区长
; d1: decided by 区政府各部门
; 第四十六条、第九条: 副区长部门职权范围内事项 may 副区长, 区政府各部门
(set-logic QF_LIA)
(declare-fun d1 () Bool)
(declare-fun d0 () Bool)
(assert
 (and d0 d1))
(check-sat)
