import SimulationKernel

extension NetworkSpec {
    /// The model as `runway explain` prints it: YAML with every field,
    /// defaults filled in, durations in the model's time unit.
    public func explanation() -> String {
        var lines = ["kind: queueing-network", "stations:"]
        for station in stations {
            lines.append("  - name: \(station.name)")
            switch station.arrivals {
            case nil: lines.append("    arrivals: none")
            case .renewal(let d)?: lines.append("    arrivals: \(Self.describe(d))")
            case .profile(let p)?:
                let width = p.starts.count > 1 ? p.starts[1] - p.starts[0] : p.end
                lines.append("    arrivals: {rates: [\(p.rates.map(Self.number).joined(separator: ", "))], every: \(Self.number(width)), repeat: \(p.repeats)}")
            }
            lines.append("    service: \(Self.describe(station.service))")
            if station.servers.isConstant {
                lines.append("    servers: \(station.servers.servers[0])")
            } else {
                let shifts = zip(station.servers.starts, station.servers.servers)
                    .map { "{from: \(Self.number($0)), servers: \($1)}" }.joined(separator: ", ")
                let period = station.servers.period.map { ", every: \(Self.number($0))" } ?? ""
                lines.append("    servers: {shifts: [\(shifts)]\(period)}")
            }
            lines.append("    capacity: \(station.capacity.map(String.init) ?? "unlimited")")
            lines.append("    patience: \(station.patience.map(Self.describe) ?? "unlimited")")
            let routing = station.routing.map { "\(stations[$0.station].name): \(Self.number($0.probability))" }
            let leave = 1 - station.routing.reduce(0) { $0 + $1.probability }
            lines.append("    routing: {\(routing.joined(separator: ", "))}    # leaves with probability \(Self.number(leave))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ d: Distribution) -> String {
        if d.family == .empirical {
            let pairs = d.empiricalValues
            return "{dist: empirical, values: [\(pairs.map { number($0.value) }.joined(separator: ", "))], "
                + "weights: [\(pairs.map { number($0.probability) }.joined(separator: ", "))]}    # mean \(number(d.mean))"
        }
        let parameters = d.declared.map { "\($0.name): \(number($0.value))" }.joined(separator: ", ")
        return "{dist: \(d.family.rawValue), \(parameters)}    # mean \(number(d.mean))"
    }

    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }
}
