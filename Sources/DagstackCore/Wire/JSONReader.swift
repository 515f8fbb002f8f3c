/// A small strict JSON reader (RFC 8259) over UTF-8 bytes, producing ``JSONNode``s.
///
/// Rejects invalid UTF-8, raw control characters in strings, lone surrogate escapes, duplicate
/// keys, integers beyond 64 bits, trailing data and nesting deeper than ``maximumDepth``.
struct JSONReader: ~Copyable {
    static let maximumDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Parses exactly one JSON document, surrounded by optional whitespace.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(WireDecodingError) -> JSONNode {
        var reader = JSONReader(bytes: bytes)
        reader.skipWhitespace()
        let node = try reader.readValue(depth: 0)
        reader.skipWhitespace()
        guard reader.position == bytes.count else {
            throw reader.failure("unexpected data after the JSON document")
        }
        return node
    }

    func failure(_ reason: String) -> WireDecodingError {
        WireDecodingError(.invalidJSON, "invalid JSON at byte \(position): \(reason)")
    }

    var current: UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            position += 1
        }
    }

    private mutating func expect(_ literal: StaticString) throws(WireDecodingError) {
        let matched = literal.withUTF8Buffer { word in
            guard position + word.count <= bytes.count else { return false }
            for (offset, byte) in word.enumerated() where bytes[position + offset] != byte {
                return false
            }
            return true
        }
        guard matched else {
            throw failure("expected \(literal)")
        }
        position += literal.utf8CodeUnitCount
    }

    private mutating func readValue(depth: Int) throws(WireDecodingError) -> JSONNode {
        guard depth <= Self.maximumDepth else {
            throw failure("nesting deeper than \(Self.maximumDepth) levels")
        }
        guard let byte = current else {
            throw failure("unexpected end of input")
        }
        switch byte {
        case UInt8(ascii: "{"): return try readObject(depth: depth)
        case UInt8(ascii: "["): return try readArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"):
            try expect("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expect("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expect("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try readNumber()
        default:
            throw failure("unexpected character")
        }
    }

    private mutating func readObject(depth: Int) throws(WireDecodingError) -> JSONNode {
        position += 1
        var members: [JSONMember] = []
        members.reserveCapacity(8)
        var seen: Set<String> = []  // filled only for large objects; small ones are scanned
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                throw failure("expected a string key")
            }
            let keyStart = position
            let key = try readString()
            if members.count == 16 {
                seen = Set(members.map(\.key))
            }
            let duplicate = members.count < 16 ? members.contains { $0.key == key } : !seen.insert(key).inserted
            guard !duplicate else {
                position = keyStart
                throw failure("duplicate key \"\(key)\"")
            }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else {
                throw failure("expected ':' after a key")
            }
            position += 1
            skipWhitespace()
            members.append(JSONMember(key: key, value: try readValue(depth: depth + 1)))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","):
                position += 1
            case UInt8(ascii: "}"):
                position += 1
                return .object(members)
            default:
                throw failure("expected ',' or '}' in an object")
            }
        }
    }

    private mutating func readArray(depth: Int) throws(WireDecodingError) -> JSONNode {
        position += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try readValue(depth: depth + 1))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","):
                position += 1
            case UInt8(ascii: "]"):
                position += 1
                return .array(elements)
            default:
                throw failure("expected ',' or ']' in an array")
            }
        }
    }
}
