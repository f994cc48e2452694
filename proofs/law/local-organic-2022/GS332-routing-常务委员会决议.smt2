; govspec proof obligation GS332-routing-常务委员会决议 (GS332)
; property: what the rules say of deciding '常务委员会决议' can all hold at once
; articles: 第五十一条、第五十条(十三)
; holds when: sat
; d0: decided by 常务委员会会议
; 第五十一条: 常务委员会决议 must 常务委员会会议
; 第五十条(十三)、第五十一条: 常务委员会决议 may 常务委员会会议
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(assert
 d0)
(check-sat)
