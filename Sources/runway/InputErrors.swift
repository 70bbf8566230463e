import Experiments
import Foundation
import ModelSpec

/// Prints `error` in Runway's one form (`FILE:LINE:COLUMN: error: …`, see
/// `LocatedError`; an error already in that form is not wrapped again) on
/// stderr and exits with `status` (2: bad input).
func exitReporting(_ error: Error, status: Int32) -> Never {
    let located = LocatedError(describing: error)
    FileHandle.standardError.write(Data((located.description + "\n").utf8))
    exit(status)
}

/// Prints an input mistake and exits with status 2.
func exitForBadInput(_ error: Error) -> Never {
    exitReporting(error, status: 2)
}

/// Prints a failure (a file that cannot be written, say) and exits with status 1.
func exitForFailure(_ error: Error) -> Never {
    exitReporting(error, status: 1)
}
