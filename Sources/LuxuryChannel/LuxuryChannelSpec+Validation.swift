import ModelKit
import ModelSpec
import SimulationKernel

extension LuxuryChannelSpec {
    /// Refuses moments written as dates — show starts, the sale's opening,
    /// outages, dated shift changes — when the experiment gives no `start`
    /// to place them on the run's clock, and periods that end before they
    /// start once placed.
    public func validate(for settings: RunSettings) throws {
        let clock = settings.clock
        for show in shows { _ = try show.start.requireTime(on: clock) }
        _ = try catalogue.saleOpens.requireTime(on: clock)
        try care?.agents.check(on: clock)
        for warehouse in fulfilment?.warehouses ?? [] {
            try warehouse.pick.shifts.check(on: clock)
            try warehouse.pack.shifts.check(on: clock)
            for outage in warehouse.outages { try outage.check(on: clock) }
        }
    }
}
