import DagstackBackend
import Logging
import Testing

struct MaskingTests {
    @Test
    func sensitiveValuesAreMaskedWhereverTheySit() throws {
        let pipeline = TestPipeline(includeCodeLocation: false)
        let email = "ada@example.com"
        var logger = pipeline.logger()
        logger[metadataKey: "handler.email"] = "\(email, attributes: [Sensitivity.sensitive])"
        logger.info(
            "signed up \(email)",
            metadata: [
                "email": "\(email, attributes: [Sensitivity.sensitive])",
                "phone": .attributed("+49 30 1234", attributes: [Sensitivity.sensitive]),
                "user": ["email": "\(email, attributes: [Sensitivity.sensitive])", "plan": "pro"],
                "contacts": ["\(email, attributes: [Sensitivity.sensitive])", "public@example.com"],
                "name": "\("Ada", attributes: [Sensitivity.public])",
                "mixed": "user \(email, attributes: [Sensitivity.sensitive]) on web",
            ]
        )
        let record = try #require(pipeline.onlyRecord)
        // The body is never masked or redacted.
        #expect(record.body == "signed up ada@example.com")
        #expect(
            record.attributes == [
                "code.namespace": "DagstackBackendTests",
                "handler.email": "***",
                "email": "***",
                "phone": "***",
                "user": ["email": "***", "plan": "pro"],
                "contacts": ["***", "public@example.com"],
                "name": "Ada",
                "mixed": "***",
            ]
        )
    }

    @Test
    func secretLookingKeysAreRedactedBeforeTheSink() throws {
        let pipeline = TestPipeline(includeCodeLocation: false)
        var logger = pipeline.logger()
        logger[metadataKey: "db_password"] = "hunter2"
        logger.info(
            "connect",
            metadata: [
                "api_key": "k-123",
                "Session_Token": .stringConvertible(12345),
                "client": ["name": "web", "client_secret": ["nested": "value"]],
                "attempts": [["auth_credentials": "basic x"], "plain"],
                "keyboard": "not a secret",
            ]
        )
        let record = try #require(pipeline.onlyRecord)
        #expect(
            record.attributes == [
                "code.namespace": "DagstackBackendTests",
                "db_password": "***",
                "api_key": "***",
                "Session_Token": "***",
                "client": ["name": "web", "client_secret": "***"],
                "attempts": [["auth_credentials": "***"], "plain"],
                "keyboard": "not a secret",
            ]
        )
    }

    @Test
    func extraSuffixesFromTheFactoryApply() throws {
        let sink = InMemorySink()
        let factory = DagstackLogHandler.factory(
            sinks: [sink],
            redaction: try RedactionConfig(extraSuffixes: ["_pin"]),
            includeCodeLocation: false
        )
        Logger(label: "x", factory: factory).info("m", metadata: ["card_pin": "1234", "api_key": "k"])
        #expect(sink.records().first?.attributes["card_pin"] == "***")
        #expect(sink.records().first?.attributes["api_key"] == "***")
    }
}
