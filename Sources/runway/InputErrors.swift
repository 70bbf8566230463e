import ArgumentParser
import Foundation
import ModelSpec

/// Prints an input mistake as `FILE:LINE:COLUMN: error: …` and exits with status 2.
func exitForBadInput(_ error: Error) -> Never {
    let text: String
    if let spec = error as? SpecError { text = spec.description } else { text = "error: \(error)" }
    FileHandle.standardError.write(Data((text + "\n").utf8))
    exit(2)
}
