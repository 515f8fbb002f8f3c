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

    /// A map entry to sort: the first 8 UTF-8 bytes of its key as a big-endian integer (zero
    /// padded), which decides most comparisons without touching the strings, and where it is.
    struct SortEntry<Position> {
        var prefix: UInt64
        /// Whether `prefix` can decide the order: no byte in it is 0xEE or above (where UTF-16
        /// order departs from byte order).
        var prefixDecides: Bool
        /// The entry's insertion order, which breaks ties between equal keys.
        var ordinal: Int
        var position: Position
    }

    @inline(__always)
    static func sortEntry<Position>(_ key: String, ordinal: Int, at position: Position) -> SortEntry<Position> {
        let prefix = key.utf8.withContiguousStorageIfAvailable { bytes -> (UInt64, Bool) in
            var prefix: UInt64 = 0
            var decides = true
            let count = Swift.min(bytes.count, 8)
            for offset in 0..<count {
                let byte = bytes[offset]
                decides = decides && byte < 0xEE
                prefix = prefix << 8 | UInt64(byte)
            }
            return (count == 0 ? 0 : prefix << (8 * UInt64(8 - count)), decides)
        }
        return SortEntry(
            prefix: prefix?.0 ?? 0,
            prefixDecides: prefix?.1 ?? false,
            ordinal: ordinal,
            position: position
        )
    }

    /// Calls `body` for each entry of `map` in key order, with its position in that order.
    @inline(__always)
    static func forEachSorted(
        _ map: [String: Value],
        _ body: (_ position: Int, _ key: String, _ value: Value) -> Void
    ) {
        forEachSorted(DictionaryEntries(map), body)
    }

    /// Calls `body` for each resolved attribute in key order (the last entry of a repeated key),
    /// with its position in that order.
    ///
    /// Keys are the same key when they are equal as Swift strings, as in ``LogRecord/attributes``.
    /// For ASCII keys that is byte equality, which the sort uses; a list with a non-ASCII key
    /// (where canonically equivalent spellings such as `é` and `e` + U+0301 are one key) is sorted
    /// through its dictionary instead.
    @inline(__always)
    static func forEachSorted(
        _ list: AttributeList,
        _ body: (_ position: Int, _ key: String, _ value: Value) -> Void
    ) {
        if hasASCIIKeys(list) {
            forEachSorted(ListEntries(list: list), body)
        } else {
            forEachSorted(DictionaryEntries(list.dictionary), body)
        }
    }

    /// Whether every key of `list` is ASCII, so byte order and byte equality decide for it.
    @inline(__always)
    private static func hasASCIIKeys(_ list: AttributeList) -> Bool {
        list.entries.allSatisfy { isASCII($0.key) }
    }

    /// Whether every UTF-8 byte of `key` is below 0x80.
    @inline(__always)
    private static func isASCII(_ key: String) -> Bool {
        key.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } }
            ?? key.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The indexes of a list's resolved entries (the last entry of a repeated key) in key order,
    /// or `nil` when a key is not ASCII (such a list is sorted through its dictionary).
    static func sortedEntryIndexes(_ list: AttributeList) -> [Int]? {
        guard hasASCIIKeys(list) else {
            return nil
        }
        var indexes: [Int] = []
        indexes.reserveCapacity(list.entries.count)
        forEachSortedPosition(ListEntries(list: list)) { indexes.append($0) }
        return indexes
    }

    @inline(__always)
    private static func forEachSorted<Entries: SortableEntries>(
        _ source: Entries,
        _ body: (_ position: Int, _ key: String, _ value: Value) -> Void
    ) {
        var written = 0
        forEachSortedPosition(source) { position in
            body(written, source.key(at: position), source.value(at: position))
            written += 1
        }
    }

    /// Calls `body` with the position of each resolved entry of `source`, in key order.
    @inline(__always)
    private static func forEachSortedPosition<Entries: SortableEntries>(
        _ source: Entries,
        _ body: (_ position: Entries.Position) -> Void
    ) {
        let count = source.count
        if count == 0 {
            return
        }
        if count == 1 {
            body(source.first)
            return
        }
        withUnsafeTemporaryAllocation(of: SortEntry<Entries.Position>.self, capacity: count) { buffer in
            var entries = buffer
            var ordinal = 0
            source.forEachPosition { position in
                entries.initializeElement(
                    at: ordinal,
                    to: sortEntry(source.key(at: position), ordinal: ordinal, at: position)
                )
                ordinal += 1
            }
            if count <= 32 {
                insertionSort(&entries, of: source)
            } else {
                entries.sort { entryLess($0, $1, of: source) }
            }
            for index in 0..<count {
                // Sorted with insertion order as the tie-break, a shadowed entry comes right
                // before the entry for the same key that shadows it.
                if Entries.mayRepeatKeys && index + 1 < count
                    && sameKey(entries[index], entries[index + 1], of: source)
                {
                    continue
                }
                body(entries[index].position)
            }
            entries.deinitialize()
        }
    }

    @inline(__always)
    private static func sameKey<Entries: SortableEntries>(
        _ left: SortEntry<Entries.Position>,
        _ right: SortEntry<Entries.Position>,
        of source: Entries
    ) -> Bool {
        left.prefix == right.prefix && source.key(at: left.position) == source.key(at: right.position)
    }

    @inline(__always)
    private static func entryLess<Entries: SortableEntries>(
        _ left: SortEntry<Entries.Position>,
        _ right: SortEntry<Entries.Position>,
        of source: Entries
    ) -> Bool {
        if left.prefixDecides && right.prefixDecides && left.prefix != right.prefix {
            return left.prefix < right.prefix
        }
        let leftKey = source.key(at: left.position)
        let rightKey = source.key(at: right.position)
        if Entries.mayRepeatKeys && leftKey == rightKey {
            return left.ordinal < right.ordinal
        }
        return less(leftKey, rightKey)
    }

    /// Insertion sort without a closure, so the source is borrowed rather than captured and retained.
    @inline(__always)
    private static func insertionSort<Entries: SortableEntries>(
        _ entries: inout UnsafeMutableBufferPointer<SortEntry<Entries.Position>>,
        of source: Entries
    ) {
        var sorted = 1
        while sorted < entries.count {
            let entry = entries[sorted]
            var slot = sorted
            while slot > 0 && entryLess(entry, entries[slot - 1], of: source) {
                entries[slot] = entries[slot - 1]
                slot -= 1
            }
            entries[slot] = entry
            sorted += 1
        }
    }
}
