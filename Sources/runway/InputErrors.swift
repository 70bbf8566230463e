import ArgumentParser
import Foundation
import ModelSpec

/// Prints an input mistake as `FILE:LINE:COLUMN: error: …` and exits with status 2.
func exitForBadInput(_ error: Error) -> Never {
    let text: String
    switch error {
    case let spec as SpecError: text = spec.description
    case let described as CustomStringConvertible where "\(described)".contains("error:"): text = "\(described)"
    default: text = "error: \(error)"
    }
    FileHandle.standardError.write(Data((text + "\n").utf8))
    exit(2)
}
