import DagstackBackend
import Foundation
import Logging
import Testing

/// The service of ExistingService/, unchanged, run with the dagstack bootstrap swapped in for
/// `ShopApp.bootstrapLoggingAsBefore()`: its JSON-lines are exactly the expected records.
struct MigrationTests {
    /// One record per line as the FileSink wrote it, timestamps set to 0; nothing else is normalised.
    static let expectedLines = [
        #"{"attributes":{"code.namespace":"DagstackBackendMigrationTests","version":"1.4.2"},"body":"starting","instrumentation_scope":{"name":"shop"},"observed_time_unix_nano":0,"resource":{"attributes":{"service.name":"shop"}},"severity_number":9,"severity_text":"INFO","time_unix_nano":0}"#,
        #"{"attributes":{"code.namespace":"DagstackBackendMigrationTests","order":{"quantity":2,"sku":"A-1"},"request.id":"req-1","route":"POST /orders"},"body":"order received","instrumentation_scope":{"name":"shop.orders"},"observed_time_unix_nano":0,"resource":{"attributes":{"service.name":"shop"}},"severity_number":9,"severity_text":"INFO","time_unix_nano":0}"#,
        #"{"attributes":{"code.namespace":"DagstackBackendMigrationTests","component":"inventory","request.id":"req-1","sku":"A-1"},"body":"checking stock","instrumentation_scope":{"name":"shop.inventory"},"observed_time_unix_nano":0,"resource":{"attributes":{"service.name":"shop"}},"severity_number":5,"severity_text":"DEBUG","time_unix_nano":0}"#,
        #"{"attributes":{"code.namespace":"DagstackBackendMigrationTests","component":"inventory","quantity":2,"remaining":3,"request.id":"req-1","sku":"A-1"},"body":"reserved","instrumentation_scope":{"name":"shop.inventory"},"observed_time_unix_nano":0,"resource":{"attributes":{"service.name":"shop"}},"severity_number":9,"severity_text":"INFO","time_unix_nano":0}"#,
        #"{"attributes":{"amount_cents":1999,"card_token":"***","code.namespace":"DagstackBackendMigrationTests","currency":"EUR","request.id":"req-1","retry":false,"route":"POST /orders"},"body":"charging card","instrumentation_scope":{"name":"shop.orders"},"observed_time_unix_nano":0,"resource":{"attributes":{"service.name":"shop"}},"severity_number":9,"severity_text":"INFO","time_unix_nano":0}"#,
        #"{"attributes":{"amount":19.99,"code.namespace":"DagstackBackendMigrationTests","request.id":"req-1","route":"POST /orders"},"body":"order placed","instrumentation_scope":{"name":"shop.orders"},"observed_time_unix_nano":0,"resource":{"attributes":{"service.name":"shop"}},"severity_number":10,"severity_text":"INFO","time_unix_nano":0}"#,
        #"{"attributes":{"code.namespace":"DagstackBackendMigrationTests","order":{"quantity":3,"sku":"B-2"},"request.id":"req-2","route":"POST /orders"},"body":"order received","instrumentation_scope":{"name":"shop.orders"},"observed_time_unix_nano":0,"resource":{"attributes":{"service.name":"shop"}},"severity_number":9,"severity_text":"INFO","time_unix_nano":0}"#,
        #"{"attributes":{"code.namespace":"DagstackBackendMigrationTests","component":"inventory","request.id":"req-2","sku":"B-2"},"body":"checking stock","instrumentation_scope":{"name":"shop.inventory"},"observed_time_unix_nano":0,"resource":{"attributes":{"service.name":"shop"}},"severity_number":5,"severity_text":"DEBUG","time_unix_nano":0}"#,
        #"{"attributes":{"code.namespace":"DagstackBackendMigrationTests","exception.message":"only part of 3 x B-2 is in stock","exception.type":"DagstackBackendMigrationTests.InventoryError","request.id":"req-2","route":"POST /orders"},"body":"order failed","instrumentation_scope":{"name":"shop.orders"},"observed_time_unix_nano":0,"resource":{"attributes":{"service.name":"shop"}},"severity_number":17,"severity_text":"ERROR","time_unix_nano":0}"#,
        #"{"attributes":{"code.namespace":"DagstackBackendMigrationTests"},"body":"stopping","instrumentation_scope":{"name":"shop"},"observed_time_unix_nano":0,"resource":{"attributes":{"service.name":"shop"}},"severity_number":9,"severity_text":"INFO","time_unix_nano":0}"#,
    ]

    @Test
    func theExistingServiceWritesTheExpectedRecords() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("dagstack-migration-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("shop.jsonl").path

        await #expect(processExitsWith: .success) { [path = path as String] in
            // The one line that changed: the bootstrap.
            try DagstackBackend.bootstrap(
                rootLevel: "DEBUG",
                sinks: [try FileSink(path: path)],
                resourceAttributes: ["service.name": "shop"],
                includeCodeLocation: false,
                metadataProvider: RequestContext.metadataProvider
            )
            await ShopApp.run()
            #expect(DagstackBackend.shutdown().success)
        }

        let written = try String(contentsOfFile: path, encoding: .utf8)
        let lines = written.split(separator: "\n").map { Self.zeroingTimestamps(String($0)) }
        #expect(written.hasSuffix("\n"))
        #expect(lines.count == Self.expectedLines.count)
        for (line, expected) in zip(lines, Self.expectedLines) {
            #expect(line == expected)
        }
    }

    /// `line` with the values of `time_unix_nano` and `observed_time_unix_nano` replaced by 0.
    static func zeroingTimestamps(_ line: String) -> String {
        line.replacing(/"(observed_)?time_unix_nano":[0-9]+/) { match in
            "\"\(match.output.1 ?? "")time_unix_nano\":0"
        }
    }

    @Test
    func aMainSwiftImportingLoggingAndDagstackBackendWorks() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("dagstack-main-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("main.jsonl").path

        // No explicit shutdown: the exit hook of installShutdownHandlers flushes.
        await #expect(processExitsWith: .success) { [path = path as String] in
            try MainSwiftStyle.main(logFile: path)
        }

        let records = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            .map { try JSONLinesDecoder.decode(String($0)) }
        #expect(records.map(\.body) == ["started", "handler"])
        #expect(records.last?.attributes["type"] == "DagstackLogHandler")
        #expect(records.first?.attributes["pid"] == .int(42))
    }
}
