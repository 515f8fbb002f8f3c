/// Sorting of map keys by UTF-16 code units, as Canonical JSON requires.
///
/// UTF-8 byte order equals code point order, which equals UTF-16 order except where a
/// character in U+E000...U+FFFF meets one beyond the BMP: UTF-16 puts the supplementary
/// character (a surrogate, 0xD800...) first. The first differing UTF-8 bytes of such a pair are
/// lead bytes 0xEE/0xEF against 0xF0...0xF4, so comparing bytes and flipping exactly that case is
/// exact, with no transcoding.
enum KeyOrder {
    /// Whether `lhs` sorts before `rhs` in UTF-16 code-unit order.
    static func less(_ lhs: String, _ rhs: String) -> Bool {
        let fast = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right in less(left, right) }
        }
        if let fast, let result = fast {
            return result
        }
        return lhs.utf16.lexicographicallyPrecedes(rhs.utf16)
    }

    /// Whether UTF-8 bytes `lhs` sort before `rhs` in UTF-16 code-unit order.
    @inline(__always)
    static func less(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        let shared = Swift.min(lhs.count, rhs.count)
        var index = 0
        while index < shared {
            let left = lhs[index]
            let right = rhs[index]
            if left != right {
                if left >= 0xEE && right >= 0xEE {
                    let leftAstral = left >= 0xF0
                    let rightAstral = right >= 0xF0
                    if leftAstral != rightAstral {
                        return leftAstral
                    }
                }
                return left < right
            }
            index += 1
        }
        return lhs.count < rhs.count
    }

    /// Calls `body` for each entry of `map` in key order, with the entry's position.
    @inline(__always)
    static func forEachSorted(
        _ map: [String: Value],
        _ body: (_ position: Int, _ key: String, _ value: Value) -> Void
    ) {
        let count = map.count
        if count == 0 {
            return
        }
        if count == 1, let (key, value) = map.first {
            body(0, key, value)
            return
        }
        withUnsafeTemporaryAllocation(of: Dictionary<String, Value>.Index.self, capacity: count) { buffer in
            var indices = buffer
            var position = 0
            var index = map.startIndex
            while index != map.endIndex {
                indices.initializeElement(at: position, to: index)
                position += 1
                index = map.index(after: index)
            }
            let keys = map.keys
            indices.sort { less(keys[$0], keys[$1]) }
            for position in 0..<count {
                let (key, value) = map[indices[position]]
                body(position, key, value)
            }
            indices.deinitialize()
        }
    }

    /// The keys of `map` in UTF-16 code-unit order.
    static func sortedKeys(_ map: [String: Value]) -> [String] {
        map.keys.sorted(by: less)
    }
}
