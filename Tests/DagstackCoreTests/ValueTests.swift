import Testing

@testable import DagstackCore

@Suite("Value")
struct ValueTests {
    @Test func literalsBuildTheMatchingCases() {
        let id = 7
        let value: Value = [
            "s": "text", "i": 42, "d": 1.5, "b": true, "n": nil, "a": [1, "two"], "m": ["k": "v"],
            "interpolated": "id-\(id)",
        ]
        #expect(
            value
                == .map([
                    "s": .string("text"), "i": .int(42), "d": .double(1.5), "b": .bool(true), "n": .null,
                    "a": .array([.int(1), .string("two")]), "m": .map(["k": .string("v")]),
                    "interpolated": .string("id-7"),
                ])
        )
    }

    @Test func integersAndDoublesStayDistinct() {
        #expect(Value.int(1) != Value.double(1.0))
        #expect(Value.int(1).description == "1")
        #expect(Value.double(1).description == "1.0")
    }

    @Test func descriptionIsCanonicalJSON() {
        let value: Value = ["b": [1, nil, .double(.nan)], "a": "x\n"]
        #expect(value.description == #"{"a":"x\n","b":[1,null,"NaN"]}"#)
    }

    @Test func accessorsReturnThePayloadOfTheirCaseOnly() {
        #expect(Value.string("x").stringValue == "x")
        #expect(Value.int(3).intValue == 3)
        #expect(Value.double(2.5).doubleValue == 2.5)
        #expect(Value.bool(true).boolValue == true)
        #expect(Value.map([:]).mapValue == [:])
        #expect(Value.array([]).arrayValue == [])
        #expect(Value.int(3).stringValue == nil)
    }

    @Test func recordDerivesSeverityTextFromTheNumber() {
        var record = LogRecord(timeUnixNano: 1, severity: .info, body: "x")
        #expect(record.severityText == "INFO")
        record.severity = .error
        #expect(record.severityText == "ERROR")
        #expect(record.traceFlags == 0)
        #expect(record.attributes.isEmpty)
    }
}
