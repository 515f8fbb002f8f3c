import DagstackCore
import Foundation
import Testing

@testable import DagstackLogger

/// Acceptance 5: the same logger calls on this binding and on the reference binding
/// (`dagstack-logger==0.2.0`) give the same dagstack JSON-lines, timestamps aside. Runs where
/// python3 with the reference is installed, and must run on CI (`CI=true`).
@Suite("Logger parity with the Python reference binding")
struct LoggerParityTests {
    /// The calls, as data both sides execute. Levels avoid per-logger TRACE, which the reference
    /// treats as "inherit" (its `_min_severity > 1` check); doubles avoid integral values, which
    /// JSON cannot tell from integers.
    static let scenario = #"""
        [
          {"configure": {"root_level": "DEBUG", "per_logger_levels": {"orders.db": "WARN"},
                         "resource": {"service.name": "orders", "service.version": "1.2.3", "host.cpus": 4,
                                      "deployment": {"env": "test", "zones": ["a", "b"]}}}},
          {"get": {"name": "orders.api", "version": "1.4.2"}, "as": "api"},
          {"get": {"name": ""}, "as": "root"},
          {"get": {"name": "orders.db"}, "as": "db"},
          {"get": {"name": "orders.db.pool", "version": "0.1"}, "as": "pool"},
          {"log": {"logger": "api", "method": "info", "body": "order placed",
                   "attributes": {"order.id": 1234, "amount": 99.95, "express": true, "note": null,
                                  "items": [{"sku": "A-1", "qty": 2}, {"sku": "B-7", "qty": 1}],
                                  "customer": {"name": "Zoë", "tier": "gold"}, "emoji": "\u2713 \u00e9"}}},
          {"child": {"of": "api", "attributes": {"request.id": "r-1", "user.id": "u-9", "shared": "bound"}},
           "as": "request"},
          {"log": {"logger": "request", "method": "warn", "body": "slow payment",
                   "attributes": {"shared": "call-site", "latency_ms": 1234.5}}},
          {"child": {"of": "request", "attributes": {"step": "charge"}}, "as": "step"},
          {"log": {"logger": "step", "method": "error", "body": "declined",
                   "attributes": {"api_key": "sk-live-123", "auth": {"session_token": "t", "scheme": "bearer"},
                                  "list": [{"db_password": "p"}, "plain"]}}},
          {"log": {"logger": "root", "method": "debug", "body": "root debug"}},
          {"log": {"logger": "db", "method": "info", "body": "dropped by the WARN level"}},
          {"log": {"logger": "pool", "method": "warn", "body": "pool exhausted", "attributes": {"size": 10}}},
          {"log": {"logger": "api", "method": "log", "severity_number": 10, "body": "notice-ish"}},
          {"log": {"logger": "api", "method": "trace", "body": "below the root level"}},
          {"log": {"logger": "api", "method": "fatal", "body": {"structured": ["body", 1]}}},
          {"log": {"logger": "api", "method": "info", "body": "in a span",
                   "traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                   "baggage": {"tenant.id": "acme", "request.id": "from-baggage", "other": "ignored"},
                   "attributes": {"request.id": "call-site-wins"}}}
        ]
        """#

    struct Step: Decodable {
        struct Configure: Decodable {
            var rootLevel: String
            var perLoggerLevels: [String: String]?
            var resource: [String: Value]?
            enum CodingKeys: String, CodingKey {
                case rootLevel = "root_level"
                case perLoggerLevels = "per_logger_levels"
                case resource
            }
        }
        struct Get: Decodable {
            var name: String
            var version: String?
        }
        struct Child: Decodable {
            var of: String
            var attributes: [String: Value]
        }
        struct Log: Decodable {
            var logger: String
            var method: String
            var severityNumber: Int?
            var body: Value
            var attributes: [String: Value]?
            var traceparent: String?
            var baggage: [String: String]?
            enum CodingKeys: String, CodingKey {
                case logger, method, body, attributes, traceparent, baggage
                case severityNumber = "severity_number"
            }
        }

        var configure: Configure?
        var get: Get?
        var child: Child?
        var log: Log?
        var `as`: String?
    }

    /// Runs the scenario on an isolated registry; returns the lines with zeroed timestamps.
    static func ours() throws -> [String] {
        let steps = try JSONDecoder().decode([Step].self, from: Data(scenario.utf8))
        let sink = InMemorySink(capacity: 10_000)
        let registry = LoggerRegistry(diagnostics: CapturedDiagnostics().channel)
        var handles: [String: Logger] = [:]
        for step in steps {
            if let configure = step.configure {
                try registry.configure(
                    rootLevel: configure.rootLevel,
                    sinks: [sink],
                    perLoggerLevels: configure.perLoggerLevels ?? [:],
                    resourceAttributes: configure.resource ?? [:]
                )
            } else if let get = step.get, let handle = step.as {
                handles[handle] = Logger.get(get.name, version: get.version, registry: registry)
            } else if let child = step.child, let handle = step.as {
                handles[handle] = try #require(handles[child.of]).child(attributes: child.attributes)
            } else if let log = step.log {
                let logger = try #require(handles[log.logger])
                let context = try log.traceparent.map { try TraceContext(traceparent: $0) }
                try withTraceContext(context) {
                    try withBaggage(log.baggage ?? [:]) { try call(logger, log) }
                }
            }
        }
        return sink.records().map { record in
            var normalised = record
            normalised.timeUnixNano = 0
            normalised.observedTimeUnixNano = nil
            var line: [UInt8] = []
            _ = JSONLinesEncoder.encode(normalised, into: &line)
            return String(decoding: line, as: UTF8.self)
        }
    }

    static func call(_ logger: Logger, _ log: Step.Log) throws {
        let attributes = log.attributes ?? [:]
        switch log.method {
        case "trace": logger.trace(log.body, attributes: attributes)
        case "debug": logger.debug(log.body, attributes: attributes)
        case "info": logger.info(log.body, attributes: attributes)
        case "warn": logger.warn(log.body, attributes: attributes)
        case "error": logger.error(log.body, attributes: attributes)
        case "fatal": logger.fatal(log.body, attributes: attributes)
        case "log": logger.log(severityNumber: try #require(log.severityNumber), log.body, attributes: attributes)
        default: Issue.record("unknown method \(log.method)")
        }
    }

    @Test func scenarioRunsAndFiltersByLevel() throws {
        let lines = try Self.ours()
        #expect(lines.count == 8)
        #expect(!lines.contains { $0.contains("dropped by the WARN level") || $0.contains("below the root level") })
    }

    @Test(
        .enabled(
            if: ReferenceBinding.isAvailable || ReferenceBinding.isCI,
            "needs python3 with dagstack-logger==0.2.0 (python3 -m pip install dagstack-logger==0.2.0)"
        )
    )
    func jsonLinesEqualTheReferenceApartFromTimestamps() throws {
        if let reason = ReferenceBinding.unavailableReason {
            Issue.record("CI=true but the reference binding is unavailable: \(reason)")
            return
        }
        let driver = try #require(
            Bundle.module.url(forResource: "reference_logger", withExtension: "py", subdirectory: "ParityDriver")
        )
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("dagstack-logger-parity-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let scenario = directory.appendingPathComponent("scenario.json")
        let output = directory.appendingPathComponent("reference.jsonl")
        try Data(Self.scenario.utf8).write(to: scenario)
        let result = try ReferenceBinding.run([driver.path, scenario.path, output.path])
        try #require(result.status == 0, "reference driver failed: \(result.standardError)")
        let theirs = try String(contentsOf: output, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { String($0) + "\n" }
        let ours = try Self.ours()
        #expect(ours.count == theirs.count)
        for (index, (mine, reference)) in zip(ours, theirs).enumerated() {
            #expect(mine == reference, "record \(index) differs")
        }
    }
}
