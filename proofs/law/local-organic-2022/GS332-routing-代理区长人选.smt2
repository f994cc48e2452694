; govspec proof obligation GS332-routing-代理区长人选 (GS332)
; property: what the rules say of deciding '代理区长人选' can all hold at once
; articles: 第五十条(十三)、第五十一条
; holds when: sat
; d0: decided by 常务委员会会议
; 第五十条(十三): 代理区长人选 must 常务委员会会议
; 第五十条(十三)、第五十一条: 代理区长人选 may 常务委员会会议
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(assert
 d0)
(check-sat)
