/// Case-insensitive suffix matching of attribute keys against lowercase ASCII suffixes.
///
/// A key is compared without allocating: its last 8 bytes are loaded as one word, case-folded all
/// at once, and compared with each suffix's last 8 bytes under a mask; only a suffix longer than 8
/// bytes that agrees there is compared further, byte by byte. A key with a non-ASCII byte where it
/// is compared is lower-cased with full Unicode rules first (the reference's `str.lower()`), since
/// a character such as the Kelvin sign lower-cases to ASCII `k`.
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

    /// The shortest suffix's length: a shorter key cannot match (lower-casing never shortens the
    /// ASCII tail a match needs; see ``matches(_:)``).
    private let minimumLength: Int

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
        self.minimumLength = self.suffixes.first?.count ?? 0
    }

    var isEmpty: Bool {
        suffixes.isEmpty
    }

    /// Whether `other` is this very matcher (a copy of it): its suffixes are the same storage, so
    /// it matches the same keys. `false` proves nothing; only meaningful while both are alive.
    @inline(__always)
    func isSameMatcher(as other: SuffixMatcher) -> Bool {
        suffixes.withUnsafeBufferPointer { mine in
            other.suffixes.withUnsafeBufferPointer { theirs in mine.baseAddress == theirs.baseAddress }
        }
    }

    /// Whether `key`, lower-cased, ends with one of the suffixes.
    ///
    /// The suffixes are ASCII, so only an ASCII tail of the lower-cased key can match, and that
    /// tail comes from ASCII characters of the key or from a Kelvin sign (3 bytes lowering to 1):
    /// a key shorter than the shortest suffix never matches, and one whose bytes in the compared
    /// region are ASCII is compared as it is, with ASCII case folding. A non-ASCII byte there
    /// sends the key through full Unicode lower-casing instead.
    func matches(_ key: String) -> Bool {
        if suffixes.isEmpty || key.utf8.count < minimumLength {
            return false
        }
        // Native and literal strings are contiguous: no copy. Others are made contiguous once.
        if let matched = key.utf8.withContiguousStorageIfAvailable({ matchesBytes($0) }) {
            return matched ?? matchesLowercased(key)
        }
        var key = key
        return key.withUTF8 { matchesBytes($0) } ?? matchesLowercased(key)
    }

    /// Whether the key's bytes end with a suffix, ASCII letters folded; `nil` when a non-ASCII
    /// byte in the compared region needs full lower-casing first (never once `lowered`: a
    /// non-ASCII byte of a lower-cased key just does not match).
    @inline(__always)
    private func matchesBytes(_ key: UnsafeBufferPointer<UInt8>, lowered: Bool = false) -> Bool? {
        let tail = Self.tailWord(key)
        if !lowered && tail & 0x8080_8080_8080_8080 != 0 {
            return nil
        }
        let folded = Self.foldASCII(tail)
        return tails.withUnsafeBufferPointer { tails in
            for index in tails.indices {
                let suffix = tails[index]
                guard folded & suffix.mask == suffix.value, suffix.length <= key.count else { continue }
                if suffix.length <= 8 {
                    return true
                }
                switch matchesHead(key, suffixes[index], lowered: lowered) {
                case .some(true): return true
                case .some(false): continue
                case .none: return nil
                }
            }
            return false
        }
    }

    /// The slow path: the key lower-cased with full Unicode rules (the reference's `str.lower()`).
    private func matchesLowercased(_ key: String) -> Bool {
        var lowered = key.lowercased()
        return lowered.withUTF8 { matchesBytes($0, lowered: true) } ?? false
    }

    /// The key's last 8 bytes (fewer for a short key, in the top bytes) as a little-endian word.
    @inline(__always)
    private static func tailWord(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if key.count >= 8, let base = key.baseAddress {
            return UInt64(littleEndian: UnsafeRawPointer(base + key.count - 8).loadUnaligned(as: UInt64.self))
        }
        var word: UInt64 = 0
        for offset in 0..<key.count {
            word |= UInt64(key[key.count - 1 - offset]) << UInt64(8 * (7 - offset))
        }
        return word
    }

    /// The word with its ASCII upper-case letters lowered (SWAR).
    @inline(__always)
    private static func foldASCII(_ word: UInt64) -> UInt64 {
        // A byte is an upper-case letter when its low 7 bits are >= 'A' and <= 'Z' and its top bit
        // is clear; adding 0x80 - bound to the low 7 bits sets the top bit when >= bound.
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low = word & (0x7F * ones)
        let atLeastA = low &+ (0x80 - 0x41) * ones
        let aboveZ = low &+ (0x80 - 0x5B) * ones
        let upper = atLeastA & ~aboveZ & ~word & (0x80 * ones)
        return word | (upper >> 2)
    }

    /// The bytes of a suffix longer than 8 before its last 8, compared with ASCII case folding;
    /// `nil` at a non-ASCII key byte of a key not yet `lowered` (only full lower-casing decides).
    private func matchesHead(_ key: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8], lowered: Bool) -> Bool? {
        let start = key.count - suffix.count
        for offset in 0..<(suffix.count - 8) {
            var byte = key[start + offset]
            if byte >= 0x80 {
                return lowered ? false : nil
            }
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
