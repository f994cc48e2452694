; govspec proof obligation GS332-routing-常务委员会会议会期 (GS332)
; property: what the rules say of deciding '常务委员会会议会期' can all hold at once
; articles: 第五十四条(一)、第五十四条
; holds when: sat
; d0: decided by 主任会议
; 第五十四条(一): 常务委员会会议会期 must 主任会议
; 第五十四条: 常务委员会会议会期 may 主任会议
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(assert
 d0)
(check-sat)
