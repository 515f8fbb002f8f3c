import Foundation
import Testing

@testable import DagstackCore

@Suite("Byte parity with the Python reference binding")
struct ReferenceParityTests {
    static let recordCount = 2_500

    @Test(
        .enabled(
            if: ReferenceBinding.isAvailable || ReferenceBinding.isCI,
            "needs python3 with dagstack-logger==0.2.0 (python3 -m pip install dagstack-logger==0.2.0)"
        )
    )
    func jsonLinesAreByteIdenticalToTheReference() throws {
        if let reason = ReferenceBinding.unavailableReason {
            Issue.record("CI=true but the reference binding is unavailable: \(reason)")
            return
        }
        var generator = RecordGenerator(seed: 0xDA65_7ACC)
        let records = (0..<Self.recordCount).map { _ in generator.record() }
        // The reference cannot write these (ValueError, record lost); ours follow SPEC §3.1 instead,
        // asserted in NonFiniteDoubleTests. Here we only confirm the reference does fail.
        let nonFinite = [Double.nan, .infinity, -.infinity].map { value in
            LogRecord(timeUnixNano: 1, severity: .info, body: "x", attributes: ["v": .double(value)])
        }
        let driver = try #require(
            Bundle.module.url(forResource: "reference_wire", withExtension: "py", subdirectory: "ParityDriver")
        )
        let referenceLines = try withTemporaryDirectory { directory in
            let input = directory.appendingPathComponent("records.jsonl")
            let output = directory.appendingPathComponent("reference.jsonl")
            let descriptions = (records + nonFinite).map(NeutralDescription.describe).joined(separator: "\n") + "\n"
            try Data(descriptions.utf8).write(to: input)
            let result = try ReferenceBinding.run([driver.path, input.path, output.path])
            try #require(result.status == 0, "reference driver failed: \(result.standardError)")
            return try Data(contentsOf: output).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                .dropLast()
                .map { Array($0) + [UInt8(ascii: "\n")] }
        }
        try #require(referenceLines.count == records.count + nonFinite.count)
        for line in referenceLines.suffix(nonFinite.count) {
            #expect(String(decoding: line, as: UTF8.self).hasPrefix("!ERROR ValueError"))
        }

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
