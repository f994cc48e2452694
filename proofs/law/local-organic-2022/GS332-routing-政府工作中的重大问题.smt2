; govspec proof obligation GS332-routing-政府工作中的重大问题 (GS332)
; property: what the rules say of deciding '政府工作中的重大问题' can all hold at once
; articles: 第七十八条
; holds when: sat
; d0: decided by 区人民政府全体会议
; d1: decided by 区人民政府常务会议
; 第七十八条: 政府工作中的重大问题 must 区人民政府常务会议, 区人民政府全体会议
; 第七十八条: 政府工作中的重大问题 may 区人民政府全体会议
; 第七十八条: 政府工作中的重大问题 may 区人民政府常务会议
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(declare-fun d1 () Bool)
(assert
 (or d1 d0))
(assert
 d0)
(assert
 d1)
(check-sat)
