/// Escapes text for a terminal so that it stays on one line and cannot emit control sequences.
///
/// Escaped: C0 controls (`\t`, `\n`, `\r` short forms, others `\u00XX`), DEL, C1 controls
/// U+0080-U+009F (a terminal may read U+009B as CSI), U+2028/U+2029 and the bidi controls
/// U+202A-U+202E and U+2066-U+2069 (which can reorder what an operator reads). Everything else
/// is copied as UTF-8.
enum TerminalEscaping {
    static func write(_ string: String, to writer: inout ByteWriter) {
        var string = string
        string.withUTF8 { write(bytes: $0, to: &writer) }
    }

    /// `string` escaped for the terminal (for messages that quote untrusted text).
    static func escaped(_ string: String) -> String {
        var bytes: [UInt8] = []
        ByteWriter.append(to: &bytes, minimumCapacity: string.utf8.count + 16) { write(string, to: &$0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `value` as Canonical JSON, escaped for the terminal.
    static func writeJSON(_ value: Value, to writer: inout ByteWriter, nonFinite: inout Int) {
        var json: [UInt8] = []
        nonFinite += CanonicalJSON.append(value, to: &json)
        json.withUnsafeBufferPointer { write(bytes: $0, to: &writer) }
    }

    static func write(bytes: UnsafeBufferPointer<UInt8>, to writer: inout ByteWriter) {
        var runStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            var length = 0
            var scalar: UInt32 = 0
            if byte < 0x20 || byte == 0x7F {
                length = 1
                scalar = UInt32(byte)
            } else if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) {
                length = 2
                scalar = UInt32(bytes[index + 1])
            } else if byte == 0xE2, index + 2 < count, let special = separatorOrBidi(bytes[index + 1], bytes[index + 2])
            {
                length = 3
                scalar = special
            }
            if length == 0 {
                index += 1
                continue
            }
            if runStart < index {
                writer.write(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            }
            writeEscape(scalar, to: &writer)
            index += length
            runStart = index
        }
        if runStart < count {
            writer.write(UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
    }

    /// The scalar of a UTF-8 sequence `E2 second third` when it is U+2028...U+202E or
    /// U+2066...U+2069.
    private static func separatorOrBidi(_ second: UInt8, _ third: UInt8) -> UInt32? {
        if second == 0x80 && (0xA8...0xAE).contains(third) {
            return 0x2000 + UInt32(third - 0x80)
        }
        if second == 0x81 && (0xA6...0xA9).contains(third) {
            return 0x2040 + UInt32(third - 0x80)
        }
        return nil
    }

    private static func writeEscape(_ scalar: UInt32, to writer: inout ByteWriter) {
        switch scalar {
        case 0x09: writer.write("\\t")
        case 0x0A: writer.write("\\n")
        case 0x0D: writer.write("\\r")
        default:
            writer.write("\\u")
            var shift: UInt32 = 12
            for _ in 0..<4 {
                writer.write(HexDigits.digit(UInt8(truncatingIfNeeded: scalar >> shift) & 0xF))
                shift &-= 4
            }
        }
    }
}
