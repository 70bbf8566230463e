import ModelSpec
import Report

extension LocatedError {
    /// `error` in Runway's one form, never wrapped twice: a `LocatedError`
    /// as it is; a results folder's `ReadError`, already written
    /// `FILE[:LINE]: error: MESSAGE`, taken apart into its file, line and
    /// message; anything else as its text with no place.
    public init(describing error: any Error) {
        if let located = error as? LocatedError {
            self = located
        } else if let read = error as? ResultsFolderReader.ReadError {
            self = Self.parsing(read.description)
        } else {
            self.init("\(error)")
        }
    }

    /// `FILE[:LINE[:COLUMN]]: error: MESSAGE` taken apart (the whole text as the message when it is not in that form).
    static func parsing(_ text: String) -> LocatedError {
        guard let marker = text.range(of: ": error: ") else {
            return LocatedError(text.hasPrefix("error: ") ? String(text.dropFirst(7)) : text)
        }
        let message = String(text[marker.upperBound...])
        var place = Substring(text[..<marker.lowerBound])
        var numbers: [Int] = []
        // Up to two trailing `:NUMBER`s are the line and the column.
        while numbers.count < 2, let colon = place.lastIndex(of: ":"), let n = Int(place[place.index(after: colon)...]), n > 0 {
            numbers.insert(n, at: 0)
            place = place[..<colon]
        }
        guard !place.isEmpty else { return LocatedError(message) }
        return LocatedError(message, file: String(place), line: numbers.first, column: numbers.count > 1 ? numbers[1] : nil)
    }
}
