; govspec proof obligation GS311-signer-对上级行文及重大方针政策 (GS311)
; property: someone may sign '对上级行文及重大方针政策' documents in every absence of up to 1 office holder
; articles: 第五十六条(一)
; holds when: unsat
; o0 = 副区长
; o1 = 区长
; o2 = 常务副区长
(set-logic QF_LIA)
(declare-fun o0_away () Int)
(declare-fun o0_own () Int)
(declare-fun o2_own () Int)
(declare-fun o1_away () Int)
(declare-fun o1_own () Int)
(declare-fun o2_away () Int)
(declare-fun p_o0_holds () Bool)
(declare-fun p_o0_passes () Bool)
(declare-fun p_o1_holds () Bool)
(declare-fun p_o1_passes () Bool)
(declare-fun p_o2_holds () Bool)
(declare-fun p_o2_passes () Bool)
(assert
 (>= o0_away 0))
(assert
 (<= o0_away o0_own))
(assert
 (>= (+ o0_own o2_own) 2))
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
 (= p_o0_holds false))
(assert
 (= p_o0_passes false))
(assert
 (= p_o1_holds true))
(assert
 (= p_o1_passes true))
(assert
 (= p_o2_holds (or (and p_o1_passes (>= (- o1_own o1_away) 1)) p_o0_holds)))
(assert
 (let (($x0 (>= (- o1_own o1_away) 1)))
 (let (($x1 (and p_o1_passes $x0)))
 (= p_o2_passes (or $x1 p_o0_passes)))))
(assert
 (<= (+ o0_away o1_away o2_away) 1))
(assert
 (let (($x2 (and (>= (+ (- o0_own o0_away) (- o2_own o2_away)) 1) p_o0_holds)))
(let (($x3 (or $x2 (and (>= (- o1_own o1_away) 1) p_o1_holds) (and (>= (- o2_own o2_away) 1) p_o2_holds))))
(not $x3))))
(check-sat)
