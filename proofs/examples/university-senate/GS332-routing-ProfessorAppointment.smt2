; govspec proof obligation GS332-routing-ProfessorAppointment (GS332)
; property: what the rules say of deciding 'ProfessorAppointment' can all hold at once
; articles: Art.41(2)、Art.41
; holds when: sat
; d0: decided by Dean
; d1: decided by Senate
; Art.41(2): ProfessorAppointment must Senate
; Art.41(2): ProfessorAppointment never Dean
; Art.41: ProfessorAppointment may Senate
(set-logic QF_LIA)
(declare-fun d1 () Bool)
(declare-fun d0 () Bool)
(assert
 d1)
(assert
 (not d0))
(assert
 d1)
(check-sat)
