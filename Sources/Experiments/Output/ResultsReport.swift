import Report

/// `report.html` of a results folder: read from its files (as
/// `runway report DIR` does), so the report a run writes and the one made
/// later from the same folder are the same bytes.
public enum ResultsReport {
    /// The report's HTML for the results in `folder`.
    public static func html(folder: String, band: BandKind = .meanInterval95) throws -> String {
        let results = try ResultsFolderReader(folder: folder, readsReplicationSeries: band != .meanInterval95).read()
        return ReportBuilder(results: results, context: ReportContext(band: band)).html
    }
}
