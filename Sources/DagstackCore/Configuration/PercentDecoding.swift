/// Percent-decoding of `%XX` escapes into UTF-8 text.
enum PercentDecoding {
    /// The decoded text, or `nil` for a `%` not followed by two hex digits or bytes that are not
    /// UTF-8.
    static func decode(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap({ HexDigits.value(of: $0) }),
                let low = iterator.next().flatMap({ HexDigits.value(of: $0) })
            else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
