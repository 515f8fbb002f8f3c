@testable import DagstackCore

/// Describes a record for the reference driver without using any code under test: strings as
/// hex of their UTF-8 bytes, integers in decimal, doubles as their IEEE-754 bit pattern in hex,
/// so types, -0.0 and every character survive exactly. One JSON object per record.
enum NeutralDescription {
    static func describe(_ record: LogRecord) -> String {
        var fields: [String] = [
            "\"time\":\(record.timeUnixNano)",
            "\"severity_number\":\(record.severity.number)",
            "\"severity_text\":\"\(record.severity.text)\"",
            "\"body\":\(describe(record.body))",
            "\"attributes\":\(describe(record.attributes))",
            "\"trace_flags\":\(record.traceFlags)",
        ]
        if let observed = record.observedTimeUnixNano {
            fields.append("\"observed\":\(observed)")
        }
        if let scope = record.instrumentationScope {
            var scopeFields = ["\"name\":\"\(hex(scope.name))\"", "\"attributes\":\(describe(scope.attributes))"]
            if let version = scope.version {
                scopeFields.append("\"version\":\"\(hex(version))\"")
            }
            fields.append("\"scope\":{\(scopeFields.joined(separator: ","))}")
        }
        if let resource = record.resource {
            fields.append("\"resource\":\(describe(resource.attributes))")
        }
        if let traceID = record.traceID {
            fields.append("\"trace_id\":\"\(word(traceID.high))\(word(traceID.low))\"")
        }
        if let spanID = record.spanID {
            fields.append("\"span_id\":\"\(word(spanID.value))\"")
        }
        return "{\(fields.joined(separator: ","))}"
    }

    static func describe(_ value: Value) -> String {
        switch value {
        case .string(let string): "{\"s\":\"\(hex(string))\"}"
        case .int(let int): "{\"i\":\"\(int)\"}"
        case .double(let double): "{\"d\":\"\(word(double.bitPattern))\"}"
        case .bool(let bool): "{\"b\":\(bool)}"
        case .null: "{\"n\":0}"
        case .map(let map): "{\"m\":\(describe(map))}"
        case .array(let array): "{\"a\":[\(array.map(describe).joined(separator: ","))]}"
        }
    }

    static func describe(_ map: [String: Value]) -> String {
        "[" + map.map { "[\"\(hex($0.key))\",\(describe($0.value))]" }.joined(separator: ",") + "]"
    }

    static func hex(_ string: String) -> String {
        string.utf8.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    static func word(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
