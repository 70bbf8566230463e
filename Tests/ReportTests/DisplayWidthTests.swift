import Testing
@testable import Report

struct DisplayWidthTests {
    /// Code points at the edges of UAX #11's W and F classes, with the width
    /// `wcwidth.wcswidth` (Python, wcwidth 0.7.0, Unicode 17) gives each.
    @Test(arguments: [
        (0x0061, 1), (0x00E9, 1), (0x2014, 1), (0x2212, 1),        // narrow and ambiguous: one column
        (0x1100, 2), (0x115F, 2), (0x1160, 0),                     // Hangul leading jamo wide, vowels join
        (0x0301, 0), (0x200B, 0),                                  // combining mark, zero-width space
        (0x3000, 2), (0x3001, 2), (0x303E, 2), (0x303F, 1),        // ideographic space and punctuation
        (0x4E00, 2), (0x9FFF, 2), (0xAC00, 2), (0xD7A3, 2),        // CJK ideographs, Hangul syllables
        (0xFF01, 2), (0xFF21, 2), (0xFF60, 2), (0xFF61, 1), (0xFF76, 1),  // fullwidth vs halfwidth forms
        (0x1F642, 2), (0x20000, 2), (0x3FFFD, 2),                  // emoji, planes 2 and 3
    ])
    func scalarWidthsAgreeWithWcwidth(code: UInt32, width: Int) {
        #expect(DisplayWidth.of(Unicode.Scalar(code)!) == width)
    }

    @Test func controlCharactersTakeNoColumn() {
        #expect(DisplayWidth.of("\t") == 0)
        #expect(DisplayWidth.of("\u{7F}") == 0)
    }

    @Test func stringsSumTheirScalars() {
        #expect(DisplayWidth.of("十倍观众") == 8)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("10M viewers") == 11)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func theTablesAreSortedAndDisjoint() {
        for table in [DisplayWidth.wideRanges, DisplayWidth.zeroWidthRanges] {
            for (a, b) in zip(table, table.dropFirst()) { #expect(a.upperBound < b.lowerBound) }
        }
        #expect(DisplayWidth.unicodeVersion == "17.0.0")
    }

    @Test func paddingCountsDisplayColumns() {
        #expect(pad("十倍观众", to: 10) == "十倍观众  ")
        #expect(pad("十倍观众", to: 10, alignment: .right) == "  十倍观众")
        #expect(pad("ab", to: 5, alignment: .center) == " ab  ")
        #expect(pad("十倍观众", to: 4) == "十倍观众")
    }
}

struct TextTableTests {
    let table = TextTable(header: ["scenario", "mean"], alignments: [.left, .right],
                          rows: [["十倍观众", "1.2k"], ["a|b", "3"]])

    @Test func plainTextAlignsWideCharacters() {
        #expect(table.plainText == """
            scenario  mean
            --------  ----
            十倍观众  1.2k
            a|b          3

            """)
    }

    @Test func markdownEscapesPipesAndMarksAlignment() {
        #expect(table.markdown == """
            | scenario | mean |
            | -------- | ---: |
            | 十倍观众 | 1.2k |
            | a\\|b     |    3 |

            """)
    }

    @Test func markdownCellsKeepOnOneLine() {
        let t = TextTable(header: ["a", "b"], alignments: [.center, .left], rows: [["x\ny", "back\\slash"]])
        #expect(t.markdown == """
            |   a    | b           |
            | :----: | ----------- |
            | x<br>y | back\\\\slash |

            """)
    }

    @Test func shortRowsAreFilled() {
        let t = TextTable(header: ["a", "b"], rows: [["1"]])
        #expect(t.plainText == "a  b\n-  -\n1\n")
    }
}
