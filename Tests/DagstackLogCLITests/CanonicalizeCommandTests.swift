import DagstackCore
import Foundation
import Testing

struct CanonicalizeCommandTests {
    /// The reference binding's corpus, from DagstackCoreTests' fixtures (where `make_corpus.py`
    /// writes it), so the two targets cannot drift apart.
    static func corpus() throws -> Data {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return try Data(
            contentsOf: tests.appendingPathComponent("DagstackCoreTests/Fixtures/dagstack_jsonl_corpus.jsonl")
        )
    }

    @Test func canonicalCorpusComesBackByteForByte() throws {
        let corpus = try Self.corpus()
        let directory = try TemporaryDirectory()
        let file = directory.file("corpus.jsonl")
        try corpus.write(to: file)
        let fromFile = try CLIRunner.run(["canonicalize", file.path])
        #expect(fromFile.status == 0)
        #expect(fromFile.standardError.isEmpty)
        #expect(Data(fromFile.standardOutput.utf8) == corpus)
        let fromStdin = try CLIRunner.run(["canonicalize"], input: corpus)
        #expect(fromStdin.status == 0)
        #expect(Data(fromStdin.standardOutput.utf8) == corpus)
    }

    @Test func nonCanonicalSpellingsAreRewritten() throws {
        let input = """
            { "time_unix_nano": 1776592800000000000, "severity_text": "INFO", "severity_number": 9, "body": "x",
              "attributes": {"b": 1.50, "a": "\\u0041", "c": 1e2} }
            """.replacingOccurrences(of: "\n", with: " ") + "\n"
        let outcome = try CLIRunner.run(["canonicalize"], input: Data(input.utf8))
        #expect(outcome.status == 0)
        #expect(
            outcome.standardOutput
                == #"{"attributes":{"a":"A","b":1.5,"c":100.0},"body":"x","severity_number":9,"severity_text":"INFO","time_unix_nano":1776592800000000000}"#
                + "\n"
        )
    }

    @Test func badLinesAreReportedWithTheirNumbersAndTheRestContinue() throws {
        let good = #"{"body":"ok","severity_number":9,"severity_text":"INFO","time_unix_nano":1}"#
        let lines = [
            good,
            #"{"body":"bad","severity_number":30,"severity_text":"FATAL","time_unix_nano":1}"#,
            "not json",
            good,
            #"{"body":"x","severity_number":9,"severity_text":"WARN","time_unix_nano":1}"#,
            #"{"body":"x","severity_number":9,"severity_text":"INFO","time_unix_nano":1,"trace_id":"ABC"}"#,
        ]
        let directory = try TemporaryDirectory()
        let file = directory.file("mixed.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let outcome = try CLIRunner.run(["canonicalize", file.path])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput == good + "\n" + good + "\n")
        let reports = outcome.standardError.split(separator: "\n").map(String.init)
        try #require(reports.count == 4)
        let expectedPrefixes = [2, 3, 5, 6].map { "\(file.path):\($0): " }
        for (report, prefix) in zip(reports, expectedPrefixes) {
            #expect(report.hasPrefix(prefix), "\(report)")
        }
        #expect(reports[0].contains("severity"))
        #expect(reports[2].contains("severity_text"))
        #expect(reports[3].contains("trace_id"))
    }

    @Test func usageErrorsExitWithStatusTwo() throws {
        let outcome = try CLIRunner.run(["canonicalize", "--frobnicate"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("unknown option '--frobnicate'"))
        let help = try CLIRunner.run(["canonicalize", "--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.hasPrefix("usage: dagstack-log canonicalize"))
        let missing = try CLIRunner.run(["canonicalize", "/nonexistent/dir/file.jsonl"])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("cannot open '/nonexistent/dir/file.jsonl'"))
    }
}
