; govspec proof obligation GS332-routing-规章和规范性文件审议 (GS332)
; property: what the rules say of deciding '规章和规范性文件审议' can all hold at once
; articles: 第十八条
; holds when: sat
; d0: decided by 区政府专题会议
; d1: decided by 区政府全体会议
; d2: decided by 区政府常务会议
; d3: decided by 区政府重点项目协调会议
; d4: decided by 区长办公会议
; 第十八条: 规章和规范性文件审议 may 区政府
(set-logic QF_LIA)
(declare-fun d3 () Bool)
(declare-fun d0 () Bool)
(declare-fun d4 () Bool)
(declare-fun d2 () Bool)
(declare-fun d1 () Bool)
(assert
 (or d1 d2 d4 d0 d3))
(check-sat)
