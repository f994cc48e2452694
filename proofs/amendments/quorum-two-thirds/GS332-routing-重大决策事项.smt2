; govspec proof obligation GS332-routing-重大决策事项 (GS332)
; property: what the rules say of deciding '重大决策事项' can all hold at once
; articles: 第二十四条、第四十条(二)、第四十五条、第四十一条(三)
; holds when: sat
; d0: decided by 区政府全体会议
; d1: decided by 区政府常务会议
; 第二十四条: 重大决策事项 must 区政府全体会议, 区政府常务会议
; 第四十条(二)、第二十四条、第四十五条: 重大决策事项 may 区政府全体会议
; 第四十一条(三)、第二十四条、第四十五条: 重大决策事项 may 区政府常务会议
(set-logic QF_LIA)
(declare-fun d1 () Bool)
(declare-fun d0 () Bool)
(assert
 (or d0 d1))
(assert
 d0)
(assert
 d1)
(check-sat)
