import Foundation
import Testing

@testable import DagstackCore

/// One line the parser must reject, with the exact reason.
struct RejectionCase: CustomTestStringConvertible, Sendable {
    var name: String
    var line: [UInt8]
    var code: WireDecodingError.Code
    var message: String

    init(_ name: String, _ line: String, _ code: WireDecodingError.Code, _ message: String) {
        self.init(name, Array(line.utf8), code, message)
    }

    init(_ name: String, _ line: [UInt8], _ code: WireDecodingError.Code, _ message: String) {
        self.name = name
        self.line = line
        self.code = code
        self.message = message
    }

    var testDescription: String { name }
}

/// A valid line with `replacement` spliced in place of `original`.
private func valid(replacing original: String = "", with replacement: String = "") -> String {
    let line = #"{"body":"x","severity_number":9,"severity_text":"INFO","time_unix_nano":1}"#
    return original.isEmpty ? line : line.replacingOccurrences(of: original, with: replacement)
}

private let traceIDs = (
    short: "4bf92f3577b34da6a3ce929d0e0e473", upper: "4BF92F3577B34DA6A3CE929D0E0E4736",
    nonHex: "4bf92f3577b34da6a3ce929d0e0e473g"
)

@Suite("JSON-lines parser rejections")
struct JSONLinesRejectionTests {
    static let cases: [RejectionCase] = [
        RejectionCase(
            "truncated object",
            #"{"time_unix_nano":1,"#,
            .invalidJSON,
            "invalid JSON at byte 20: expected a string key"
        ),
        RejectionCase("not JSON at all", "hello", .invalidJSON, "invalid JSON at byte 0: unexpected character"),
        RejectionCase(
            "trailing data",
            valid() + "x",
            .invalidJSON,
            "invalid JSON at byte 74: unexpected data after the JSON document"
        ),
        RejectionCase(
            "raw control character in a string",
            valid(replacing: #""x""#, with: "\"a\tb\""),
            .invalidJSON,
            "invalid JSON at byte 10: raw control character 0x9 in a string; escape it"
        ),
        RejectionCase(
            "lone surrogate escape",
            valid(replacing: #""x""#, with: #""\ud800""#),
            .invalidJSON,
            "invalid JSON at byte 15: a high surrogate escape is not followed by a low surrogate"
        ),
        RejectionCase(
            "invalid UTF-8",
            Array(#"{"body":""#.utf8) + [0xFF] + Array(#"","severity_number":9}"#.utf8),
            .invalidJSON,
            "invalid JSON at byte 8: the string starting here is not valid UTF-8"
        ),
        RejectionCase(
            "duplicate key",
            valid(replacing: #""body":"x","#, with: #""body":"x","body":"y","#),
            .invalidJSON,
            #"invalid JSON at byte 12: duplicate key "body""#
        ),
        RejectionCase(
            "missing time_unix_nano",
            valid(replacing: #","time_unix_nano":1"#, with: ""),
            .missingField,
            "required field time_unix_nano is missing"
        ),
        RejectionCase(
            "missing severity_number",
            valid(replacing: #""severity_number":9,"#, with: ""),
            .missingField,
            "required field severity_number is missing"
        ),
        RejectionCase(
            "missing severity_text",
            valid(replacing: #""severity_text":"INFO","#, with: ""),
            .missingField,
            "required field severity_text is missing"
        ),
        RejectionCase(
            "missing body",
            valid(replacing: #""body":"x","#, with: ""),
            .missingField,
            "required field body is missing"
        ),
        RejectionCase(
            "missing scope name",
            valid(replacing: #""body":"x","#, with: #""body":"x","instrumentation_scope":{},"#),
            .missingField,
            "required field instrumentation_scope.name is missing"
        ),
        RejectionCase(
            "string timestamp",
            valid(replacing: #""time_unix_nano":1"#, with: #""time_unix_nano":"1""#),
            .wrongType,
            "time_unix_nano must be an integer, got a string"
        ),
        RejectionCase(
            "double severity number",
            valid(replacing: #""severity_number":9"#, with: #""severity_number":9.0"#),
            .wrongType,
            "severity_number must be an integer, got a double"
        ),
        RejectionCase(
            "array attributes",
            valid(replacing: #""body":"x","#, with: #""attributes":[],"body":"x","#),
            .wrongType,
            "attributes must be an object, got an array"
        ),
        RejectionCase(
            "numeric trace id",
            valid(replacing: #""time_unix_nano":1"#, with: #""time_unix_nano":1,"trace_id":7"#),
            .wrongType,
            "trace_id must be a string, got an integer"
        ),
        RejectionCase("not an object", "[]", .wrongType, "the record must be an object, got an array"),
        RejectionCase(
            "unknown field",
            valid(replacing: #""body":"x","#, with: #""body":"x","level":"info","#),
            .unknownField,
            #"unknown field "level" in the record; expected only attributes, body, instrumentation_scope, "#
                + "observed_time_unix_nano, resource, severity_number, severity_text, span_id, time_unix_nano, "
                + "trace_flags, trace_id"
        ),
        RejectionCase(
            "severity 0",
            valid(replacing: #""severity_number":9"#, with: #""severity_number":0"#),
            .severityOutOfRange,
            "severity_number 0 is outside 1...24"
        ),
        RejectionCase(
            "severity 25",
            valid(replacing: #""severity_number":9"#, with: #""severity_number":25"#),
            .severityOutOfRange,
            "severity_number 25 is outside 1...24"
        ),
        RejectionCase(
            "negative severity",
            valid(replacing: #""severity_number":9"#, with: #""severity_number":-9"#),
            .severityOutOfRange,
            "severity_number -9 is outside 1...24"
        ),
        RejectionCase(
            "severity text of another bucket",
            valid(replacing: #""severity_number":9"#, with: #""severity_number":13"#),
            .severityTextMismatch,
            #"severity_text "INFO" does not match severity_number 13, whose text is "WARN""#
        ),
        RejectionCase(
            "lowercase severity text",
            valid(replacing: #""INFO""#, with: #""info""#),
            .severityTextMismatch,
            #"severity_text "info" does not match severity_number 9, whose text is "INFO""#
        ),
        RejectionCase(
            "short trace id",
            valid(replacing: "}", with: #","trace_id":"\#(traceIDs.short)"}"#),
            .invalidTraceID,
            #"trace_id must be 32 lowercase hex characters, got 31: "\#(traceIDs.short)""#
        ),
        RejectionCase(
            "uppercase trace id",
            valid(replacing: "}", with: #","trace_id":"\#(traceIDs.upper)"}"#),
            .invalidTraceID,
            #"trace_id must be lowercase hex, got "\#(traceIDs.upper)"; write the digits a-f in lowercase"#
        ),
        RejectionCase(
            "non-hex trace id",
            valid(replacing: "}", with: #","trace_id":"\#(traceIDs.nonHex)"}"#),
            .invalidTraceID,
            #"trace_id must hold only hex digits 0-9 a-f, got "\#(traceIDs.nonHex)""#
        ),
        RejectionCase(
            "long span id",
            valid(replacing: "}", with: #","span_id":"00f067aa0ba902b70"}"#),
            .invalidSpanID,
            #"span_id must be 16 lowercase hex characters, got 17: "00f067aa0ba902b70""#
        ),
        RejectionCase(
            "uppercase span id",
            valid(replacing: "}", with: #","span_id":"00F067AA0BA902B7"}"#),
            .invalidSpanID,
            #"span_id must be lowercase hex, got "00F067AA0BA902B7"; write the digits a-f in lowercase"#
        ),
        RejectionCase(
            "non-hex span id",
            valid(replacing: "}", with: #","span_id":"00f067aa0ba902b-"}"#),
            .invalidSpanID,
            #"span_id must hold only hex digits 0-9 a-f, got "00f067aa0ba902b-""#
        ),
        RejectionCase(
            "trace flags above a byte",
            valid(replacing: "}", with: #","trace_flags":256}"#),
            .outOfRange,
            "trace_flags 256 is outside 0...255"
        ),
        RejectionCase(
            "negative timestamp",
            valid(replacing: #""time_unix_nano":1"#, with: #""time_unix_nano":-1"#),
            .outOfRange,
            "time_unix_nano must not be negative, got -1"
        ),
        RejectionCase(
            "integer beyond 64 bits",
            valid(replacing: #""time_unix_nano":1"#, with: #""time_unix_nano":18446744073709551616"#),
            .outOfRange,
            "integer at byte 72 does not fit in 64 bits"
        ),
        RejectionCase(
            "attribute beyond Int64",
            valid(replacing: #""body":"x""#, with: #""body":9223372036854775808"#),
            .outOfRange,
            "body 9223372036854775808 is above Int64.max"
        ),
    ]

    @Test(arguments: cases)
    func parserRejectsWithTheSpecificReason(_ rejection: RejectionCase) {
        #expect {
            _ = try JSONLinesDecoder.decode(rejection.line)
        } throws: { error in
            guard let error = error as? WireDecodingError else { return false }
            #expect(error.code == rejection.code)
            #expect(error.message == rejection.message)
            return true
        }
    }

    @Test func everyRejectionCodeIsCovered() {
        let codes: Set<WireDecodingError.Code> = [
            .invalidJSON, .missingField, .wrongType, .unknownField, .outOfRange, .severityOutOfRange,
            .severityTextMismatch, .invalidTraceID, .invalidSpanID,
        ]
        #expect(Set(Self.cases.map(\.code)) == codes)
    }
}
