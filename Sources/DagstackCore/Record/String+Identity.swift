extension String {
    /// Whether `other` is this very string value: the same inline bytes, or the same storage.
    ///
    /// Two bit-identical string values have the same bytes (storage is immutable while shared), so
    /// `true` proves byte equality without reading a byte; `false` proves nothing, and the caller
    /// compares the bytes. A literal key logged at one call site is bit-identical from call to
    /// call, so caches keyed by call-site keys hit with two word compares. Only sound while both
    /// values are alive: a cache that compares against a remembered string must keep it.
    @inline(__always)
    func isIdentical(to other: String) -> Bool {
        // A string value is two words on 64-bit platforms; elsewhere there is no shortcut.
        guard MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size else { return false }
        let left = unsafeBitCast(self, to: (UInt64, UInt64).self)
        let right = unsafeBitCast(other, to: (UInt64, UInt64).self)
        return left.0 == right.0 && left.1 == right.1
    }

    /// A hash of the string value's bits (not of its contents): equal for identical values.
    @inline(__always)
    var identityHash: UInt64 {
        guard MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size else { return 0 }
        let words = unsafeBitCast(self, to: (UInt64, UInt64).self)
        return (words.0 ^ (words.1 &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
    }
}
