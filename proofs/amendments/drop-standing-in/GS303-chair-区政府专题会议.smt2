; govspec proof obligation GS303-chair-区政府专题会议 (GS303)
; property: whenever '区政府专题会议' is quorate someone may chair it, in every absence of up to 1 office holder
; articles: 第三十九条、第四十四条
; holds when: unsat
; o0 = 副区长
; o1 = 区政府办公室主任
; o2 = 区长
; o3 = 协助副区长工作的区政府办公室负责同志
; o4 = 常务副区长
; o5 = 有关部门单位负责同志
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
(declare-fun o5_away () Int)
(declare-fun o5_own () Int)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o0_passes () Bool)
(declare-fun p_o2_passes () Bool)
(declare-fun p_o1_holds () Bool)
(declare-fun p_o1_passes () Bool)
(declare-fun p_o2_holds () Bool)
(declare-fun p_o3_holds () Bool)
(declare-fun p_o3_passes () Bool)
(declare-fun p_o4_holds () Bool)
(declare-fun p_o4_passes () Bool)
(declare-fun p_o5_holds () Bool)
(declare-fun p_o5_passes () Bool)
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
 (>= o5_away 0))
(assert
 (<= o5_away o5_own))
(assert
 (>= o5_own 1))
(assert
 (= p_o0_holds true))
(assert
 (= p_o0_passes true))
(assert
 (let (($x0 (>= (+ (- o0_own o0_away) (- o4_own o4_away)) 1)))
 (let (($x1 (or (and p_o0_passes $x0) (and p_o2_passes (>= (- o2_own o2_away) 1)))))
 (= p_o1_holds $x1))))
(assert
 (= p_o1_passes false))
(assert
 (= p_o2_holds true))
(assert
 (= p_o2_passes true))
(assert
 (let (($x0 (>= (+ (- o0_own o0_away) (- o4_own o4_away)) 1)))
 (let (($x1 (or (and p_o0_passes $x0) (and p_o2_passes (>= (- o2_own o2_away) 1)))))
 (= p_o3_holds $x1))))
(assert
 (= p_o3_passes false))
(assert
 (= p_o4_holds p_o0_holds))
(assert
 (= p_o4_passes p_o0_passes))
(assert
 (= p_o5_holds false))
(assert
 (= p_o5_passes false))
(assert
 (<= (+ o0_away o1_away o2_away o3_away o4_away o5_away) 1))
(assert
 true)
(assert
 (let (($x0 (>= (+ (- o0_own o0_away) (- o4_own o4_away)) 1)))
(let (($x2 (or (and $x0 p_o0_holds) (and (>= (- o1_own o1_away) 1) p_o1_holds) (and (>= (- o2_own o2_away) 1) p_o2_holds) (and (>= (- o3_own o3_away) 1) p_o3_holds) (and (>= (- o4_own o4_away) 1) p_o4_holds) (and (>= (- o5_own o5_away) 1) p_o5_holds))))
(not $x2))))
(check-sat)
