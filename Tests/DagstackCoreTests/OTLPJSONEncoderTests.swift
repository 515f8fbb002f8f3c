import Testing

@testable import DagstackCore

@Suite("OTLP JSON encoder")
struct OTLPJSONEncoderTests {
    private func json(_ records: [LogRecord]) -> String {
        var buffer: [UInt8] = []
        OTLPJSONEncoder.encode(records, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    @Test func goldenRequestForAFullRecord() throws {
        let record = LogRecord(
            timeUnixNano: 1_776_592_800_123_456_789,
            observedTimeUnixNano: 1_776_592_800_223_456_789,
            severity: Severity(clamping: 10),
            body: "order placed",
            attributes: ["order.id": 42, "ok": true, "ratio": 0.5, "tags": ["a", 1], "nested": ["k": nil]],
            instrumentationScope: InstrumentationScope(name: "orders", version: "1.2.0", attributes: ["x": "y"]),
            resource: Resource(attributes: ["service.name": "order-service"]),
            traceID: try TraceID(hex: "4bf92f3577b34da6a3ce929d0e0e4736"),
            spanID: try SpanID(hex: "00f067aa0ba902b7"),
            traceFlags: 1
        )
        #expect(
            json([record])
                == #"{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"order-service"}}]},"#
                + #""scopeLogs":[{"scope":{"name":"orders","version":"1.2.0","attributes":[{"key":"x","value":{"stringValue":"y"}}]},"#
                + #""logRecords":[{"timeUnixNano":"1776592800123456789","observedTimeUnixNano":"1776592800223456789","#
                + #""severityNumber":10,"severityText":"INFO","body":{"stringValue":"order placed"},"attributes":["#
                + #"{"key":"nested","value":{"kvlistValue":{"values":[{"key":"k","value":{}}]}}},"#
                + #"{"key":"ok","value":{"boolValue":true}},{"key":"order.id","value":{"intValue":"42"}},"#
                + #"{"key":"ratio","value":{"doubleValue":0.5}},"#
                + #"{"key":"tags","value":{"arrayValue":{"values":[{"stringValue":"a"},{"intValue":"1"}]}}}],"#
                + #""flags":1,"traceId":"4bf92f3577b34da6a3ce929d0e0e4736","spanId":"00f067aa0ba902b7"}]}]}]}"#
        )
    }

    @Test func minimalRecordOmitsUnsetFields() {
        #expect(
            json([LogRecord(timeUnixNano: 5, severity: .debug, body: nil)])
                == #"{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"timeUnixNano":"5","severityNumber":5,"severityText":"DEBUG"}]}]}]}"#
        )
    }

    @Test func recordsAreGroupedByResourceThenScopeInFirstAppearanceOrder() throws {
        let a = Resource(attributes: ["service.name": "a"])
        let b = Resource(attributes: ["service.name": "b"])
        let x = InstrumentationScope(name: "x")
        let y = InstrumentationScope(name: "y")
        let records = [(a, x, 1), (b, x, 2), (a, y, 3), (a, x, 4), (b, x, 5)].map { resource, scope, time in
            LogRecord(
                timeUnixNano: UInt64(time),
                severity: .info,
                body: nil,
                instrumentationScope: scope,
                resource: resource
            )
        }
        let grouping = OTLPGrouping(records)
        #expect(grouping.resources.map { $0.resource } == [a, b])
        #expect(grouping.resources[0].scopes.map { $0.scope } == [x, y])
        #expect(grouping.resources[0].scopes[0].records.map(\.timeUnixNano) == [1, 4])
        #expect(grouping.resources[0].scopes[1].records.map(\.timeUnixNano) == [3])
        #expect(grouping.resources[1].scopes[0].records.map(\.timeUnixNano) == [2, 5])
        let times = json(records).split(separator: #""timeUnixNano":""#).dropFirst().map { $0.prefix(1) }
        #expect(times == ["1", "4", "3", "2", "5"])
    }

    @Test func nonFiniteDoublesUseProtobufJSONStringsAndAreCounted() {
        let record = LogRecord(
            timeUnixNano: 1,
            severity: .info,
            body: .double(.nan),
            attributes: ["inf": .double(.infinity), "ninf": .double(-.infinity)]
        )
        var buffer: [UInt8] = []
        let outcome = OTLPJSONEncoder.encode([record], into: &buffer)
        let text = String(decoding: buffer, as: UTF8.self)
        #expect(outcome.nonFiniteDoubles == 3)
        #expect(text.contains(#""body":{"doubleValue":"NaN"}"#))
        #expect(text.contains(#"{"key":"inf","value":{"doubleValue":"Infinity"}}"#))
        #expect(text.contains(#"{"key":"ninf","value":{"doubleValue":"-Infinity"}}"#))
    }

    @Test func lineModeWritesOneParsableRequestPerLine() throws {
        var generator = RecordGenerator(seed: 21)
        generator.allowNonFinite = true
        var buffer: [UInt8] = []
        for _ in 0..<500 {
            OTLPJSONEncoder.encodeLine(generator.record(), into: &buffer)
        }
        let lines = buffer.split(separator: UInt8(ascii: "\n"))
        #expect(lines.count == 500)
        for line in lines {
            let node = try Array(line).withUnsafeBufferPointer { bytes throws(WireDecodingError) in
                try JSONReader.parse(bytes)
            }
            guard case .object(let members) = node else {
                Issue.record("not an object")
                return
            }
            #expect(members.map(\.key) == ["resourceLogs"])
        }
    }
}
