import DagstackCore
import Foundation
import Glibc
import Testing

/// Random and mutated byte strings through the JSON-lines parser and `dagstack-log canonicalize`:
/// never a crash or a hang, and whatever parses re-encodes to a canonical line that parses to the
/// same record. Bounded loops with fixed seeds, so a failure reproduces.
struct ParserFuzzTests {
    static var seedLines: [[UInt8]] {
        HostileInputTests.cases.map { body, key, value in
            var record = HostileInputTests.record(body: body, key: key, value: value)
            record.traceID = TraceID(high: 0x0102_0304_0506_0708, low: 0x090A_0B0C_0D0E_0F10)
            record.spanID = SpanID(0x0102_0304_0506_0708)
            record.traceFlags = 1
            record.attributes["int"] = .int(-9_223_372_036_854_775_808)
            record.attributes["double"] = .double(1e-7)
            record.attributes["flag"] = .bool(true)
            record.attributes["empty"] = .array([])
            return Array(JSONLinesEncoder.line(for: record).utf8.dropLast())
        }
    }

    @Test(arguments: [1 as UInt64, 2, 3, 4])
    func mutatedAndRandomLinesNeverCrashTheDecoderAndWhatParsesRoundtrips(seed: UInt64) {
        var fuzzer = Fuzzer(seed: seed, seeds: Self.seedLines)
        var accepted = 0
        for _ in 0..<5_000 {
            let input = fuzzer.next()
            guard let record = try? JSONLinesDecoder.decode(input) else { continue }
            accepted += 1
            let canonical = JSONLinesEncoder.line(for: record)
            let again = try? JSONLinesDecoder.decode(String(canonical.dropLast()))
            #expect(again == record, "input: \(input)")
            #expect(again.map(JSONLinesEncoder.line(for:)) == canonical)
        }
        // The mutations stay close enough to records for some to parse, and far enough for most not.
        #expect(accepted > 0 && accepted < 5_000)
    }

    @Test(arguments: [1_000, 100_000])
    func deepNestingIsRejectedWithoutExhaustingTheStack(depth: Int) {
        for (open, close) in [("[", "]"), ("{\"k\":", "}")] {
            let value = String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
            let line =
                "{\"attributes\":{\"a\":\(value)},\"body\":\"b\",\"severity_number\":9,"
                + "\"severity_text\":\"INFO\",\"time_unix_nano\":1}"
            #expect(throws: WireDecodingError.self) { try JSONLinesDecoder.decode(line) }
        }
    }

    @Test(arguments: [1 as UInt64, 2])
    func canonicalizeSurvivesAFuzzedFileAgreesWithTheDecoderAndEscapesItsErrors(seed: UInt64) async throws {
        var fuzzer = Fuzzer(seed: seed &+ 100, seeds: Self.seedLines)
        let lines = (0..<2_000).map { _ in fuzzer.next() }
        let expected = lines.compactMap { try? JSONLinesDecoder.decode($0) }.map(JSONLinesEncoder.line(for:))
        let input = Data(lines.flatMap { $0 + [0x0A] })
        let outcome = try await offThePool {
            try CLIProcess.run(["canonicalize", "-"], input: input, timeout: .seconds(60))
        }
        #expect(!outcome.timedOut)
        #expect(outcome.status == (expected.count == lines.count ? 0 : 1))
        #expect(String(decoding: outcome.standardOutput, as: UTF8.self) == expected.joined())
        let errors = outcome.standardError.split(separator: 0x0A, omittingEmptySubsequences: true)
        #expect(errors.count == lines.count - expected.count)
        #expect(errors.allSatisfy { $0.starts(with: Array("<stdin>:".utf8)) })
        // An error message quotes nothing raw that a terminal would act on.
        #expect(HostileInputTests.unsafeTerminalBytes(in: outcome.standardError.filter { $0 != 0x0A }).isEmpty)
    }

    @Test
    func canonicalizeReadsAVeryLongLineInLinearTime() async throws {
        // 16 MiB without a line break, then one valid record: the reader must not rescan the
        // buffer from the start on every chunk (that took minutes).
        var input = [UInt8](repeating: UInt8(ascii: "a"), count: 16 << 20)
        input.append(0x0A)
        input += Array(JSONLinesEncoder.line(for: LogRecord(timeUnixNano: 1, severity: .info, body: "ok")).utf8)
        let data = Data(input)
        let outcome = try await offThePool {
            try CLIProcess.run(["canonicalize", "-"], input: data, timeout: .seconds(60))
        }
        #expect(!outcome.timedOut)
        #expect(outcome.status == 1)
        #expect(String(decoding: outcome.standardOutput, as: UTF8.self).contains("\"body\":\"ok\""))
    }
}
