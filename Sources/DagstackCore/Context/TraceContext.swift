/// The active W3C trace context of a task: a trace id, a span id and the trace flags.
///
/// Bind one with ``withTraceContext(_:_:)-(TraceContext?,_)`` (or parse an incoming
/// `traceparent` header with ``init(traceparent:)``); while a context is bound and
/// `autoInjectTraceContext` is on, every record emitted in the scope carries its ids. Outside a
/// scope the record's trace fields are absent, never zero.
public struct TraceContext: Sendable, Hashable {
    /// The trace id; valid (not all zeros).
    public var traceID: TraceID
    /// The span id; valid (not all zeros).
    public var spanID: SpanID
    /// The W3C trace flags; bit 0 is "sampled".
    public var flags: UInt8

    /// Creates a context from ids.
    ///
    /// - Throws: ``TraceContextError`` with code ``TraceContextError/Code/invalidID`` when either
    ///   id is all zeros (W3C Trace Context forbids them).
    public init(traceID: TraceID, spanID: SpanID, flags: UInt8 = 0) throws(TraceContextError) {
        guard traceID.isValid else {
            throw TraceContextError(code: .invalidID, message: "trace id is all zeros; W3C Trace Context forbids it")
        }
        guard spanID.isValid else {
            throw TraceContextError(code: .invalidID, message: "span id is all zeros; W3C Trace Context forbids it")
        }
        self.traceID = traceID
        self.spanID = spanID
        self.flags = flags
    }

    /// Whether bit 0 of the flags (sampled) is set.
    public var isSampled: Bool {
        flags & 1 == 1
    }

    /// The context currently bound to this task, or `nil` outside any ``withTraceContext(_:_:)-(TraceContext?,_)``.
    public static var current: TraceContext? {
        Ambient.current.trace
    }
}

extension TraceContext {
    /// A context from ids known to be valid (tests, parsers that checked them).
    package init(unchecked traceID: TraceID, spanID: SpanID, flags: UInt8) {
        self.traceID = traceID
        self.spanID = spanID
        self.flags = flags
    }
}
