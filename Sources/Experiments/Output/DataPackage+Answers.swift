import Foundation
import ModelSpec
import Report

extension DataPackage {
    /// The package of a goal's or a staffing question's results (`goal.csv`,
    /// `staffing.csv`): each column's Table Schema type read from the values
    /// written (integer, number, datetime for ISO-8601 stamps, else string;
    /// an empty field is not a number), described in results/README.md.
    /// `tables` gives each file's name, text, what it holds and its primary key.
    static func answerJSON(experiment: ExperimentSpec, tables: [(name: String, text: String, description: String, key: [String])]) -> String {
        var resources: [String] = []
        for table in tables {
            guard let rows = try? CSVRecords.parse(table.text), let header = rows.first else { continue }
            let body = rows.dropFirst()
            let fields = header.enumerated().map { i, column in
                let values = body.compactMap { i < $0.count && !$0[i].isEmpty ? $0[i] : nil }
                let type: String
                var format: String?
                if !values.isEmpty, values.allSatisfy({ Int($0) != nil }) {
                    type = "integer"
                } else if !values.isEmpty, values.allSatisfy({ Double($0) != nil }) {
                    type = "number"
                } else if !values.isEmpty, values.allSatisfy({ ISO8601Moment.parse($0) != nil }) {
                    (type, format) = ("datetime", stampFormat)
                } else {
                    type = "string"
                }
                return Field(name: column, type: type, description: "see results/README.md, \(table.name)", format: format)
            }
            resources.append(resource(Table(name: table.name, description: table.description, fields: fields, primaryKey: table.key)))
        }
        resources.append(JSONText.object([
            ("name", JSONText.string(resourceName("manifest.json"))), ("path", JSONText.string("manifest.json")),
            ("format", JSONText.string("json")), ("mediatype", JSONText.string("application/json")),
            ("encoding", JSONText.string("utf-8")),
            ("description", JSONText.string("what made these results: version, inputs and their SHA-256, seed, horizon, run-off, start")),
        ], indent: 2))
        var top = [("profile", JSONText.string("data-package")),
                   ("name", JSONText.string(packageName(experiment.name))),
                   ("title", JSONText.string(experiment.name))]
        if let d = experiment.description?.trimmingCharacters(in: .whitespacesAndNewlines), !d.isEmpty {
            top.append(("description", JSONText.string(d)))
        }
        top.append(("resources", JSONText.array(resources, indent: 1)))
        return JSONText.object(top) + "\n"
    }
}
