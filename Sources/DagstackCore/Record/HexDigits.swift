/// Hex digits: lowercase encoding and strict decoding for ``TraceID`` and ``SpanID``, and the value
/// of one digit for every other reader (traceparent, percent-encoding, JSON `\u` escapes).
enum HexDigits {
    /// The value of one hex digit — `0-9`, `a-f`, and `A-F` unless `lowercaseOnly` — or `nil`.
    @inline(__always)
    static func value(of byte: UInt8, lowercaseOnly: Bool = false) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F") where !lowercaseOnly: byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The lowercase hex digit for a nibble (0...15).
    @inline(__always)
    static func digit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    /// Writes the 16 lowercase hex digits of `value`, most significant first.
    @inline(__always)
    static func write(_ value: UInt64, to writer: inout ByteWriter) {
        var shift = 60
        while shift >= 0 {
            let nibble = UInt8(truncatingIfNeeded: value >> UInt64(shift)) & 0xF
            writer.write(digit(nibble))
            shift -= 4
        }
    }

    /// Decodes exactly `digits` lowercase hex digits into up to two words (high first).
    ///
    /// - Parameter field: the wire name used in messages (`trace_id`, `span_id`).
    static func decode(_ text: String, digits: Int, field: String) throws(IDDecodingError) -> (UInt64, UInt64) {
        let utf8 = text.utf8
        guard utf8.count == digits else {
            throw IDDecodingError(
                code: .wrongLength,
                message: "\(field) must be \(digits) lowercase hex characters, got \(text.count): \"\(text)\""
            )
        }
        var high: UInt64 = 0
        var low: UInt64 = 0
        var sawUppercase = false
        for (index, byte) in utf8.enumerated() {
            guard let digit = value(of: byte) else {
                throw IDDecodingError(
                    code: .notHex,
                    message: "\(field) must hold only hex digits 0-9 a-f, got \"\(text)\""
                )
            }
            if digit >= 10 && byte < UInt8(ascii: "a") { sawUppercase = true }
            let nibble = UInt64(digit)
            if index < digits - 16 {
                high = high << 4 | nibble
            } else {
                low = low << 4 | nibble
            }
        }
        if sawUppercase {
            throw IDDecodingError(
                code: .uppercase,
                message: "\(field) must be lowercase hex, got \"\(text)\"; write the digits a-f in lowercase"
            )
        }
        return (high, low)
    }
}
