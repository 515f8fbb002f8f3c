/// Case-insensitive suffix matching of attribute keys against lowercase ASCII suffixes.
///
/// An ASCII key is compared without allocating: its last 8 bytes are loaded as one word,
/// case-folded all at once, and compared with each suffix's last 8 bytes under a mask; only a
/// suffix longer than 8 bytes that agrees there is compared further, byte by byte. A key with any
/// non-ASCII character is lower-cased with full Unicode rules first (the reference's
/// `str.lower()`), since a character such as the Kelvin sign lower-cases to ASCII `k`.
struct SuffixMatcher: Sendable, Hashable {
    private let suffixes: [[UInt8]]
    /// Per suffix, in the order of `suffixes`: its last (up to) 8 bytes as the top bytes of a
    /// little-endian word, the mask of those bytes, and its length.
    private let tails: [Tail]

    private struct Tail: Sendable, Hashable {
        var value: UInt64
        var mask: UInt64
        var length: Int
    }

    init(suffixes: Set<String>) {
        self.suffixes = suffixes.map { Array($0.utf8) }.sorted {
            $0.count < $1.count || ($0.count == $1.count && $0.lexicographicallyPrecedes($1))
        }
        self.tails = self.suffixes.map { suffix in
            var tail = Tail(value: 0, mask: 0, length: suffix.count)
            for offset in 0..<min(8, suffix.count) {
                let shift = UInt64(8 * (7 - offset))
                tail.value |= UInt64(suffix[suffix.count - 1 - offset]) << shift
                tail.mask |= 0xFF << shift
            }
            return tail
        }
    }

    var isEmpty: Bool {
        suffixes.isEmpty
    }

    func matches(_ key: String) -> Bool {
        if suffixes.isEmpty {
            return false
        }
        // Native and literal strings are contiguous: no copy. Others are made contiguous once.
        if let matched = key.utf8.withContiguousStorageIfAvailable({ matchesBytes($0) }) {
            return matched
        }
        var key = key
        return key.withUTF8 { matchesBytes($0) }
    }

    @inline(__always)
    private func matchesBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if Self.isASCII(bytes) {
            return matchesASCIIFolded(bytes)
        }
        var lowered = String(decoding: bytes, as: UTF8.self).lowercased()
        return lowered.withUTF8 { matchesASCIIFolded($0) }
    }

    /// Whether every byte is below 0x80, read 8 bytes at a time (the last word may overlap).
    @inline(__always)
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var high: UInt64 = 0
        if bytes.count >= 8 {
            var offset = 0
            while offset + 8 < bytes.count {
                high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                offset += 8
            }
            high |= raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
        } else {
            for offset in 0..<bytes.count {
                high |= UInt64(bytes[offset])
            }
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    private func matchesASCIIFolded(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let tail = Self.foldedTail(key)
        return tails.withUnsafeBufferPointer { tails in
            for index in tails.indices {
                let suffix = tails[index]
                guard tail & suffix.mask == suffix.value, suffix.length <= key.count else { continue }
                if suffix.length <= 8 || matchesHead(key, suffixes[index]) {
                    return true
                }
            }
            return false
        }
    }

    /// The key's last 8 bytes (fewer for a short key, in the top bytes), ASCII letters lowered.
    @inline(__always)
    private static func foldedTail(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var word: UInt64 = 0
        if key.count >= 8, let base = key.baseAddress {
            word = UInt64(littleEndian: UnsafeRawPointer(base + key.count - 8).loadUnaligned(as: UInt64.self))
        } else {
            for offset in 0..<key.count {
                word |= UInt64(key[key.count - 1 - offset]) << UInt64(8 * (7 - offset))
            }
        }
        // SWAR: a byte is an upper-case letter when its low 7 bits are >= 'A' and <= 'Z' and its
        // top bit is clear; adding 0x80 - bound to the low 7 bits sets the top bit when >= bound.
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low = word & (0x7F * ones)
        let atLeastA = low &+ (0x80 - 0x41) * ones
        let aboveZ = low &+ (0x80 - 0x5B) * ones
        let upper = atLeastA & ~aboveZ & ~word & (0x80 * ones)
        return word | (upper >> 2)
    }

    /// The bytes of a suffix longer than 8 before its last 8, compared with ASCII case folding.
    private func matchesHead(_ key: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        let start = key.count - suffix.count
        for offset in 0..<(suffix.count - 8) {
            var byte = key[start + offset]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                byte |= 0x20
            }
            if byte != suffix[offset] {
                return false
            }
        }
        return true
    }
}
