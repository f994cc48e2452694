; govspec proof obligation GS332-routing-Operations (GS332)
; property: what the rules say of deciding 'Operations' can all hold at once
; articles: Art.20
; holds when: sat
; d0: decided by ChiefExecutive
; Art.20: Operations may ChiefExecutive
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(check-sat)
