import SimulationKernel

extension NetworkSimulation {
    /// `event` in the planner's words, naming its station (for errors such as a stopped clock).
    func describe(_ event: NetworkEvent) -> String {
        func station(_ s: Int32) -> String { "'\(spec.stations[Int(s)].name)'" }
        switch event {
        case .arrival(let s): return "an arrival at station \(station(s))"
        case .serviceEnd(let c): return "a service end at station \(station(customers[c].station))"
        case .patienceEnds(let c, _): return "a customer's patience running out at station \(station(customers[c].station))"
        case .shiftChange(let s): return "a shift change at station \(station(s))"
        case .warmupEnds: return "the end of the warm-up"
        }
    }
}
