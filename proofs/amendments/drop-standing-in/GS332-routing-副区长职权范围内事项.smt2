; govspec proof obligation GS332-routing-副区长职权范围内事项 (GS332)
; property: what the rules say of deciding '副区长职权范围内事项' can all hold at once
; articles: 第四十六条
; holds when: sat
; d0: decided by 副区长
; 第四十六条: 副区长职权范围内事项 may 副区长
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(check-sat)
