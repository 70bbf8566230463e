import Foundation

/// Answer folders written by hand, as the answers write them: a goal over one
/// variable in two scenarios (one with no feasible point; one candidate with
/// nothing measured, so empty fields), a goal over two variables, and a
/// staffing plan of four hourly intervals (one missing the target, one with
/// nobody to measure).
enum AnswerFixture {
    static let goalHeader = "experiment,scenario,candidate,stations[desk].servers,cost,replications,feasible,choice,constraint,"
        + "metric,relation,target,unit,mean,sd,n,confidence,lower_bound,upper_bound,verdict"

    /// Bisection in `baseline`: 40, 20, 10, 15, 12, 11 and a point at 1 with nothing measured;
    /// `busy day` stops at 40, where the mean wait fails.
    static let goal = [
        goalHeader,
        "g,baseline,1,40,40,5,yes,,desk.wait_mean <= 20s,desk.wait_mean,<=,20,s,0.5,0.1,5,0.95,0.4,0.6,holds",
        "g,baseline,1,40,40,5,yes,,desk.wait_p95 <= 2m,desk.wait_p95,<=,120,s,2,1,5,0.95,1,3,holds",
        "g,baseline,2,20,20,5,yes,,desk.wait_mean <= 20s,desk.wait_mean,<=,20,s,2,1,5,0.95,1,3,holds",
        "g,baseline,2,20,20,5,yes,,desk.wait_p95 <= 2m,desk.wait_p95,<=,120,s,10,2,5,0.95,8,12,holds",
        "g,baseline,3,10,10,5,no,,desk.wait_mean <= 20s,desk.wait_mean,<=,20,s,3000,500,5,0.95,2500,3500,fails",
        "g,baseline,3,10,10,5,no,,desk.wait_p95 <= 2m,desk.wait_p95,<=,120,s,9000,900,5,0.95,8000,10000,fails",
        "g,baseline,4,15,15,5,yes,runner-up,desk.wait_mean <= 20s,desk.wait_mean,<=,20,s,6,1,5,0.95,5,7,holds",
        "g,baseline,4,15,15,5,yes,runner-up,desk.wait_p95 <= 2m,desk.wait_p95,<=,120,s,40,5,5,0.95,35,45,holds",
        "g,baseline,5,12,12,10,yes,chosen,desk.wait_mean <= 20s,desk.wait_mean,<=,20,s,14,3,10,0.95,12,16,holds",
        "g,baseline,5,12,12,10,yes,chosen,desk.wait_p95 <= 2m,desk.wait_p95,<=,120,s,80,10,10,0.95,70,90,holds",
        "g,baseline,6,11,11,40,undecided,,desk.wait_mean <= 20s,desk.wait_mean,<=,20,s,19,4,40,0.95,17,21,undecided",
        "g,baseline,6,11,11,40,undecided,,desk.wait_p95 <= 2m,desk.wait_p95,<=,120,s,100,10,40,0.95,95,105,holds",
        "g,baseline,7,1,1,40,undecided,,desk.wait_mean <= 20s,desk.wait_mean,<=,20,s,,,0,0.95,,,undecided",
        "g,baseline,7,1,1,40,undecided,,desk.wait_p95 <= 2m,desk.wait_p95,<=,120,s,,,0,0.95,,,undecided",
        "g,busy day,1,40,40,5,no,,desk.wait_mean <= 20s,desk.wait_mean,<=,20,s,30,2,5,0.95,27,33,fails",
        "g,busy day,1,40,40,5,no,,desk.wait_p95 <= 2m,desk.wait_p95,<=,120,s,100,5,5,0.95,95,105,holds",
    ].joined(separator: "\n") + "\n"

    /// Two desks: a pattern search's points, named by both values.
    static let twoVariables = [
        "experiment,scenario,candidate,stations[a].servers,stations[b].servers,cost,replications,feasible,choice,constraint,"
            + "metric,relation,target,unit,mean,sd,n,confidence,lower_bound,upper_bound,verdict",
        "g,base,1,16,16,48,5,yes,,a.service_level >= 80%,a.service_level,>=,0.8,1,0.99,0.01,5,0.95,0.98,1,holds",
        "g,base,2,12,16,44,5,yes,runner-up,a.service_level >= 80%,a.service_level,>=,0.8,1,0.95,0.01,5,0.95,0.93,0.97,holds",
        "g,base,3,12,12,36,5,yes,chosen,a.service_level >= 80%,a.service_level,>=,0.8,1,0.9,0.01,5,0.95,0.88,0.92,holds",
        "g,base,4,8,12,32,5,no,,a.service_level >= 80%,a.service_level,>=,0.8,1,0.5,0.05,5,0.95,0.45,0.55,fails",
    ].joined(separator: "\n") + "\n"

    /// Four hours from 08:00: 3, 5, 4, 1 staff; the third hour misses 80%, the fourth had nobody to measure.
    static let staffing = [
        "experiment,scenario,pool,interval_start,interval_start_s,interval_end_s,staff,servers,metric,target,mean,ci95_low,"
            + "ci95_high,n,meets,offered_load,arrivals,relation,within_s,constant_staff",
        "s,baseline,desk,2026-11-11T08:00:00+08:00,0,3600,3,3,desk.service_level,0.8,0.9,0.85,0.95,20,yes,2.1,60,>=,20,5",
        "s,baseline,desk,2026-11-11T09:00:00+08:00,3600,7200,5,5,desk.service_level,0.8,0.82,0.8,0.84,20,yes,4.2,120,>=,20,5",
        "s,baseline,desk,2026-11-11T10:00:00+08:00,7200,10800,4,4,desk.service_level,0.8,0.7,0.6,0.8,20,no,3.9,110,>=,20,5",
        "s,baseline,desk,2026-11-11T11:00:00+08:00,10800,14400,1,1,desk.service_level,0.8,,,,0,yes,0,0,>=,20,5",
    ].joined(separator: "\n") + "\n"

    static let manifest = """
        {"runway_version": "0.3.0", "experiment": "g", "seed": 7, "replications": 5, "scenarios": ["baseline", "busy day"],
         "runs": 115, "start": "2026-11-11T08:00:00+08:00", "horizon_s": 14400, "finished": "2026-11-29T09:06:50Z"}

        """
}
