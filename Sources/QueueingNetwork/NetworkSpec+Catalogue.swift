import SimulationKernel

extension NetworkSpec {
    /// The metrics of a station, by suffix, in output order.
    static let stationMetrics: [(suffix: String, unit: MetricUnit, range: MetricRange, kind: MetricKind, definition: String)] = [
        ("arrivals", .customers, .nonNegative, .count,
         "customers arriving at the station (external and routed), blocked ones included"),
        ("served", .customers, .nonNegative, .count, "customers whose service ended"),
        ("blocked_fraction", .fraction, .unitInterval, .fraction,
         "arrivals turned away because the station was at `capacity` ÷ arrivals"),
        ("abandoned_fraction", .fraction, .unitInterval, .fraction,
         "arrivals who left the line when their patience ran out ÷ arrivals"),
        ("wait_mean", .seconds, .nonNegative, .mean, "mean time in line of the customers who started service"),
        ("wait_p95", .seconds, .nonNegative, .quantile,
         "95th percentile of that time (histogram with < 0.8% relative error)"),
        ("sojourn_mean", .seconds, .nonNegative, .mean,
         "mean time from arrival at the station to the end of service, for served customers"),
        ("utilization", .fraction, .unitInterval, .timeAverage,
         "busy server time ÷ time servers were on shift or still busy with a customer taken on shift"),
        ("queue_mean", .customers, .nonNegative, .timeAverage, "time-average number waiting in line"),
        ("in_system_mean", .customers, .nonNegative, .timeAverage, "time-average number waiting or in service"),
        ("in_system_end", .customers, .nonNegative, .level, "customers waiting or in service at the end of the run"),
        ("waiting_end", .customers, .nonNegative, .level, "customers still waiting in line at the end of the run"),
        ("wait_so_far_mean", .seconds, .nonNegative, .mean,
         "mean time those still waiting at the end had waited so far (their waits are not in `wait_mean`)"),
        ("delayed_fraction", .fraction, .unitInterval, .fraction,
         "admitted arrivals who found no free server and had to wait ÷ admitted arrivals"),
        ("service_level", .fraction, .unitInterval, .fraction,
         "customers served within the station's service-level-target ÷ (served + abandoned); only with a target"),
    ]

    /// The series of a station, by suffix, in output order (`service_level` only for a station with a target).
    static let stationSeries: [(suffix: String, unit: MetricUnit, range: MetricRange, kind: MetricKind, definition: String)] = [
        ("arrivals", .customers, .nonNegative, .count, "customers arriving in the bucket (blocked ones included)"),
        ("served", .customers, .nonNegative, .count, "services ending in the bucket"),
        ("abandoned", .customers, .nonNegative, .count, "customers leaving the line in the bucket, their patience run out"),
        ("blocked", .customers, .nonNegative, .count, "arrivals turned away in the bucket (station at capacity)"),
        ("wait_mean", .seconds, .nonNegative, .mean, "mean time in line of the customers who started service in the bucket"),
        ("delayed_fraction", .fraction, .unitInterval, .fraction,
         "share of the customers admitted in the bucket who found no free server and had to wait"),
        ("service_level", .fraction, .unitInterval, .fraction,
         "share of the customers arriving in the bucket who were served within the station's service-level-target, of those served or abandoned"),
        ("queue_mean", .customers, .nonNegative, .timeAverage, "time-average number waiting in the bucket"),
        ("busy_mean", .servers, .nonNegative, .timeAverage, "time-average busy servers in the bucket"),
        ("on_duty_mean", .servers, .nonNegative, .timeAverage, "time-average servers on shift in the bucket"),
        ("in_system_at_start", .customers, .nonNegative, .level, "customers waiting or in service at the bucket's start"),
    ]

    /// Inputs of its own station in which a station metric's expected value is
    /// monotone (by metric suffix): more servers shorten and thin the line (Erlang C
    /// and A decrease in c; so do blocking in M/M/c/K and abandonment in M/M/c+M);
    /// more room blocks fewer; a longer target counts more contacts in time.
    /// Tests check each under common random numbers (`MonotoneDeclarationTests`).
    static let monotoneInputs: [String: [(MonotoneResponse.Direction, String)]] = [
        "wait_mean": [(.decreasing, "servers")],
        "wait_p95": [(.decreasing, "servers")],
        "sojourn_mean": [(.decreasing, "servers")],
        "queue_mean": [(.decreasing, "servers")],
        "delayed_fraction": [(.decreasing, "servers")],
        "abandoned_fraction": [(.decreasing, "servers")],
        "blocked_fraction": [(.decreasing, "servers"), (.decreasing, "capacity")],
        "service_level": [(.increasing, "servers"), (.increasing, "service-level-target")],
    ]

    /// The monotone declarations of station `index`'s metric `suffix`, under
    /// both ways a path names the station (by name and by position).
    static func monotone(_ suffix: String, station name: String, index: Int) -> [MonotoneResponse] {
        (monotoneInputs[suffix] ?? []).flatMap { direction, key in
            [MonotoneResponse(direction, in: "stations[\(name)].\(key)"), MonotoneResponse(direction, in: "stations[\(index)].\(key)")]
        }
    }

    /// Station names the network's own metrics use, which a station may not take.
    static let reservedNames = ["network"]

    /// Every metric and series of this network.
    func makeCatalogue() throws -> MetricCatalogue {
        var c = MetricCatalogue()
        for (index, station) in stations.enumerated() {
            for m in Self.stationMetrics where m.suffix != "service_level" || station.serviceLevelTarget != nil {
                try c.add(MetricDefinition("\(station.name).\(m.suffix)", family: "<station>.\(m.suffix)", unit: m.unit,
                                           range: m.range, kind: m.kind, definition: m.definition,
                                           headline: ["wait_mean", "wait_p95", "utilization", "abandoned_fraction",
                                                      "blocked_fraction"].contains(m.suffix),
                                           monotone: Self.monotone(m.suffix, station: station.name, index: index)))
            }
            for s in Self.stationSeries where s.suffix != "service_level" || station.serviceLevelTarget != nil {
                try c.addSeries(MetricDefinition("\(station.name).\(s.suffix)", family: "<station>.\(s.suffix)", unit: s.unit,
                                                 range: s.range, kind: s.kind, definition: s.definition))
            }
        }
        try c.add(MetricDefinition("network.sojourn_mean", unit: .seconds, range: .nonNegative, kind: .mean,
                                   definition: "mean time from entering the network to leaving it after a last service",
                                   headline: true))
        return c
    }
}
