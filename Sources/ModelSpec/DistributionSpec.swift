import SimulationKernel

extension SpecNode {
    /// A distribution declared as a mapping with `dist:` and its parameters,
    /// e.g. `{dist: lognormal, mean: 4m, cv: 0.5}`. Parameters are quantities
    /// (plain numbers, durations with units, counts, money), `rate` is per time
    /// unit (or `9/min`), `cv`, `k`,
    /// `shape` and `weights` are plain numbers.
    public func distribution() throws -> Distribution {
        var m = try mapping("a distribution such as {dist: exponential, mean: 2}")
        let familyNode = try m.required("dist")
        let name = try familyNode.string()
        guard let family = Distribution.Family(rawValue: name) else {
            var message = "unknown distribution '\(name)'"
            if let s = MappingReader.nearest(to: name, in: Distribution.Family.allCases.map(\.rawValue)) {
                message += MappingReader.didYouMean(s, for: name)
            } else {
                message += "; known: " + Distribution.Family.allCases.map(\.rawValue).joined(separator: ", ")
            }
            throw familyNode.error(message)
        }
        func wrap(_ body: () throws -> Distribution) throws -> Distribution {
            do { return try body() } catch let e as DistributionError {
                let at = self[e.parameter] ?? self
                throw at.error("\(name) \(e.parameter) \(e.message)")
            }
        }
        let result: Distribution
        switch family {
        case .deterministic:
            let v = try m.required("value") { try $0.magnitude() }
            result = try wrap { try .deterministic(v) }
        case .exponential:
            let mean = try m.optional("mean") { try $0.magnitude(positive: true, what: "mean") }
            let rate = try m.optional("rate") { try $0.rate(positive: true) }
            switch (mean, rate) {
            case let (mean?, nil): result = try wrap { try .exponential(mean: mean) }
            case let (nil, rate?): result = try wrap { try .exponential(mean: 1 / rate) }
            case (nil, nil): throw error("exponential needs 'mean' or 'rate'")
            default: throw error("exponential takes 'mean' or 'rate', not both")
            }
        case .uniform:
            let lo = try m.required("min") { try $0.magnitude() }
            let hi = try m.required("max") { try $0.magnitude() }
            result = try wrap { try .uniform(min: lo, max: hi) }
        case .triangular:
            let lo = try m.required("min") { try $0.magnitude() }
            let mode = try m.required("mode") { try $0.magnitude() }
            let hi = try m.required("max") { try $0.magnitude() }
            result = try wrap { try .triangular(min: lo, mode: mode, max: hi) }
        case .normal:
            let mean = try m.required("mean") { try $0.magnitude() }
            let sd = try m.required("sd") { try $0.magnitude() }
            result = try wrap { try .normal(mean: mean, sd: sd) }
        case .lognormal, .gamma:
            let mean = try m.required("mean") { try $0.magnitude(positive: true, what: "mean") }
            let cv = try m.required("cv") { try $0.nonNegative(positive: true, what: "cv") }
            result = try wrap { family == .gamma ? try .gamma(mean: mean, cv: cv) : try .lognormal(mean: mean, cv: cv) }
        case .erlang:
            let mean = try m.required("mean") { try $0.magnitude(positive: true, what: "mean") }
            let k = try m.required("k") { try $0.count(minimum: 1, what: "k") }
            result = try wrap { try .erlang(mean: mean, k: k) }
        case .weibull:
            let shape = try m.required("shape") { try $0.nonNegative(positive: true, what: "shape") }
            let scale = try m.required("scale") { try $0.magnitude(positive: true, what: "scale") }
            result = try wrap { try .weibull(shape: shape, scale: scale) }
        case .empirical:
            let values = try m.required("values") { try $0.list().map { try $0.magnitude() } }
            let weights = try m.optional("weights") { try $0.list().map { try $0.nonNegative(what: "weight") } }
            result = try wrap { try .empirical(values: values, weights: weights ?? values.map { _ in 1 }) }
        }
        try m.finish()
        return result
    }
}
