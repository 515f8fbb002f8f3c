import DagstackCore
import Foundation
import Testing

@testable import DagstackLogger

/// `trace_context_propagation.json`: every case runs. Auto-inject cases use the ambient
/// (task-local) context; explicit-ctx cases (`use_ctx_variant`) use ``Logger/withContext(_:)``,
/// this binding's form of the Go binding's `InfoCtx(ctx, …)`.
@Suite("Conformance: trace_context_propagation.json")
struct TraceContextFixtureTests {
    struct Document: Decodable {
        var sampleTraceID: String
        var sampleSpanID: String
        var sampleTraceFlags: UInt8
        var cases: [Case]

        enum CodingKeys: String, CodingKey {
            case sampleTraceID = "_sample_trace_id"
            case sampleSpanID = "_sample_span_id"
            case sampleTraceFlags = "_sample_trace_flags"
            case cases
        }
    }

    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        struct Config: Decodable, Sendable {
            var autoInjectTraceContext: Bool
            enum CodingKeys: String, CodingKey { case autoInjectTraceContext = "auto_inject_trace_context" }
        }
        struct Emit: Decodable, Sendable {
            var method: String
            var useCtxVariant: Bool
            var viaWithoutContext: Bool?
            var body: String
            enum CodingKeys: String, CodingKey {
                case method, body
                case useCtxVariant = "use_ctx_variant"
                case viaWithoutContext = "via_without_context"
            }
        }
        struct Expected: Decodable, Sendable {
            var traceID: String?
            var spanID: String?
            var traceFlags: String?
            var fieldsAbsent: [String]?
            enum CodingKeys: String, CodingKey {
                case traceID = "trace_id"
                case spanID = "span_id"
                case traceFlags = "trace_flags"
                case fieldsAbsent = "fields_absent"
            }
        }

        var name: String
        var appliesToModes: [String]
        var config: Config
        var withActiveSpan: Bool
        var emit: Emit
        var expected: Expected

        enum CodingKeys: String, CodingKey {
            case name, config, emit, expected
            case appliesToModes = "applies_to_modes"
            case withActiveSpan = "with_active_span"
        }

        var testDescription: String { name }
    }

    static let document: Document? = try? JSONDecoder().decode(
        Document.self,
        from: Fixtures.data("trace_context_propagation.json")
    )

    @Test func fixtureLoadsWithCasesOfBothModes() throws {
        let document = try #require(Self.document)
        #expect(document.cases.contains { $0.appliesToModes.contains("auto-inject") })
        #expect(document.cases.contains { $0.appliesToModes.contains("explicit-ctx") })
    }

    @Test(arguments: Self.document?.cases ?? [])
    func caseProducesTheExpectedTraceFields(_ testCase: Case) throws {
        let document = try #require(Self.document)
        let sample = TraceContext(
            unchecked: try TraceID(hex: document.sampleTraceID),
            spanID: try SpanID(hex: document.sampleSpanID),
            flags: document.sampleTraceFlags
        )
        let test = try TestRegistry(autoInjectTraceContext: testCase.config.autoInjectTraceContext)
        var logger = test.logger("conformance")
        if testCase.emit.viaWithoutContext == true { logger = logger.withoutContext() }
        if testCase.emit.useCtxVariant { logger = logger.withContext(sample) }
        try #require(testCase.emit.method == "info")
        withTraceContext(testCase.withActiveSpan ? sample : nil) { logger.info(.string(testCase.emit.body)) }

        let record = try #require(test.sink.records().first)
        var line: [UInt8] = []
        _ = JSONLinesEncoder.encode(record, into: &line)
        let wire = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        for field in testCase.expected.fieldsAbsent ?? [] {
            #expect(wire[field] == nil, "\(field) must be absent")
        }
        if testCase.expected.traceID == "_sample_trace_id" {
            #expect(wire["trace_id"] as? String == document.sampleTraceID)
        }
        if testCase.expected.spanID == "_sample_span_id" {
            #expect(wire["span_id"] as? String == document.sampleSpanID)
        }
        if testCase.expected.traceFlags == "_sample_trace_flags" {
            #expect(wire["trace_flags"] as? Int == Int(document.sampleTraceFlags))
        }
        #expect(wire["body"] as? String == testCase.emit.body)
    }
}
