; govspec proof obligation GS332-routing-上会议题确定 (GS332)
; property: what the rules say of deciding '上会议题确定' can all hold at once
; articles: 第四十六条、主要领导同志范围
; holds when: sat
; d0: decided by 区长
; 第四十六条、主要领导同志范围: 上会议题确定 may 区政府主要领导同志
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(check-sat)
