; govspec proof obligation GS332-routing-StudyRegulations (GS332)
; property: what the rules say of deciding 'StudyRegulations' can all hold at once
; articles: Art.41(1)、Art.41
; holds when: sat
; d0: decided by Senate
; Art.41(1): StudyRegulations must Senate
; Art.41: StudyRegulations may Senate
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(assert
 d0)
(assert
 d0)
(check-sat)
