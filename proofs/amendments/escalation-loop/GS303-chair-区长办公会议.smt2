; govspec proof obligation GS303-chair-区长办公会议 (GS303)
; property: whenever '区长办公会议' is quorate someone may chair it, in every absence of up to 1 office holder
; articles: 第三十九条、第四十二条
; holds when: unsat
; o0 = 副区长
; o1 = 区政府办公室主任
; o2 = 区长
; o3 = 协助副区长工作的区政府办公室负责同志
; o4 = 常务副区长
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o4_own () Int)
(declare-fun o1_away () Int)
(declare-fun o1_own () Int)
(declare-fun o2_away () Int)
(declare-fun o2_own () Int)
(declare-fun o3_away () Int)
(declare-fun o3_own () Int)
(declare-fun o4_away () Int)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o0_passes () Bool)
(declare-fun p_o1_holds () Bool)
(declare-fun p_o1_passes () Bool)
(declare-fun p_o2_holds () Bool)
(declare-fun p_o2_passes () Bool)
(declare-fun p_o3_holds () Bool)
(declare-fun p_o3_passes () Bool)
(declare-fun p_o4_holds () Bool)
(declare-fun p_o4_passes () Bool)
(assert
 (>= o0_away 0))
(assert
 (<= o0_away o0_own))
(assert
 (>= (+ o0_own o4_own) 2))
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
 (>= o4_away 0))
(assert
 (<= o4_away o4_own))
(assert
 (>= o4_own 1))
(assert
 (<= o4_own 1))
(assert
 (= p_o0_holds false))
(assert
 (= p_o0_passes false))
(assert
 (= p_o1_holds false))
(assert
 (= p_o1_passes false))
(assert
 (= p_o2_holds true))
(assert
 (= p_o2_passes true))
(assert
 (= p_o3_holds false))
(assert
 (= p_o3_passes false))
(assert
 (= p_o4_holds p_o0_holds))
(assert
 (= p_o4_passes p_o0_passes))
(assert
 (<= (+ o0_away o1_away o2_away o3_away o4_away) 1))
(assert
 (let ((?x0 (- o4_own o4_away)))
 (let ((?x1 (- o3_own o3_away)))
 (let ((?x2 (- o2_own o2_away)))
 (let ((?x3 (- o1_own o1_away)))
 (let ((?x4 (- o0_own o0_away)))
 (> (* (+ ?x4 ?x3 ?x2 ?x1 ?x0) 2) (* (+ o0_own o1_own o2_own o3_own o4_own) 1))))))))
(assert
 (let (($x5 (and (>= (+ (- o0_own o0_away) (- o4_own o4_away)) 1) p_o0_holds)))
(let (($x6 (or $x5 (and (>= (- o1_own o1_away) 1) p_o1_holds) (and (>= (- o2_own o2_away) 1) p_o2_holds) (and (>= (- o3_own o3_away) 1) p_o3_holds) (and (>= (- o4_own o4_away) 1) p_o4_holds))))
(not $x6))))
(check-sat)
