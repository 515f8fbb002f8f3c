import Testing

@testable import DagstackCore

@Suite("TraceContext: W3C traceparent and task-local scope")
struct TraceContextTests {
    static let header = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"

    @Test func parsesAndFormatsAVersion00Header() throws {
        let context = try TraceContext(traceparent: Self.header)
        #expect(context.traceID.description == "4bf92f3577b34da6a3ce929d0e0e4736")
        #expect(context.spanID.description == "00f067aa0ba902b7")
        #expect(context.flags == 1)
        #expect(context.isSampled)
        #expect(context.traceparent == Self.header)
    }

    @Test(arguments: [UInt8(0), 1, 0x0f, 0x10, 0xff])
    func formattingRoundTripsEveryFlagWidth(flags: UInt8) throws {
        let context = TraceContext(unchecked: TraceID(high: 1, low: 2), spanID: SpanID(3), flags: flags)
        #expect(try TraceContext(traceparent: context.traceparent) == context)
    }

    @Test func futureVersionsParseTheirFirstFourFields() throws {
        let context = try TraceContext(traceparent: "cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-what-ever")
        #expect(context.flags == 1)
        #expect(context.traceparent == Self.header)
    }

    @Test(arguments: [
        ("", TraceContextError.Code.malformed),
        ("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 ", .malformed),
        (" 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", .malformed),
        ("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", .malformed),
        ("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0g", .malformed),
        ("00_4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", .malformed),
        ("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra", .malformed),
        ("cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x", .malformed),
        ("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", .unsupportedVersion),
        ("00-00000000000000000000000000000000-00f067aa0ba902b7-01", .invalidID),
        ("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", .invalidID),
    ])
    func invalidHeadersAreRejected(header: String, code: TraceContextError.Code) {
        let error = #expect(throws: TraceContextError.self) { try TraceContext(traceparent: header) }
        #expect(error?.code == code)
        #expect(error?.message.contains("traceparent \"\(header)\"") == true)
    }

    @Test func allZeroIDsAreRejectedByTheInitialiser() {
        #expect(throws: TraceContextError.self) {
            try TraceContext(traceID: TraceID(high: 0, low: 0), spanID: SpanID(1))
        }
        #expect(throws: TraceContextError.self) {
            try TraceContext(traceID: TraceID(high: 0, low: 1), spanID: SpanID(0))
        }
    }

    @Test func contextIsTaskLocalAndEndsWithTheClosure() async throws {
        let context = try TraceContext(traceparent: Self.header)
        #expect(TraceContext.current == nil)
        await withTraceContext(context) {
            #expect(TraceContext.current == context)
            await withTaskGroup(of: TraceContext?.self) { group in
                group.addTask { TraceContext.current }
                for await inherited in group { #expect(inherited == context) }
            }
            withTraceContext(nil) { #expect(TraceContext.current == nil) }
            #expect(TraceContext.current == context)
        }
        #expect(TraceContext.current == nil)
    }

    @Test func typedErrorsPassThroughTheScope() {
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try withTraceContext(nil) { () throws(Boom) in throw Boom() }
        }
    }

    @Test func baggageMergesAndEndsWithTheClosure() async {
        await withBaggage(["tenant.id": "t1"]) {
            withBaggage(["request.id": "r1", "tenant.id": "t2"]) {
                #expect(currentBaggage == ["tenant.id": "t2", "request.id": "r1"])
            }
            #expect(currentBaggage == ["tenant.id": "t1"])
            #expect(await Task { currentBaggage }.value == ["tenant.id": "t1"])
        }
        #expect(currentBaggage.isEmpty)
    }
}
