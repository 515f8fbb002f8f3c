import Foundation
import Testing

@testable import DagstackCore

@Suite("Reconfigure from a LoggingConfiguration")
struct ReconfigureFromConfigurationTests {
    @Test func unopenableFileLeavesTheOldConfigurationWorkingAndSaysWhy() throws {
        try withTemporaryDirectory { directory in
            let harness = RegistryHarness()
            let good = directory.appendingPathComponent("app.jsonl").path
            try harness.registry.configure(
                LoggingConfiguration(sinks: [
                    SinkConfiguration(id: "mem", type: "in-memory"),
                    SinkConfiguration(id: "main", type: "file", path: good),
                ]),
                environment: [:]
            )
            let memory = try #require(harness.registry.sink(configuredAs: "mem") as? InMemorySink)
            let missing = directory.appendingPathComponent("no/such/dir/app.jsonl").path
            let error = #expect(throws: ConfigurationError.self) {
                try harness.registry.reconfigure(
                    LoggingConfiguration(
                        level: "ERROR",
                        sinks: [
                            SinkConfiguration(id: "fresh", type: "in-memory", capacity: 7),
                            SinkConfiguration(id: "broken", type: "file", path: missing),
                        ]
                    ),
                    environment: [:]
                )
            }
            #expect(error?.code == .sinkUnavailable)
            #expect(error?.sinkID == "broken")
            #expect(error?.message.hasPrefix("file sink \"broken\" cannot open \(missing): ") == true)
            #expect(error?.message.hasSuffix("; the configuration was not changed") == true)
            #expect((error?.underlying as? FileSinkError)?.code == .missingDirectory)

            harness.emit("app", .info, "still here")
            #expect(memory.records().map(\.body) == ["still here"])
            #expect(harness.registry.policy(for: "app").minSeverity == .info)
            #expect(harness.registry.sink(configuredAs: "fresh") == nil)
            #expect(harness.registry.flush(timeout: .seconds(2)).success)
            let written = try String(contentsOfFile: good, encoding: .utf8)
            #expect(written.contains("\"body\":\"still here\""))
        }
    }

    @Test func sinksWithUnchangedSettingsAreReusedNotReopened() throws {
        try withTemporaryDirectory { directory in
            let harness = RegistryHarness()
            let path = directory.appendingPathComponent("app.jsonl").path
            let file = SinkConfiguration(id: "main", type: "file", path: path, maxBytes: 4096)
            try harness.registry.configure(LoggingConfiguration(sinks: [file]), environment: [:])
            let before = try #require(harness.registry.sink(configuredAs: "main") as? FileSink)
            var renamed = file
            renamed.id = "renamed"
            try harness.registry.reconfigure(LoggingConfiguration(level: "DEBUG", sinks: [renamed]), environment: [:])
            let after = try #require(harness.registry.sink(configuredAs: "renamed") as? FileSink)
            #expect(before === after)
            harness.emit("app", .debug, "written once")
            #expect(harness.registry.flush(timeout: .seconds(2)).success)
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 1)
        }
    }

    @Test func changedSettingsOpenANewSinkAndCloseTheOld() throws {
        let harness = RegistryHarness()
        try harness.registry.configure(
            LoggingConfiguration(sinks: [SinkConfiguration(id: "mem", type: "in-memory", capacity: 5)]),
            environment: [:]
        )
        let old = try #require(harness.registry.sink(configuredAs: "mem") as? InMemorySink)
        try harness.registry.reconfigure(
            LoggingConfiguration(sinks: [SinkConfiguration(id: "mem", type: "in-memory", capacity: 6)]),
            environment: [:]
        )
        let new = try #require(harness.registry.sink(configuredAs: "mem") as? InMemorySink)
        #expect(old !== new)
        harness.emit("app")
        #expect(new.records().count == 1)
        #expect(old.records().isEmpty)
    }

    @Test func loggersWithOwnSinksRouteTheirSubtreeAndTheRestGoesToTheRoot() throws {
        let harness = RegistryHarness()
        try harness.registry.configure(
            LoggingConfiguration(
                loggers: ["audit": LoggerConfiguration(level: "DEBUG", sinks: ["audit-mem"])],
                sinks: [
                    SinkConfiguration(id: "main", type: "in-memory"),
                    SinkConfiguration(id: "audit-mem", type: "in-memory"),
                    SinkConfiguration(id: "off", type: "in-memory", enabled: false),
                ]
            ),
            environment: [:]
        )
        let main = try #require(harness.registry.sink(configuredAs: "main") as? InMemorySink)
        let audit = try #require(harness.registry.sink(configuredAs: "audit-mem") as? InMemorySink)
        #expect(harness.registry.sink(configuredAs: "off") == nil)
        harness.emit("audit.login", .debug, "audit")
        harness.emit("app", .info, "app")
        harness.emit("app", .debug, "filtered")
        #expect(audit.records().map(\.body) == ["audit"])
        #expect(main.records().map(\.body) == ["app"])
    }

    @Test func rootLoggerEntryChoosesTheRootSinks() throws {
        let harness = RegistryHarness()
        try harness.registry.configure(
            LoggingConfiguration(
                loggers: ["": LoggerConfiguration(level: "WARN", sinks: ["a"])],
                sinks: [SinkConfiguration(id: "a", type: "in-memory"), SinkConfiguration(id: "b", type: "in-memory")]
            ),
            environment: [:]
        )
        let a = try #require(harness.registry.sink(configuredAs: "a") as? InMemorySink)
        let b = try #require(harness.registry.sink(configuredAs: "b") as? InMemorySink)
        harness.emit("x", .warn)
        harness.emit("x", .info)
        #expect(a.records().count == 1)
        #expect(b.records().isEmpty)
    }

    @Test func afterShutdownAReconfigurationOpensFreshSinks() throws {
        let harness = RegistryHarness()
        let configuration = LoggingConfiguration(sinks: [SinkConfiguration(id: "mem", type: "in-memory")])
        try harness.registry.configure(configuration, environment: [:])
        let first = try #require(harness.registry.sink(configuredAs: "mem") as? InMemorySink)
        harness.registry.shutdown(timeout: .seconds(1))
        try harness.registry.reconfigure(configuration, environment: [:])
        let second = try #require(harness.registry.sink(configuredAs: "mem") as? InMemorySink)
        #expect(first !== second)
        harness.emit("app")
        #expect(second.records().count == 1)
    }
}
