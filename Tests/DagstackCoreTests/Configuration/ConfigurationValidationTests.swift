import Testing

@testable import DagstackCore

@Suite("LoggingConfiguration: validation when applied")
struct ConfigurationValidationTests {
    static func failure(_ configuration: LoggingConfiguration) -> ConfigurationError? {
        let registry = LoggerRegistry(diagnostics: CapturedDiagnostics().channel)
        do {
            try registry.reconfigure(configuration, environment: [:])
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        (
            LoggingConfiguration(sinks: [SinkConfiguration(id: "s", type: "syslog")]),
            ConfigurationError.Code.unknownSinkType,
            "sink \"s\" has unknown type \"syslog\"; expected one of console, file, in-memory"
        ),
        (
            LoggingConfiguration(sinks: [SinkConfiguration(id: "f", type: "file")]),
            .missingSinkParameter,
            "file sink \"f\" has no path; set \"path\" to the file to write"
        ),
        (
            LoggingConfiguration(sinks: [SinkConfiguration(id: "", type: "console")]),
            .missingSinkParameter,
            "a sink of type \"console\" has an empty id; give every sink a unique id"
        ),
        (
            LoggingConfiguration(sinks: [
                SinkConfiguration(id: "m", type: "in-memory"), SinkConfiguration(id: "m", type: "console"),
            ]),
            .duplicateSinkID,
            "two sinks have the id \"m\"; give every sink a unique id"
        ),
        (
            LoggingConfiguration(
                loggers: ["audit": LoggerConfiguration(sinks: ["audit-file"])],
                sinks: [SinkConfiguration(id: "m", type: "in-memory")]
            ),
            .unknownSinkID,
            "logger \"audit\" names sink \"audit-file\", which is not in sinks; known ids: m"
        ),
        (
            LoggingConfiguration(loggers: ["": LoggerConfiguration(sinks: ["x"])]),
            .unknownSinkID,
            "the root logger names sink \"x\", which is not in sinks; known ids: none"
        ),
        (
            LoggingConfiguration(level: "LOUD"),
            .invalidLevel,
            "logging.level: unknown severity name \"LOUD\"; expected one of TRACE, DEBUG, INFO, WARN, WARNING, "
                + "ERROR, FATAL, CRITICAL (any case) or a number from 1 to 24"
        ),
        (
            LoggingConfiguration(loggers: ["db": LoggerConfiguration(level: "0")]),
            .invalidLevel,
            "level of logger \"db\": severity number 0 is outside 1...24; use a number from 1 (TRACE) to 24 (FATAL)"
        ),
        (
            LoggingConfiguration(sinks: [SinkConfiguration(id: "c", type: "console", minSeverity: "NOISY")]),
            .invalidLevel,
            "min_severity of sink \"c\": unknown severity name \"NOISY\"; expected one of TRACE, DEBUG, INFO, "
                + "WARN, WARNING, ERROR, FATAL, CRITICAL (any case) or a number from 1 to 24"
        ),
        (
            LoggingConfiguration(sinks: [SinkConfiguration(id: "c", type: "console", mode: "fancy")]),
            .invalidSinkParameter,
            "sink \"c\" has unknown mode \"fancy\"; expected one of auto, pretty, json"
        ),
        (
            LoggingConfiguration(sinks: [SinkConfiguration(id: "m", type: "in-memory", mode: "json")]),
            .invalidSinkParameter,
            "sink \"m\" has \"mode\", which only console sinks take"
        ),
        (
            LoggingConfiguration(sinks: [SinkConfiguration(id: "c", type: "console", path: "/tmp/x")]),
            .invalidSinkParameter,
            "sink \"c\" has \"path\", which only file sinks take"
        ),
        (
            LoggingConfiguration(sinks: [SinkConfiguration(id: "c", type: "console", keep: 1)]),
            .invalidSinkParameter,
            "sink \"c\" has \"max_bytes\" or \"keep\", which only file sinks take"
        ),
        (
            LoggingConfiguration(sinks: [SinkConfiguration(id: "f", type: "file", path: "/tmp/x", keep: -1)]),
            .invalidSinkParameter,
            "sink \"f\" has keep -1; keep must be 0 or more"
        ),
        (
            LoggingConfiguration(sinks: [SinkConfiguration(id: "c", type: "console", capacity: 3)]),
            .invalidSinkParameter,
            "sink \"c\" has \"capacity\", which only in-memory sinks take"
        ),
        (
            LoggingConfiguration(sinks: [SinkConfiguration(id: "m", type: "in-memory", capacity: 0)]),
            .invalidSinkParameter,
            "sink \"m\" has capacity 0; capacity must be 1 or more"
        ),
        (
            LoggingConfiguration(redaction: RedactionSettings(extraSuffixes: ["_PIN"])),
            .invalidRedaction,
            "redaction.extra_suffixes must be lowercase ASCII: \"_PIN\" (entry 0); keys are lower-cased before "
                + "matching, so write \"_pin\""
        ),
        (
            LoggingConfiguration(redaction: RedactionSettings(extraSuffixes: [""])),
            .invalidRedaction,
            "redaction.extra_suffixes contains an empty string (entry 0); remove it"
        ),
    ])
    func invalidConfigurationsFailWithSpecificMessages(
        configuration: LoggingConfiguration,
        code: ConfigurationError.Code,
        message: String
    ) {
        let error = Self.failure(configuration)
        #expect(error?.code == code)
        #expect(error?.message == message)
    }
}
