import CGSL

/// Welch's two-sample t-test for a difference of means with unequal
/// variances (Welch 1947; Satterthwaite degrees of freedom).
public enum WelchTest {
    /// Two-sided p-value for equal means of samples `a` and `b` (each ≥ 2 values).
    /// Samples without variance: 1 when their means agree, 0 otherwise.
    public static func pValue(_ a: [Double], _ b: [Double]) -> Double {
        let x = ReplicationSummary(a)
        let y = ReplicationSummary(b)
        guard x.n >= 2, y.n >= 2 else { return x.mean == y.mean ? 1 : 0 }
        let va = x.sd * x.sd / Double(x.n)
        let vb = y.sd * y.sd / Double(y.n)
        let se2 = va + vb
        guard se2 > 0 else { return x.mean == y.mean ? 1 : 0 }
        let t = (x.mean - y.mean) / se2.squareRoot()
        let df = se2 * se2 / (va * va / Double(x.n - 1) + vb * vb / Double(y.n - 1))
        _ = GSLRuntime.prepared
        return min(1, 2 * gsl_cdf_tdist_Q(abs(t), df))
    }
}
