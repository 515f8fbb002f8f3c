extension TraceContext {
    /// Parses a W3C `traceparent` header: `<version>-<32 hex trace id>-<16 hex span id>-<2 hex flags>`.
    ///
    /// Strict, as W3C Trace Context requires: lowercase hex only, no surrounding whitespace, ids
    /// not all zeros. Version `00` must have exactly four fields; version `ff` is invalid; a
    /// higher version is accepted when its first four fields parse and anything after them starts
    /// with `-` (the forward-compatibility rule).
    ///
    /// - Throws: ``TraceContextError`` saying what was wrong with the header.
    public init(traceparent header: String) throws(TraceContextError) {
        let bytes = Array(header.utf8)
        guard bytes.count >= 55 else {
            throw Self.malformed(header, "it is \(bytes.count) characters long, a version-00 header has 55")
        }
        guard let version = Self.hexValue(bytes[0..<2]) else {
            throw Self.malformed(header, "the version is not two lowercase hex digits")
        }
        guard version != 0xff else {
            throw TraceContextError(
                code: .unsupportedVersion,
                message: "traceparent \"\(header)\" has version ff, which W3C Trace Context forbids"
            )
        }
        guard bytes[2] == UInt8(ascii: "-"), bytes[35] == UInt8(ascii: "-"), bytes[52] == UInt8(ascii: "-") else {
            throw Self.malformed(header, "the fields are not separated by '-' at positions 2, 35 and 52")
        }
        if version == 0 {
            guard bytes.count == 55 else {
                throw Self.malformed(
                    header,
                    "a version-00 header has exactly 55 characters, this one has \(bytes.count)"
                )
            }
        } else if bytes.count > 55 && bytes[55] != UInt8(ascii: "-") {
            throw Self.malformed(header, "data after the flags of a future version must start with '-'")
        }
        guard let high = Self.hexValue(bytes[3..<19]), let low = Self.hexValue(bytes[19..<35]) else {
            throw Self.malformed(header, "the trace id is not 32 lowercase hex digits")
        }
        guard let span = Self.hexValue(bytes[36..<52]) else {
            throw Self.malformed(header, "the span id is not 16 lowercase hex digits")
        }
        guard let flags = Self.hexValue(bytes[53..<55]) else {
            throw Self.malformed(header, "the flags are not two lowercase hex digits")
        }
        guard high != 0 || low != 0 else {
            throw TraceContextError(code: .invalidID, message: "traceparent \"\(header)\" has an all-zero trace id")
        }
        guard span != 0 else {
            throw TraceContextError(code: .invalidID, message: "traceparent \"\(header)\" has an all-zero span id")
        }
        self.traceID = TraceID(high: high, low: low)
        self.spanID = SpanID(span)
        self.flags = UInt8(truncatingIfNeeded: flags)
    }

    /// The version-00 `traceparent` header for this context, such as
    /// `00-0123456789abcdef0123456789abcdef-0123456789abcdef-01`.
    public var traceparent: String {
        let flagDigits = String(flags, radix: 16)
        return "00-\(traceID)-\(spanID)-\(flags < 16 ? "0" : "")\(flagDigits)"
    }

    private static func malformed(_ header: String, _ reason: String) -> TraceContextError {
        TraceContextError(
            code: .malformed,
            message: "traceparent \"\(header)\" is malformed: \(reason); expected 00-<32 hex>-<16 hex>-<2 hex>"
        )
    }

    /// The value of up to 16 lowercase hex digits, or `nil` when one is not lowercase hex.
    private static func hexValue(_ digits: ArraySlice<UInt8>) -> UInt64? {
        var value: UInt64 = 0
        for digit in digits {
            guard let nibble = HexDigits.value(of: digit, lowercaseOnly: true) else { return nil }
            value = value << 4 | UInt64(nibble)
        }
        return value
    }
}
