extension CanonicalJSON {
    /// Writes `string` as a JSON string: UTF-8 unescaped except `"`, `\` and U+0000-U+001F
    /// (`\b \t \n \f \r`, otherwise `\u00xx` in lowercase hex), exactly like the reference.
    @inline(__always)
    static func writeString(_ string: String, to writer: inout ByteWriter) {
        writer.write(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { writeEscaped($0, to: &writer) }
        writer.write(UInt8(ascii: "\""))
    }

    /// Writes UTF-8 bytes with JSON escapes, copying unescaped runs in bulk.
    static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to writer: inout ByteWriter) {
        var runStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            if runStart < index {
                writer.write(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            }
            writeEscape(for: byte, to: &writer)
            index += 1
            runStart = index
        }
        if runStart < count {
            writer.write(UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
    }

    private static func writeEscape(for byte: UInt8, to writer: inout ByteWriter) {
        writer.write(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): writer.write(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): writer.write(UInt8(ascii: "\\"))
        case 0x08: writer.write(UInt8(ascii: "b"))
        case 0x09: writer.write(UInt8(ascii: "t"))
        case 0x0A: writer.write(UInt8(ascii: "n"))
        case 0x0C: writer.write(UInt8(ascii: "f"))
        case 0x0D: writer.write(UInt8(ascii: "r"))
        default:
            writer.write("u00")
            writer.write(HexDigits.digit(byte >> 4))
            writer.write(HexDigits.digit(byte & 0xF))
        }
    }
}
