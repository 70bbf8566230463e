import ModelKit

extension LuxuryChannelSpec {
    /// The pools a `staffing:` section can plan interval by interval: the
    /// care agents (servers per agent = chats at once) and each warehouse's
    /// pickers and packers. Every plan is a daily shift list with dated
    /// changes (`{shifts: […], dated: [{from, to, KEY: n}]}`), which the
    /// loader reads at the pool's path.
    ///
    /// Care's service-level target is `care.service-level-target` (answered
    /// within it). Pick and pack have no natural wait target: their staffing
    /// is best planned on the share delayed (`delayed-fraction`, work that
    /// found every worker busy); a `service-level-target` on `pick` or `pack`
    /// adds a per-bucket service level for those who want one.
    public var staffingPools: [StaffingPool] {
        var pools: [StaffingPool] = []
        if let care {
            pools.append(StaffingPool(
                name: "care.agents", path: "care.agents", countKey: "agents", serversPerStaff: care.concurrency,
                syntax: .dailyWithDatedChanges, series: Self.poolSeriesNames("care"),
                serviceLevelTargetPath: "care.service-level-target", serviceLevelTarget: care.serviceLevelTarget))
        }
        for w in fulfilment?.warehouses ?? [] {
            for (step, station) in [("pick", w.pick), ("pack", w.pack)] {
                let name = "fulfilment.warehouses[\(w.name)].\(step)"
                pools.append(StaffingPool(
                    name: name, path: name + ".shifts", countKey: "workers", serversPerStaff: 1,
                    syntax: .dailyWithDatedChanges, series: Self.poolSeriesNames("warehouse.\(w.name).\(step)"),
                    serviceLevelTargetPath: name + ".service-level-target", serviceLevelTarget: station.serviceLevelTarget))
            }
        }
        return pools
    }

    /// The per-bucket series of the staffed station under `prefix` (names in the catalogue).
    static func poolSeriesNames(_ prefix: String) -> StaffingPool.Series {
        StaffingPool.Series(arrivals: "\(prefix).arrivals", delayedFraction: "\(prefix).delayed_fraction",
                            serviceLevel: "\(prefix).service_level", inSystemAtStart: "\(prefix).in_system_at_start",
                            onDuty: "\(prefix).on_duty_mean", busy: "\(prefix).busy_mean")
    }
}
