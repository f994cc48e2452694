; govspec proof obligation GS332-routing-RelatedPartyTransaction (GS332)
; property: what the rules say of deciding 'RelatedPartyTransaction' can all hold at once
; articles: Art.16、Art.13
; holds when: sat
; d0: decided by BoardMeeting
; d1: decided by ChiefExecutive
; Art.16: RelatedPartyTransaction must BoardMeeting
; Art.16: RelatedPartyTransaction never ChiefExecutive
; Art.13: RelatedPartyTransaction may BoardMeeting
(set-logic QF_LIA)
(declare-fun d0 () Bool)
(declare-fun d1 () Bool)
(assert
 d0)
(assert
 (not d1))
(assert
 d0)
(check-sat)
