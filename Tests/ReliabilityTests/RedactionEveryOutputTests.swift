import DagstackCore
import DagstackLogger
import DagstackTestSupport
import Foundation
import Testing

/// No secret reaches any output: 10,000 random nested trees with secret-suffixed keys in mixed
/// case at any depth go through the native logger, child loggers' bound attributes and the
/// swift-log backend into a file, JSON and pretty consoles and an in-memory sink, while a failing
/// file sink keeps the internal channel busy; no token appears in any of them.
struct RedactionEveryOutputTests {
    static let records = 10_000

    /// What one output held: whether a token leaked, whether masks show, how many lines.
    struct Output: Sendable {
        var name: String
        var leaked: Bool
        var masked: Bool
        var lines: Int
    }

    struct Report: Sendable {
        var outputs: [Output] = []
        var tokensIssued = 0
        var diagnostics = 0
        var failingDropped = -1
        var delivered: [Int] = []
    }

    @Test
    func noTokenOfTenThousandRandomSecretTreesReachesAnyOutput() async throws {
        let report = try await offThePool(Self.run)
        #expect(report.tokensIssued >= 2 * Self.records)
        #expect(report.outputs.count == 5)
        for output in report.outputs {
            #expect(!output.leaked, "a token leaked into the \(output.name) output")
        }
        // Every output but the internal channel really carried the records, secrets masked.
        for output in report.outputs.prefix(4) {
            #expect(output.masked, "\(output.name) shows no mask")
            #expect(output.lines == Self.records, "\(output.name) line count")
        }
        #expect(report.diagnostics > 0)
        #expect(report.failingDropped == Self.records)
        #expect(report.delivered == [Self.records, Self.records, Self.records])
    }

    static func run() throws -> Report {
        let policy = try RedactionConfig(extraSuffixes: [SecretTreeGenerator.extraSuffix])
        return try withTemporaryDirectory { directory in
            let diagnostics = DiagnosticsCapture()
            let registry = LoggerRegistry(diagnostics: diagnostics.channel)
            let filePath = directory + "/app.jsonl"
            let doomed = directory + "/doomed"
            try FileManager.default.createDirectory(atPath: doomed, withIntermediateDirectories: false)
            let file = try FileSink(
                path: filePath,
                maxBytes: 1 << 20,
                keep: 50,
                minSeverity: .trace,
                fileMode: 0o600,
                delivery: DeliveryOptions(capacity: 1 << 16, overflow: .block),
                diagnostics: diagnostics.channel
            )
            let failing = try FileSink(
                path: doomed + "/app.jsonl",
                maxBytes: 0,
                keep: 1,
                minSeverity: .trace,
                fileMode: 0o600,
                delivery: DeliveryOptions(),
                diagnostics: diagnostics.channel
            )
            let jsonPipe = try CollectingPipe()
            let prettyPipe = try CollectingPipe()
            let console = ConsoleSink(
                mode: .json,
                stream: ConsoleStream(fileDescriptor: jsonPipe.writeEnd),
                minSeverity: .trace,
                delivery: DeliveryOptions(capacity: 1 << 16, overflow: .block),
                environment: [:],
                diagnostics: diagnostics.channel
            )
            let pretty = ConsoleSink(
                mode: .pretty,
                stream: ConsoleStream(fileDescriptor: prettyPipe.writeEnd),
                minSeverity: .trace,
                delivery: DeliveryOptions(capacity: 1 << 16, overflow: .block),
                environment: ["NO_COLOR": "1"],
                diagnostics: diagnostics.channel
            )
            let memory = InMemorySink(capacity: Self.records)
            try registry.configure(
                rootLevel: "TRACE",
                sinks: [file, failing, console, pretty, memory],
                redaction: policy
            )
            try FileManager.default.removeItem(atPath: doomed)

            var generator = SecretTreeGenerator(seed: 0x5EC2E7, policy: policy)
            let native = DagstackLogger.Logger.get("reliability.secrets", registry: registry)
            let facade = FacadeEmitter(label: "reliability.secrets.facade", registry: registry)
            for number in 0..<Self.records {
                let tree = generator.tree()
                switch number % 4 {
                case 0: native.info("record \(number)", attributes: tree)
                case 1: native.child(attributes: tree).warn("bound \(number)", attributes: generator.tree())
                case 2: facade.info("facade \(number)", metadata: tree)
                default: native.error(.map(["n": .int(Int64(number))]), attributes: tree)
                }
            }
            _ = registry.shutdown(timeout: .seconds(30))

            let token = SecretTreeGenerator.tokenPrefix
            var fileBytes: [UInt8] = []
            for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasPrefix("app.jsonl")
            {
                fileBytes += FileManager.default.contents(atPath: directory + "/" + name).map { [UInt8]($0) } ?? []
            }
            var memoryBytes: [UInt8] = []
            for record in memory.records() { _ = JSONLinesEncoder.encode(record, into: &memoryBytes) }
            let outputs: [(String, [UInt8])] = [
                ("file", fileBytes), ("console json", jsonPipe.finish()), ("console pretty", prettyPipe.finish()),
                ("in-memory records", memoryBytes), ("internal channel", diagnostics.all),
            ]
            var report = Report(tokensIssued: generator.tokensIssued, diagnostics: diagnostics.count)
            for (name, bytes) in outputs {
                report.outputs.append(
                    Output(
                        name: name,
                        leaked: bytes.containsText(token),
                        masked: bytes.containsText("\"***\"") || bytes.containsText("=***"),
                        lines: bytes.filter { $0 == 0x0A }.count
                    )
                )
            }
            report.failingDropped = failing.counters?.droppedSinkError ?? -1
            report.delivered = [file.counters, console.counters, pretty.counters].map { $0?.delivered ?? -1 }
            return report
        }
    }

    @Test
    func theBodyAndKeysWithoutASecretSuffixAreNotRedactedTheDocumentedLimits() throws {
        let registry = LoggerRegistry(diagnostics: DiagnosticsCapture().channel)
        let memory = InMemorySink()
        try registry.configure(rootLevel: "TRACE", sinks: [memory])
        DagstackLogger.Logger.get("limits", registry: registry)
            .info(
                "password=hunter2",
                attributes: [
                    "note": "db_password=hunter2", "db_password": "hunter2", "password": "hunter2",
                    "apiKey": "hunter2", "db_password_hint": "hunter2",
                ]
            )
        let record = try #require(memory.records().first)
        #expect(record.body == "password=hunter2")
        #expect(record.attributes["db_password"] == "***")
        // Keys are matched by suffix only and values are never inspected (SECURITY.md).
        for key in ["note", "password", "apiKey", "db_password_hint"] {
            #expect(record.attributes[key]?.description.contains("hunter2") == true, "\(key)")
        }
    }
}
