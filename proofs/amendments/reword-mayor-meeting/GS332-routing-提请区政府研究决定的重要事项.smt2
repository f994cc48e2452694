; govspec proof obligation GS332-routing-提请区政府研究决定的重要事项 (GS332)
; property: what the rules say of deciding '提请区政府研究决定的重要事项' can all hold at once
; articles: 第四十五条、第四十条(二)、第二十四条、第四十一条(三)
; holds when: sat
; d0: decided by 区政府专题会议
; d1: decided by 区政府全体会议
; d2: decided by 区政府常务会议
; 第四十五条: 提请区政府研究决定的重要事项 must 区政府常务会议, 区政府全体会议
; 第四十五条: 提请区政府研究决定的重要事项 never 区政府专题会议
; 第四十条(二)、第二十四条、第四十五条: 提请区政府研究决定的重要事项 may 区政府全体会议
; 第四十一条(三)、第二十四条、第四十五条: 提请区政府研究决定的重要事项 may 区政府常务会议
(set-logic QF_LIA)
(declare-fun d1 () Bool)
(declare-fun d2 () Bool)
(declare-fun d0 () Bool)
(assert
 (or d2 d1))
(assert
 (not d0))
(assert
 d1)
(assert
 d2)
(check-sat)
