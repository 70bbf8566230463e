import ModelSpec
import SimulationKernel

extension NetworkSpec {
    /// The model as `runway explain` prints it: a valid model file with every
    /// field, defaults filled in, times in seconds.
    public func explanation() -> String {
        YAMLText.mapping([
            .init("kind", .scalar(Self.name)),
            .init("stations", .list(stations.map(explanation(of:)))),
        ]).text
    }

    func explanation(of station: Station) -> YAMLText {
        var entries: [YAMLText.Entry] = [.init("name", .scalar(station.name))]
        switch station.arrivals {
        case nil:
            break
        case .renewal(let d)?:
            entries.append(.init("arrivals", YAMLText.distribution(d), comment: "mean \(NumberText.shortest(d.mean)) s between arrivals"))
        case .profile(let p)?:
            let width = p.starts.count > 1 ? p.starts[1] - p.starts[0] : p.end
            entries.append(.init("arrivals", .flow([("rates", "[" + p.rates.map(NumberText.shortest).joined(separator: ", ") + "]"),
                                                    ("every", NumberText.shortest(width)), ("repeat", "\(p.repeats)")]),
                                 comment: "arrivals per second in each piece"))
        }
        entries.append(.init("service", YAMLText.distribution(station.service), comment: "mean \(NumberText.shortest(station.service.mean)) s"))
        if station.servers.isConstant && station.datedServers.isEmpty {
            entries.append(.init("servers", .number(Double(station.servers.value(at: 0)))))
        } else {
            var shifts: [(String, String)] = [("shifts", "[" + station.servers.pieces.map {
                "{from: \(NumberText.shortest($0.from)), servers: \($0.value)}"
            }.joined(separator: ", ") + "]")]
            if let period = station.servers.period { shifts.append(("every", NumberText.shortest(period))) }
            if !station.datedServers.isEmpty {
                shifts.append(("dated", "[" + station.datedServers.map {
                    "{from: \($0.from.text), to: \($0.to.text), servers: \($0.count)}"
                }.joined(separator: ", ") + "]"))
            }
            entries.append(.init("servers", .flow(shifts)))
        }
        if let capacity = station.capacity { entries.append(.init("capacity", .number(Double(capacity)))) }
        if let target = station.serviceLevelTarget {
            entries.append(.init("service-level-target", .number(target), comment: "seconds"))
        }
        if let patience = station.patience {
            entries.append(.init("patience", YAMLText.distribution(patience), comment: "mean \(NumberText.shortest(patience.mean)) s"))
        }
        if !station.routing.isEmpty {
            let leave = 1 - station.routing.reduce(0) { $0 + $1.probability }
            entries.append(.init("routing", .flow(station.routing.map { (stations[$0.station].name, NumberText.shortest($0.probability)) }),
                                 comment: "leaves with probability \(NumberText.shortest(leave))"))
        }
        return .mapping(entries)
    }
}
