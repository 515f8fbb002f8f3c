extension JSONReader {
    /// Reads a string token, the reader positioned on its opening quote.
    mutating func readString() throws(WireDecodingError) -> String {
        let opening = position
        position += 1
        let start = position
        // Fast path: no escapes; ASCII needs no UTF-8 validation.
        var highBits: UInt8 = 0
        while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
            guard byte >= 0x20 else {
                throw failure("raw control character 0x\(String(byte, radix: 16)) in a string; escape it")
            }
            highBits |= byte
            position += 1
        }
        guard let stop = current else {
            throw failure("unterminated string")
        }
        let string: String?
        if stop == UInt8(ascii: "\\") {
            var decoded = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
            try readEscapedRest(into: &decoded)
            string = String(validating: decoded, as: UTF8.self)
        } else if highBits < 0x80 {
            string = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        } else {
            string = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }
        position += 1
        guard let string else {
            position = opening
            throw failure("the string starting here is not valid UTF-8")
        }
        return string
    }

    private mutating func readEscapedRest(into decoded: inout [UInt8]) throws(WireDecodingError) {
        while let byte = current, byte != UInt8(ascii: "\"") {
            guard byte >= 0x20 else {
                throw failure("raw control character 0x\(String(byte, radix: 16)) in a string; escape it")
            }
            position += 1
            guard byte == UInt8(ascii: "\\") else {
                decoded.append(byte)
                continue
            }
            guard let escape = current else { break }
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"): try readUnicodeEscape(into: &decoded)
            default: throw failure("unknown escape \\\(Character(Unicode.Scalar(escape)))")
            }
        }
        guard current != nil else {
            throw failure("unterminated string")
        }
    }

    private mutating func readUnicodeEscape(into decoded: inout [UInt8]) throws(WireDecodingError) {
        var scalarValue = try readHexQuad()
        if (0xD800...0xDBFF).contains(scalarValue) {
            guard current == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u")
            else {
                throw failure("a high surrogate escape is not followed by a low surrogate")
            }
            position += 2
            let low = try readHexQuad()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw failure("a high surrogate escape is not followed by a low surrogate")
            }
            scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalarValue) {
            throw failure("a lone low surrogate escape")
        }
        guard let scalar = Unicode.Scalar(scalarValue) else {
            throw failure("an escape that is not a Unicode scalar")
        }
        decoded.append(contentsOf: scalar.utf8)
    }

    private mutating func readHexQuad() throws(WireDecodingError) -> UInt32 {
        guard position + 4 <= bytes.count else {
            throw failure("a \\u escape needs 4 hex digits")
        }
        var result: UInt32 = 0
        for _ in 0..<4 {
            guard let nibble = HexDigits.value(of: bytes[position]) else {
                throw failure("a \\u escape needs 4 hex digits")
            }
            result = result << 4 | UInt32(nibble)
            position += 1
        }
        return result
    }

    /// Reads a number: an integer literal stays an integer, anything with `.`, `e` or `E` is a double.
    mutating func readNumber() throws(WireDecodingError) -> JSONNode {
        let start = position
        let negative = current == UInt8(ascii: "-")
        if negative {
            position += 1
        }
        guard let first = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            throw failure("a number needs a digit")
        }
        var magnitude: UInt64 = 0
        var overflow = false
        position += 1
        if first != UInt8(ascii: "0") {
            magnitude = UInt64(first - UInt8(ascii: "0"))
            while let digit = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) {
                let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
                overflow = overflow || o1 || o2
                magnitude = sum
                position += 1
            }
        }
        var isInteger = true
        if current == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            try readDigits(after: "a decimal point")
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") {
                position += 1
            }
            try readDigits(after: "an exponent")
        }
        if isInteger {
            guard !overflow else {
                throw WireDecodingError(.outOfRange, "integer at byte \(start) does not fit in 64 bits")
            }
            return .integer(negative: negative, magnitude: magnitude)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw WireDecodingError(.outOfRange, "number \(text) at byte \(start) does not fit a double")
        }
        return .double(value)
    }

    private mutating func readDigits(after what: String) throws(WireDecodingError) {
        let start = position
        while let digit = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) {
            position += 1
        }
        guard position > start else {
            throw failure("\(what) needs a digit")
        }
    }
}
