; govspec proof obligation GS332-routing-提请常务委员会全体会议表决 (GS332)
; property: what the rules say of deciding '提请常务委员会全体会议表决' can all hold at once
; articles: 第五十四条(三)、第五十四条
; holds when: sat
; d0: decided by 主任会议
; 第五十四条(三): 提请常务委员会全体会议表决 must 主任会议
; 第五十四条: 提请常务委员会全体会议表决 may 主任会议
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(assert
 d0)
(check-sat)
