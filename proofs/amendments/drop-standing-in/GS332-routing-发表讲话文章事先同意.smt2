; govspec proof obligation GS332-routing-发表讲话文章事先同意 (GS332)
; property: what the rules say of deciding '发表讲话文章事先同意' can all hold at once
; articles: 第六十八条
; holds when: sat
; d0: decided by 区政府
; 第六十八条: 发表讲话文章事先同意 may 区政府
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(check-sat)
