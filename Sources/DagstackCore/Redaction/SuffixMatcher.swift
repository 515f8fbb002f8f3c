/// Case-insensitive suffix matching of attribute keys against lowercase ASCII suffixes.
///
/// An ASCII key is compared byte by byte with ASCII case folding, without allocating. A key with
/// any non-ASCII character is lower-cased with full Unicode rules first (the reference's
/// `str.lower()`), since a character such as the Kelvin sign lower-cases to ASCII `k`.
struct SuffixMatcher: Sendable, Hashable {
    private let suffixes: [[UInt8]]

    init(suffixes: Set<String>) {
        self.suffixes = suffixes.map { Array($0.utf8) }.sorted {
            $0.count < $1.count || ($0.count == $1.count && $0.lexicographicallyPrecedes($1))
        }
    }

    var isEmpty: Bool {
        suffixes.isEmpty
    }

    func matches(_ key: String) -> Bool {
        if suffixes.isEmpty {
            return false
        }
        var key = key
        return key.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 {
                var lowered = String(decoding: bytes, as: UTF8.self).lowercased()
                return lowered.withUTF8 { matchesASCIIFolded($0) }
            }
            return matchesASCIIFolded(bytes)
        }
    }

    private func matchesASCIIFolded(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        for suffix in suffixes where suffix.count <= key.count {
            let start = key.count - suffix.count
            var matched = true
            for (offset, expected) in suffix.enumerated() {
                var byte = key[start + offset]
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                    byte |= 0x20
                }
                if byte != expected {
                    matched = false
                    break
                }
            }
            if matched {
                return true
            }
        }
        return false
    }
}
