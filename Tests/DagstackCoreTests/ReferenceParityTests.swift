import DagstackTestSupport
import Foundation
import Testing

@testable import DagstackCore

@Suite("Byte parity with the Python reference binding")
struct ReferenceParityTests {
    /// Records per run; `DAGSTACK_PARITY_RECORDS` raises it for a deeper local search.
    static let recordCount = ProcessInfo.processInfo.environment["DAGSTACK_PARITY_RECORDS"].flatMap { Int($0) } ?? 2_500
    /// The generator seed; `DAGSTACK_PARITY_SEED` explores other records.
    static let seed = ProcessInfo.processInfo.environment["DAGSTACK_PARITY_SEED"].flatMap { UInt64($0) } ?? 0xDA65_7ACC

    @Test(
        .enabled(
            if: ReferenceBinding.isAvailable || ReferenceBinding.isCI,
            "needs python3 with dagstack-logger==0.2.0 (python3 -m pip install dagstack-logger==0.2.0)"
        )
    )
    func jsonLinesAreByteIdenticalToTheReference() throws {
        var generator = RecordGenerator(seed: Self.seed)
        let records = (0..<Self.recordCount).map { _ in generator.record() }
        #expect(GeneratorCoverage(records).missing == [], "the generated records must cover every required feature")
        // The reference cannot write these (ValueError, record lost); ours follow SPEC §3.1 instead,
        // asserted in NonFiniteDoubleTests. Here we only confirm the reference does fail.
        let nonFinite = [Double.nan, .infinity, -.infinity].map { value in
            LogRecord(timeUnixNano: 1, severity: .info, body: "x", attributes: ["v": .double(value)])
        }
        guard let referenceLines = try Self.referenceLines(for: records + nonFinite) else { return }
        for line in referenceLines.suffix(nonFinite.count) {
            #expect(String(decoding: line, as: UTF8.self).hasPrefix("!ERROR ValueError"))
        }
        Self.expectSameBytes(records, referenceLines)
    }

    @Test(
        .enabled(
            if: ReferenceBinding.isAvailable || ReferenceBinding.isCI,
            "needs python3 with dagstack-logger==0.2.0 (python3 -m pip install dagstack-logger==0.2.0)"
        )
    )
    func doublesOfEveryMagnitudeAreByteIdenticalToTheReference() throws {
        // Around every power of ten and every binary exponent, a few ulps either side.
        var doubles: [Double] = []
        for exponent in -323...308 {
            guard let decade = Double("1e\(exponent)") else { continue }
            var (up, down) = (decade, decade)
            for _ in 0..<4 {
                doubles += [up, -down]
                (up, down) = (up.nextUp, down.nextDown)
            }
        }
        var random = SplitMix64(seed: 17)
        for binaryExponent in -1074...1023 {
            let significand = 1 + Double(random.next() >> 12) / Double(1 << 52)
            doubles.append(Double(sign: .plus, exponent: binaryExponent, significand: significand))
        }
        let records = stride(from: 0, to: doubles.count, by: 100).map { start in
            LogRecord(
                timeUnixNano: UInt64(start),
                severity: .debug,
                body: .array(doubles[start..<min(start + 100, doubles.count)].map(Value.double))
            )
        }
        guard let referenceLines = try Self.referenceLines(for: records) else { return }
        Self.expectSameBytes(records, referenceLines)
    }

    /// The reference's line (with LF) for each record, or `nil` after recording why it is unavailable.
    static func referenceLines(for records: [LogRecord]) throws -> [[UInt8]]? {
        if let reason = ReferenceBinding.unavailableReason {
            Issue.record("CI=true but the reference binding is unavailable: \(reason)")
            return nil
        }
        let driver = try #require(
            Bundle.module.url(forResource: "reference_wire", withExtension: "py", subdirectory: "ParityDriver")
        )
        let lines = try withTemporaryDirectory { directory in
            let input = directory.appendingPathComponent("records.jsonl")
            let output = directory.appendingPathComponent("reference.jsonl")
            let descriptions = records.map(NeutralDescription.describe).joined(separator: "\n") + "\n"
            try Data(descriptions.utf8).write(to: input)
            let result = try ReferenceBinding.run([driver.path, input.path, output.path])
            try #require(result.status == 0, "reference driver failed: \(result.standardError)")
            return try Data(contentsOf: output).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                .dropLast()
                .map { Array($0) + [UInt8(ascii: "\n")] }
        }
        try #require(lines.count == records.count)
        return lines
    }

    /// Expects our line to equal the reference's for each record; reports the first difference.
    static func expectSameBytes(_ records: [LogRecord], _ referenceLines: [[UInt8]]) {
        for (index, record) in records.enumerated() {
            var ours: [UInt8] = []
            let outcome = JSONLinesEncoder.encode(record, into: &ours)
            #expect(outcome.nonFiniteDoubles == 0)
            let theirs = referenceLines[index]
            if ours != theirs {
                let offset =
                    zip(ours, theirs).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                    ?? min(ours.count, theirs.count)
                Issue.record(
                    """
                    record \(index) differs from the reference at byte \(offset)
                    description: \(NeutralDescription.describe(record))
                    ours:   \(String(decoding: ours, as: UTF8.self))
                    theirs: \(String(decoding: theirs, as: UTF8.self))
                    """
                )
                return
            }
        }
    }
}
