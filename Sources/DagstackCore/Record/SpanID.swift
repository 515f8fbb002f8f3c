/// A W3C span id: 8 bytes, written on the wire as 16 lowercase hex characters.
public struct SpanID: Sendable, Hashable {
    /// The 8 bytes as a big-endian integer.
    public let value: UInt64

    /// Creates a span id from its big-endian integer form.
    public init(_ value: UInt64) {
        self.value = value
    }

    /// Creates a span id from exactly 8 bytes; returns `nil` for any other count.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 8 else { return nil }
        self.init(bytes.reduce(0) { $0 << 8 | UInt64($1) })
    }

    /// Decodes a span id from exactly 16 lowercase hex characters.
    ///
    /// - Throws: ``IDDecodingError`` for a wrong length, a non-hex character or an uppercase digit.
    public init(hex: String) throws(IDDecodingError) {
        let (_, low) = try HexDigits.decode(hex, digits: 16, field: "span_id")
        self.init(low)
    }

    /// The 8 bytes, big-endian.
    public var bytes: [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> UInt64(56 - 8 * $0)) }
    }

    /// Whether the id is valid for W3C Trace Context: not all zeros.
    public var isValid: Bool {
        value != 0
    }

    /// Writes the 16 lowercase hex digits.
    @inline(__always)
    func writeHex(to writer: inout ByteWriter) {
        HexDigits.write(value, to: &writer)
    }
}

extension SpanID: CustomStringConvertible {
    /// The 16 lowercase hex characters.
    public var description: String {
        var buffer: [UInt8] = []
        ByteWriter.append(to: &buffer, minimumCapacity: 16) { writeHex(to: &$0) }
        return String(decoding: buffer, as: UTF8.self)
    }
}
