; govspec proof obligation GS302-quorum-区政府常务会议-1 (GS302)
; property: '区政府常务会议' is quorate in every absence of up to 1 office holder among its members
; articles: 第三十九条、第四十一条
; holds when: unsat
; o0 = 副区长
; o1 = 区政府办公室主任
; o2 = 区长
; o3 = 常务副区长
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o3_own () Int)
(declare-fun o1_away () Int)
(declare-fun o1_own () Int)
(declare-fun o2_away () Int)
(declare-fun o2_own () Int)
(declare-fun o3_away () Int)
(assert
 (>= o0_away 0))
(assert
 (<= o0_away o0_own))
(assert
 (>= (+ o0_own o3_own) 2))
(assert
 (>= o1_away 0))
(assert
 (<= o1_away o1_own))
(assert
 (>= o1_own 1))
(assert
 (<= o1_own 1))
(assert
 (>= o2_away 0))
(assert
 (<= o2_away o2_own))
(assert
 (>= o2_own 1))
(assert
 (<= o2_own 1))
(assert
 (>= o3_away 0))
(assert
 (<= o3_away o3_own))
(assert
 (>= o3_own 1))
(assert
 (<= o3_own 1))
(assert
 (<= (+ o0_away o1_away o2_away o3_away) 1))
(assert
 (let ((?x0 (+ (- o0_own o0_away) (- o1_own o1_away) (- o2_own o2_away) (- o3_own o3_away))))
(not (> (* ?x0 2) (* (+ o0_own o1_own o2_own o3_own) 1)))))
(check-sat)
