@testable import LuxuryChannel
import SimulationKernel
import Testing

/// Utilisation is busy time ÷ time servers were on duty or still busy with
/// work they took on duty, like the queueing network's overtime.
@Suite("Luxury channel: utilisation with overtime")
struct UtilizationTests {
    /// One worker on duty over [0, 1) and nobody after; the worker starts a
    /// job at 0.5 and finishes it at 3, after the shift. Busy 2.5; on duty 1
    /// plus overtime 2 (from 1 to 3): 2.5 ÷ 3 = 5/6. Busy ÷ on duty alone
    /// would be 2.5 (the old code clipped it to 1, hiding the idle half hour).
    @Test("Work finished after the shift counts as overtime, not as utilisation above 1")
    func overtime() {
        let shifts = Schedule<Int>(pieces: [.init(from: 0, value: 1), .init(from: 1, value: 0)])
        var station = StaffedStation<Int32>(schedule: shifts, until: 4)
        #expect(station.changes.map(\.time) == [0, 1])
        let admitted = station.pool.admit(7)
        #expect(admitted)
        station.noteLevels(at: 0.5)
        station.setStaff(0, at: 1)
        station.noteLevels(at: 1)
        station.pool.release()
        station.noteLevels(at: 3)
        #expect(abs(station.utilization(at: 4) - 2.5 / 3) < 1e-12)
    }

    /// Nobody ever on duty or busy: nothing measured, not 0.
    @Test("With nobody on duty utilisation is not a number")
    func nobody() {
        let station = StaffedStation<Int32>(schedule: .constant(0), until: 10)
        #expect(station.utilization(at: 10).isNaN)
    }
}
