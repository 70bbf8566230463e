import Foundation

/// Analytic results of queueing theory that the simulations are checked against.
enum QueueingTheory {
    /// Erlang B: probability that all `c` servers are busy with offered load
    /// `a` = λ/μ, by the stable recursion B(k) = a·B(k−1) / (k + a·B(k−1)).
    /// (Kleinrock, Queueing Systems vol. 1, §3.7, eq. 3.46)
    static func erlangB(servers c: Int, load a: Double) -> Double {
        var b = 1.0
        for k in stride(from: 1, through: c, by: 1) { b = a * b / (Double(k) + a * b) }
        return b
    }

    /// Erlang C: probability that an arrival waits in M/M/c, from Erlang B:
    /// C = c·B / (c − a·(1 − B)). (Kleinrock vol. 1, eq. 3.40; Gross & Harris §2.3)
    static func erlangC(servers c: Int, load a: Double) -> Double {
        let b = erlangB(servers: c, load: a)
        return Double(c) * b / (Double(c) - a * (1 - b))
    }

    /// Mean wait in queue of M/M/c: Wq = C / (cμ − λ). (Gross & Harris, Fundamentals of Queueing Theory, eq. 2.29)
    static func mmcWait(lambda: Double, mu: Double, servers c: Int) -> Double {
        erlangC(servers: c, load: lambda / mu) / (Double(c) * mu - lambda)
    }

    /// Pollaczek–Khinchine: mean wait in M/G/1, Wq = λ·E[S²] / (2(1 − ρ)). (Kleinrock vol. 1, eq. 5.72)
    static func mg1Wait(lambda: Double, serviceMean m: Double, serviceVariance v: Double) -> Double {
        let rho = lambda * m
        return lambda * (v + m * m) / (2 * (1 - rho))
    }

    /// Erlang A (M/M/c+M) from its birth–death chain (Mandelbaum & Zeltyn,
    /// "The Palm/Erlang-A queue, with applications to call centers", 2007):
    /// birth rate λ, death rate min(n, c)·μ + max(n − c, 0)·θ.
    ///
    /// Returns the fraction of arrivals that abandon (θ·E[Q]/λ) and the mean
    /// wait of those served. An arrival that finds j − 1 ahead in line leaves
    /// position i at rate cμ + iθ and moves up with probability
    /// (cμ + (i−1)θ)/(cμ + iθ); so it is served with probability cμ/(cμ + jθ),
    /// and given that, waits Σᵢ₌₁ʲ 1/(cμ + iθ). Arrivals see the stationary
    /// distribution (PASTA).
    static func erlangA(lambda: Double, mu: Double, servers c: Int, theta: Double) -> (abandoned: Double, servedWait: Double) {
        let limit = c + 2000
        var p = [1.0]
        for n in 1...limit {
            let death = Double(min(n, c)) * mu + Double(max(n - c, 0)) * theta
            p.append(p[n - 1] * lambda / death)
        }
        let total = p.reduce(0, +)
        p = p.map { $0 / total }
        var queue = 0.0
        for n in c...limit { queue += Double(n - c) * p[n] }
        let cmu = Double(c) * mu
        var servedProbability = 0.0
        var servedWaitSum = 0.0
        for n in 0..<limit {
            if n < c {
                servedProbability += p[n]
                continue
            }
            let j = n - c + 1
            let served = cmu / (cmu + Double(j) * theta)
            var wait = 0.0
            for i in 1...j { wait += 1 / (cmu + Double(i) * theta) }
            servedProbability += p[n] * served
            servedWaitSum += p[n] * served * wait
        }
        return (theta * queue / lambda, servedWaitSum / servedProbability)
    }
}
