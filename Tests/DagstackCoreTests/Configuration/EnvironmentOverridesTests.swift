import Testing

@testable import DagstackCore

@Suite("Environment over the configuration")
struct EnvironmentOverridesTests {
    @Test func logLevelOverridesTheConfiguredRootLevel() throws {
        let harness = RegistryHarness()
        try harness.registry.configure(LoggingConfiguration(level: "INFO"), environment: ["LOG_LEVEL": "debug"])
        #expect(harness.registry.policy(for: "any").minSeverity == .debug)
    }

    @Test(arguments: [
        ("LOG_LEVEL_HTTPX", "httpx.client", 17),
        ("LOG_LEVEL_httpx_CLIENT", "httpx.client", 17),
        ("LOG_LEVEL_HTTPX_CLIENT", "httpx.client.pool", 17),
        ("LOG_LEVEL_HTTPX_CLIENT", "httpx", 9),
        ("LOG_LEVEL_HTTPX_CLIENT", "httpx_client", 17),
    ])
    func perLoggerLevelsMatchCaseInsensitivelyWithDotsAsUnderscores(
        variable: String,
        name: String,
        expected: Int
    )
        throws
    {
        let harness = RegistryHarness()
        try harness.registry.configure(LoggingConfiguration(level: "INFO"), environment: [variable: "ERROR"])
        #expect(harness.registry.policy(for: name).minSeverity.number == expected)
    }

    @Test func environmentLevelBeatsTheConfiguredLevelOfTheSameLogger() throws {
        let harness = RegistryHarness()
        try harness.registry.configure(
            LoggingConfiguration(loggers: ["db": LoggerConfiguration(level: "DEBUG"), "db.pool": "TRACE"]),
            environment: ["LOG_LEVEL_DB": "WARN"]
        )
        #expect(harness.registry.policy(for: "db").minSeverity == .warn)
        #expect(harness.registry.policy(for: "db.pool").minSeverity == .trace)
    }

    @Test func resourceComesFromOtelVariablesOverTheConfiguration() throws {
        let harness = RegistryHarness()
        try harness.registry.configure(
            LoggingConfiguration(resource: ["service.name": "configured", "team": "core"]),
            environment: [
                "OTEL_RESOURCE_ATTRIBUTES": "deployment.environment=prod, service.name=from-attrs,note=a%2Cb%3Dc%20d",
                "OTEL_SERVICE_NAME": "orders",
            ]
        )
        #expect(
            harness.registry.policy(for: "x").resource?.attributes == [
                "service.name": "orders", "team": "core", "deployment.environment": "prod", "note": "a,b=c d",
            ]
        )
    }

    @Test func badEnvironmentValuesAreReportedAndIgnored() throws {
        let harness = RegistryHarness()
        try harness.registry.configure(
            LoggingConfiguration(level: "WARN"),
            environment: [
                "LOG_LEVEL": "LOUD",
                "LOG_LEVEL_DB": "99",
                "OTEL_RESOURCE_ATTRIBUTES": "good=1,novalue,=empty,bad=%zz",
                "OTEL_SERVICE_NAME": "",
            ]
        )
        #expect(harness.registry.policy(for: "db").minSeverity == .warn)
        #expect(harness.registry.policy(for: "x").resource?.attributes == ["good": "1"])
        let expected = [
            "environment variable LOG_LEVEL is not a level and is ignored: unknown severity name \\\"LOUD\\\"",
            "environment variable LOG_LEVEL_DB is not a level and is ignored: severity number 99 is outside 1...24",
            "environment variable OTEL_RESOURCE_ATTRIBUTES entry 1 \\\"novalue\\\" has no '='; it is ignored",
            "environment variable OTEL_RESOURCE_ATTRIBUTES entry 2 \\\"=empty\\\" has an empty or badly encoded key",
            "environment variable OTEL_RESOURCE_ATTRIBUTES entry 3 \\\"bad=%zz\\\" has a badly percent-encoded value",
            "environment variable OTEL_SERVICE_NAME is empty; it is ignored",
        ]
        for text in expected {
            #expect(harness.diagnostics.contains(text), "missing diagnostic: \(text)")
        }
    }

    @Test(arguments: [("plain", "plain"), ("a%20b", "a b"), ("%E2%9C%93", "✓"), ("100%25", "100%")])
    func percentDecodingDecodesUTF8(encoded: String, decoded: String) {
        #expect(PercentDecoding.decode(encoded) == decoded)
    }

    @Test(arguments: ["%", "%4", "%g0", "%ff"])
    func percentDecodingRejectsBadEscapes(encoded: String) {
        #expect(PercentDecoding.decode(encoded) == nil)
    }
}
