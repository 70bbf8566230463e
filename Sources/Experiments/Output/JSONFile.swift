import Foundation
import ModelSpec

/// Reads Runway's own JSON files (baselines, `shard.json`) with Foundation's
/// `JSONDecoder`, which follows RFC 8259 (it refuses `+1`, `012`, `1.` and
/// unknown escapes, and reads surrogate pairs, a leading byte-order mark and
/// doubles exactly); a failure becomes one located error.
enum JSONFile {
    /// The `T` that `bytes` (the contents of `file`) hold.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], file: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
            // The decoder says no more for a syntax error than for a number it cannot hold.
            if (try? JSONSerialization.jsonObject(with: Data(bytes))) != nil {
                throw LocatedError("a value is out of range or of the wrong kind (a negative or fractional count, say)", file: file)
            }
            throw LocatedError("not valid JSON (RFC 8259)", file: file)
        } catch let error as DecodingError {
            throw LocatedError(describe(error), file: file)
        }
    }

    /// A decoding error in words, with the path to the value at fault.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : text
        }
        switch error {
        case let .keyNotFound(key, context):
            let at = path(context.codingPath)
            return "missing field '\(key.stringValue)'" + (at.isEmpty ? "" : " in \(at)")
        case let .typeMismatch(type, context), let .valueNotFound(type, context):
            return "\(path(context.codingPath)): expected \(name(of: type))"
        case let .dataCorrupted(context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "not a file of the expected form"
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Double.Type, is Optional<Double>.Type: return "a number (or null)"
        case is Int.Type, is UInt64.Type: return "a whole number"
        default: return "a value of another form (\(type))"
        }
    }
}
