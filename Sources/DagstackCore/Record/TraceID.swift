/// A W3C trace id: 16 bytes, written on the wire as 32 lowercase hex characters.
public struct TraceID: Sendable, Hashable {
    /// The first 8 bytes, big-endian.
    public let high: UInt64
    /// The last 8 bytes, big-endian.
    public let low: UInt64

    /// Creates a trace id from its two big-endian halves.
    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Creates a trace id from exactly 16 bytes; returns `nil` for any other count.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 16 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            if index < 8 {
                high = high << 8 | UInt64(byte)
            } else {
                low = low << 8 | UInt64(byte)
            }
        }
        self.init(high: high, low: low)
    }

    /// Decodes a trace id from exactly 32 lowercase hex characters.
    ///
    /// - Throws: ``IDDecodingError`` for a wrong length, a non-hex character or an uppercase digit.
    public init(hex: String) throws(IDDecodingError) {
        let (high, low) = try HexDigits.decode(hex, digits: 32, field: "trace_id")
        self.init(high: high, low: low)
    }

    /// The 16 bytes, big-endian.
    public var bytes: [UInt8] {
        (0..<16).map { index in
            let word = index < 8 ? high : low
            return UInt8(truncatingIfNeeded: word >> UInt64(56 - 8 * (index % 8)))
        }
    }

    /// Whether the id is valid for W3C Trace Context: not all zeros.
    public var isValid: Bool {
        high != 0 || low != 0
    }

    /// Writes the 32 lowercase hex digits.
    @inline(__always)
    func writeHex(to writer: inout ByteWriter) {
        HexDigits.write(high, to: &writer)
        HexDigits.write(low, to: &writer)
    }
}

extension TraceID: CustomStringConvertible {
    /// The 32 lowercase hex characters.
    public var description: String {
        var buffer: [UInt8] = []
        ByteWriter.append(to: &buffer, minimumCapacity: 32) { writeHex(to: &$0) }
        return String(decoding: buffer, as: UTF8.self)
    }
}
