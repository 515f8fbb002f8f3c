import Testing

@testable import DagstackCore

@Suite("JSON-lines roundtrip")
struct JSONLinesRoundtripTests {
    static let corpus = (try? Fixtures.lines("dagstack_jsonl_corpus.jsonl")) ?? []

    @Test func corpusIsLoaded() {
        #expect(Self.corpus.count >= 50)
    }

    @Test(arguments: corpus)
    func parsingThenEncodingACorpusLineGivesTheSameBytes(line: [UInt8]) throws {
        let record = try JSONLinesDecoder.decode(line)
        var encoded: [UInt8] = []
        JSONLinesEncoder.encode(record, into: &encoded)
        #expect(String(decoding: encoded, as: UTF8.self) == String(decoding: line, as: UTF8.self))
    }

    @Test func generatedRecordsSurviveEncodeParseEncode() throws {
        var generator = RecordGenerator(seed: 42)
        generator.allowNonFinite = true
        for index in 0..<2_000 {
            let record = generator.record()
            var first: [UInt8] = []
            JSONLinesEncoder.encode(record, into: &first)
            let parsed = try JSONLinesDecoder.decode(first)
            var second: [UInt8] = []
            JSONLinesEncoder.encode(parsed, into: &second)
            guard first == second else {
                Issue.record("record \(index) changed: \(String(decoding: first, as: UTF8.self))")
                return
            }
        }
    }

    @Test func parsingKeepsIntegersAndDoublesApart() throws {
        let record = try JSONLinesDecoder.decode(
            #"{"attributes":{"d":1.0,"e":1e-07,"i":1,"n":-0,"z":0.0},"body":null,"severity_number":9,"severity_text":"INFO","time_unix_nano":5}"#
        )
        #expect(
            record.attributes == ["d": .double(1.0), "e": .double(1e-7), "i": .int(1), "n": .int(0), "z": .double(0)]
        )
        #expect(record.body == .null)
    }

    @Test func parsingDecodesEscapesAndSurrogatePairs() throws {
        let record = try JSONLinesDecoder.decode(
            #"{"body":"a\"\\\/\b\f\n\r\t\u0000\u001B\ud83d\ude00\u00e9","severity_number":1,"severity_text":"TRACE","time_unix_nano":0}"#
        )
        #expect(record.body == "a\"\\/\u{8}\u{C}\n\r\t\u{0}\u{1B}\u{1F600}\u{E9}")
    }
}
