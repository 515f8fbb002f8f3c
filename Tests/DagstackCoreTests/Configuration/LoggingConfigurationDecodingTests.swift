import Foundation
import Testing

@testable import DagstackCore

@Suite("LoggingConfiguration: decoding from JSON")
struct LoggingConfigurationDecodingTests {
    static func decode(_ json: String) throws -> LoggingConfiguration {
        try JSONDecoder().decode(LoggingConfiguration.self, from: Data(json.utf8))
    }

    /// The `debugDescription` of the decoding error `json` raises.
    static func decodingFailure(_ json: String) -> String? {
        do {
            _ = try decode(json)
            return nil
        } catch let DecodingError.dataCorrupted(context) {
            return context.debugDescription
        } catch let DecodingError.typeMismatch(_, context) {
            return context.debugDescription
        } catch let DecodingError.keyNotFound(key, _) {
            return "missing \(key.stringValue)"
        } catch {
            return "\(error)"
        }
    }

    @Test func fullSectionDecodes() throws {
        let configuration = try Self.decode(
            """
            {"level": "debug",
             "resource": {"service.name": "orders", "service.instance": 3, "ratio": 0.5, "on": true},
             "loggers": {"httpx": "WARN", "db": 13, "audit": {"level": "INFO", "sinks": ["audit-file"]}},
             "sinks": [
               {"id": "console", "type": "console", "mode": "json", "min_severity": "INFO"},
               {"id": "audit-file", "type": "file", "path": "/tmp/audit.jsonl", "max_bytes": 1024, "keep": 2,
                "enabled": false},
               {"id": "mem", "type": "in-memory", "capacity": 10, "min_severity": 5}
             ],
             "redaction": {"extra_suffixes": ["_pin"], "replace_defaults": false},
             "auto_inject_trace_context": false}
            """
        )
        #expect(configuration.level == "debug")
        #expect(configuration.resource == ["service.name": "orders", "service.instance": 3, "ratio": 0.5, "on": true])
        #expect(configuration.loggers["httpx"] == LoggerConfiguration(level: "WARN"))
        #expect(configuration.loggers["db"] == LoggerConfiguration(level: "13"))
        #expect(configuration.loggers["audit"] == LoggerConfiguration(level: "INFO", sinks: ["audit-file"]))
        #expect(
            configuration.sinks == [
                SinkConfiguration(id: "console", type: "console", mode: "json", minSeverity: "INFO"),
                SinkConfiguration(
                    id: "audit-file",
                    type: "file",
                    path: "/tmp/audit.jsonl",
                    maxBytes: 1024,
                    keep: 2,
                    enabled: false
                ),
                SinkConfiguration(id: "mem", type: "in-memory", minSeverity: "5", capacity: 10),
            ]
        )
        #expect(configuration.redaction == RedactionSettings(extraSuffixes: ["_pin"]))
        #expect(configuration.autoInjectTraceContext == false)
    }

    @Test func emptySectionMeansDefaults() throws {
        #expect(try Self.decode("{}") == LoggingConfiguration())
    }

    @Test func encodingRoundTrips() throws {
        let configuration = LoggingConfiguration(
            level: "WARN",
            resource: ["service.name": "x", "nested": ["a": [1, 2.5, nil]]],
            loggers: ["a": LoggerConfiguration(level: "DEBUG", sinks: ["m"])],
            sinks: [SinkConfiguration(id: "m", type: "in-memory", capacity: 5)],
            redaction: RedactionSettings(extraSuffixes: ["_x"], replaceDefaults: true),
            autoInjectTraceContext: true
        )
        let data = try JSONEncoder().encode(configuration)
        #expect(try JSONDecoder().decode(LoggingConfiguration.self, from: data) == configuration)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"auto_inject_trace_context\""))
        #expect(text.contains("\"extra_suffixes\""))
    }

    @Test(arguments: [
        (
            #"{"levle": "INFO"}"#,
            "unknown logging key \"levle\"; expected one of auto_inject_trace_context, level, loggers, redaction, "
                + "resource, sinks"
        ),
        (
            #"{"sinks": [{"id": "f", "type": "file", "max_byte": 1}]}"#,
            "unknown sink key \"max_byte\"; expected one of capacity, enabled, id, keep, max_bytes, min_severity, "
                + "mode, path, type"
        ),
        (
            #"{"redaction": {"suffixes": []}}"#,
            "unknown redaction key \"suffixes\"; expected one of extra_suffixes, replace_defaults"
        ),
        (#"{"loggers": {"a": {"lvl": "INFO"}}}"#, "unknown logger key \"lvl\"; expected one of level, sinks"),
        (
            #"{"loggers": {"a": [1]}}"#,
            "a logger entry must be a level (\"DEBUG\", 5) or an object with \"level\" and \"sinks\""
        ),
        (#"{"level": true}"#, "a level must be a name such as \"INFO\" or a number from 1 to 24"),
        (#"{"sinks": [{"type": "console"}]}"#, "missing id"),
    ])
    func malformedDocumentsFailWithSpecificMessages(json: String, message: String) {
        #expect(Self.decodingFailure(json) == message)
    }
}
