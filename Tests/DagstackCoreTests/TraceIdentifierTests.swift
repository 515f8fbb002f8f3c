import DagstackTestSupport
import Testing

@testable import DagstackCore

@Suite("TraceID and SpanID")
struct TraceIdentifierTests {
    @Test func traceIDEncodesAsLowercaseHexAndDecodesBack() throws {
        let hex = "4bf92f3577b34da6a3ce929d0e0e4736"
        let id = try TraceID(hex: hex)
        #expect(id.description == hex)
        #expect(id.high == 0x4BF9_2F35_77B3_4DA6)
        #expect(id.low == 0xA3CE_929D_0E0E_4736)
        #expect(TraceID(bytes: id.bytes) == id)
        #expect(id.bytes.first == 0x4B)
    }

    @Test func spanIDEncodesAsLowercaseHexAndDecodesBack() throws {
        let id = try SpanID(hex: "00f067aa0ba902b7")
        #expect(id.value == 0x00F0_67AA_0BA9_02B7)
        #expect(id.description == "00f067aa0ba902b7")
        #expect(SpanID(bytes: id.bytes) == id)
    }

    @Test func bytesOfTheWrongCountAreRefused() {
        #expect(TraceID(bytes: [UInt8](repeating: 1, count: 15)) == nil)
        #expect(SpanID(bytes: [UInt8](repeating: 1, count: 9)) == nil)
    }

    @Test func zeroIDsAreNotValidTraceContext() {
        #expect(!TraceID(high: 0, low: 0).isValid)
        #expect(TraceID(high: 0, low: 1).isValid)
        #expect(!SpanID(0).isValid)
    }

    @Test(arguments: [
        ("4bf92f3577b34da6a3ce929d0e0e473", IDDecodingError.Code.wrongLength),
        ("4bf92f3577b34da6a3ce929d0e0e47361", .wrongLength),
        ("", .wrongLength),
        ("4BF92F3577B34DA6A3CE929D0E0E4736", .uppercase),
        ("4bf92f3577b34da6a3ce929d0e0e473Z", .notHex),
        ("4bf92f3577b34da6a3ce929d0e0e473é", .wrongLength),
        ("-bf92f3577b34da6a3ce929d0e0e4736", .notHex),
    ])
    func malformedTraceIDsAreRejectedWithAReason(hex: String, code: IDDecodingError.Code) {
        #expect {
            _ = try TraceID(hex: hex)
        } throws: { error in
            (error as? IDDecodingError)?.code == code
        }
    }

    @Test(arguments: [
        ("00f067aa0ba902b", IDDecodingError.Code.wrongLength),
        ("00F067AA0BA902B7", .uppercase),
        ("00f067aa0ba902bx", .notHex),
    ])
    func malformedSpanIDsAreRejectedWithAReason(hex: String, code: IDDecodingError.Code) {
        #expect {
            _ = try SpanID(hex: hex)
        } throws: { error in
            (error as? IDDecodingError)?.code == code
        }
    }

    @Test func randomIDsRoundtripThroughHex() throws {
        var random = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let trace = TraceID(high: random.next(), low: random.next())
            #expect(try TraceID(hex: trace.description) == trace)
            let span = SpanID(random.next())
            #expect(try SpanID(hex: span.description) == span)
        }
    }
}
