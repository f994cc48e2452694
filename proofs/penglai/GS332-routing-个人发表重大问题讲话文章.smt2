; govspec proof obligation GS332-routing-个人发表重大问题讲话文章 (GS332)
; property: what the rules say of deciding '个人发表重大问题讲话文章' can all hold at once
; articles: 第六十八条
; holds when: sat
; d0: decided by 区政府
; 第六十八条: 个人发表重大问题讲话文章 may 区政府
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(check-sat)
