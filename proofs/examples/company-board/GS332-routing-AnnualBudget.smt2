; govspec proof obligation GS332-routing-AnnualBudget (GS332)
; property: what the rules say of deciding 'AnnualBudget' can all hold at once
; articles: Art.13(1)、Art.13
; holds when: sat
; d0: decided by BoardMeeting
; Art.13(1): AnnualBudget must BoardMeeting
; Art.13: AnnualBudget may BoardMeeting
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(assert
 d0)
(check-sat)
