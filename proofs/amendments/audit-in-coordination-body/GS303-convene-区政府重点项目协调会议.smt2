; govspec proof obligation GS303-convene-区政府重点项目协调会议 (GS303)
; property: whenever '区政府重点项目协调会议' is quorate someone may convene it, in every absence of up to 1 office holder
; articles: 第四十五条之一
; holds when: unsat
; o0 = 副区长
; o1 = 区审计局主要负责同志
; o2 = 区政府各部门主要负责同志
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
(declare-fun p_o0_holds () Bool)
(declare-fun p_o0_passes () Bool)
(declare-fun p_o1_holds () Bool)
(declare-fun p_o1_passes () Bool)
(declare-fun p_o2_holds () Bool)
(declare-fun p_o2_passes () Bool)
(declare-fun p_o3_holds () Bool)
(declare-fun p_o3_passes () Bool)
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
 (>= o3_away 0))
(assert
 (<= o3_away o3_own))
(assert
 (>= o3_own 1))
(assert
 (<= o3_own 1))
(assert
 (= p_o0_holds false))
(assert
 (= p_o0_passes false))
(assert
 (= p_o1_holds false))
(assert
 (= p_o1_passes false))
(assert
 (= p_o2_holds false))
(assert
 (= p_o2_passes false))
(assert
 (= p_o3_holds (or true p_o0_holds)))
(assert
 (= p_o3_passes (or true p_o0_passes)))
(assert
 (<= (+ o0_away o1_away o2_away o3_away) 1))
(assert
 (let ((?x0 (- o3_own o3_away)))
 (let ((?x1 (- o2_own o2_away)))
 (let ((?x2 (- o1_own o1_away)))
 (> (* (+ ?x2 ?x1 ?x0) 2) (* (+ o1_own o2_own o3_own) 1))))))
(assert
 (let (($x3 (and (>= (+ (- o0_own o0_away) (- o3_own o3_away)) 1) p_o0_holds)))
(let (($x4 (or $x3 (and (>= (- o1_own o1_away) 1) p_o1_holds) (and (>= (- o2_own o2_away) 1) p_o2_holds) (and (>= (- o3_own o3_away) 1) p_o3_holds))))
(not $x4))))
(check-sat)
