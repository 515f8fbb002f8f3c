import Testing

@testable import DagstackCore

/// SPEC §3.1: NaN and ±Infinity never cost a record; they are written as the protobuf-JSON
/// strings and counted. (The reference binding raises ValueError and loses the record.)
@Suite("Non-finite doubles")
struct NonFiniteDoubleTests {
    @Test(arguments: [
        (Double.nan, #""NaN""#), (Double.infinity, #""Infinity""#), (-Double.infinity, #""-Infinity""#),
        (Double.signalingNaN, #""NaN""#), (-Double.nan, #""NaN""#),
    ])
    func nonFiniteDoublesAreWrittenAsTheirSpecStrings(value: Double, expected: String) throws {
        let record = LogRecord(timeUnixNano: 1, severity: .info, body: .double(value))
        var line: [UInt8] = []
        let outcome = JSONLinesEncoder.encode(record, into: &line)
        #expect(
            String(decoding: line, as: UTF8.self)
                == #"{"body":\#(expected),"severity_number":9,"severity_text":"INFO","time_unix_nano":1}"# + "\n"
        )
        #expect(outcome.nonFiniteDoubles == 1)
        #expect(outcome.replacedNonFiniteDoubles)
    }

    @Test func everyNonFiniteValueIsCountedAtEveryDepth() throws {
        let record = LogRecord(
            timeUnixNano: 1,
            severity: .warn,
            body: [.double(.nan)],
            attributes: ["a": .double(.infinity), "m": ["x": [.double(-.infinity), 1.5]]],
            instrumentationScope: InstrumentationScope(name: "s", attributes: ["nan": .double(.nan)]),
            resource: Resource(attributes: ["inf": .double(.infinity)])
        )
        var line: [UInt8] = []
        let outcome = JSONLinesEncoder.encode(record, into: &line)
        #expect(outcome.nonFiniteDoubles == 5)
        let parsed = try JSONLinesDecoder.decode(line)
        #expect(parsed.attributes["m"] == ["x": ["-Infinity", 1.5]])
        #expect(parsed.body == ["NaN"])
    }

    @Test func finiteRecordsReportNothingReplaced() {
        var line: [UInt8] = []
        let outcome = JSONLinesEncoder.encode(LogRecord(timeUnixNano: 1, severity: .info, body: 1.5), into: &line)
        #expect(outcome == EncodeOutcome())
        #expect(!outcome.replacedNonFiniteDoubles)
    }
}
