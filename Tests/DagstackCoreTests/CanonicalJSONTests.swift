import Testing

@testable import DagstackCore

@Suite("Canonical JSON")
struct CanonicalJSONTests {
    private func json(_ value: Value) -> String {
        var buffer: [UInt8] = []
        CanonicalJSON.append(value, to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    @Test(arguments: [
        (1.0, "1.0"), (-0.0, "0.0"), (0.0, "0.0"), (1e-7, "1e-07"), (1e16, "1e+16"), (1e15, "1000000000000000.0"),
        (1e21, "1e+21"), (1_000_000.0, "1000000.0"), (0.1, "0.1"), (1e300, "1e+300"), (1e-300, "1e-300"),
        (12.345, "12.345"), (-2.5, "-2.5"), (9_007_199_254_740_992.0, "9007199254740992.0"),
        (9_007_199_254_740_994.0, "9007199254740994.0"), (9_310_655_617_341_648.0, "9310655617341648.0"),
        (-9_999_999_999_999_998.0, "-9999999999999998.0"), (9_100_000_000_000_000.0, "9100000000000000.0"),
        (.leastNonzeroMagnitude, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
    ])
    func doublesUseTheShortestFormWithAPointOrExponent(value: Double, expected: String) {
        #expect(json(.double(value)) == expected)
    }

    @Test(arguments: [
        (Int64.min, "-9223372036854775808"), (Int64.max, "9223372036854775807"), (0, "0"), (-1, "-1"), (10, "10"),
    ])
    func integersHaveNoDecimalPoint(value: Int64, expected: String) {
        #expect(json(.int(value)) == expected)
    }

    @Test func stringsEscapeOnlyQuoteBackslashAndControls() {
        let input = "\"\\/\u{8}\t\n\u{C}\r\u{0}\u{1}\u{1B}\u{1F}\u{7F}\u{80}\u{2028}\u{2029}é😀"
        #expect(
            json(.string(input))
                == "\"\\\"\\\\/\\b\\t\\n\\f\\r\\u0000\\u0001\\u001b\\u001f\u{7F}\u{80}\u{2028}\u{2029}é😀\""
        )
    }

    @Test func keysSortByUTF16CodeUnitsAtEveryDepth() {
        // U+E000 and U+FFFF sort after U+10000 and U+1F600 in UTF-16 (surrogates are 0xD800...).
        let value: Value = [
            "\u{E000}": 1, "\u{1F600}": 2, "\u{FFFF}": 3, "\u{10000}": 4, "b": ["z": 1, "a": 2], "a": 5,
        ]
        #expect(
            json(value)
                == "{\"a\":5,\"b\":{\"a\":2,\"z\":1},\"\u{10000}\":4,\"\u{1F600}\":2,\"\u{E000}\":1,\"\u{FFFF}\":3}"
        )
    }

    @Test func keyOrderAgreesWithUTF16ComparisonOnRandomKeys() {
        var generator = RecordGenerator(seed: 99)
        for _ in 0..<5_000 {
            let left = generator.key()
            let right = generator.key()
            #expect(KeyOrder.less(left, right) == left.utf16.lexicographicallyPrecedes(right.utf16), "\(left) \(right)")
        }
    }

    @Test func mapsAreVisitedInUTF16OrderWhateverTheirSize() {
        var generator = RecordGenerator(seed: 123)
        for size in [2, 3, 8, 31, 32, 33, 100] {
            var map: [String: Value] = [:]
            while map.count < size {
                map[generator.key() + generator.string(maxLength: 3)] = .null
            }
            var visited: [String] = []
            KeyOrder.forEachSorted(map) { position, key, _ in
                #expect(position == visited.count)
                visited.append(key)
            }
            #expect(visited == map.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
        }
    }

    @Test func encoderAppendsAfterExistingBytesAndGrowsPastItsFirstGuess() throws {
        let big = LogRecord(timeUnixNano: 1, severity: .info, body: .string(String(repeating: "x", count: 5_000)))
        var buffer: [UInt8] = Array("previous line\n".utf8)
        JSONLinesEncoder.encode(big, into: &buffer)
        JSONLinesEncoder.encode(big, into: &buffer)
        let lines = buffer.split(separator: UInt8(ascii: "\n"))
        try #require(lines.count == 3)
        #expect(String(decoding: lines[0], as: UTF8.self) == "previous line")
        #expect(try JSONLinesDecoder.decode(Array(lines[2])) == big)
    }

    @Test func emptyContainersAndScalars() {
        #expect(json(.map([:])) == "{}")
        #expect(json(.array([])) == "[]")
        #expect(json(.null) == "null")
        #expect(json(.bool(false)) == "false")
        #expect(json([[[]], [:]]) == "[[[]],{}]")
    }

    @Test func largeValuesGrowTheBufferWithoutLosingBytes() {
        let long = String(repeating: "ab\n", count: 10_000)
        var buffer: [UInt8] = Array("prefix".utf8)
        CanonicalJSON.append(.string(long), to: &buffer)
        #expect(buffer.count == 6 + 2 + 40_000)
        #expect(buffer.prefix(8) == Array("prefix\"a".utf8)[...])
    }
}
