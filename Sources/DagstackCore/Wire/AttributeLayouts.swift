/// The member layouts of recently encoded attribute lists, kept by one sink worker.
///
/// Records logged from one call site carry the same keys in the same order, so the order of their
/// members on the wire (sorted by key, shadowed entries left out) and each member's escaped
/// `"key":` bytes are the same from record to record. A layout is reused for a list whose keys
/// equal, byte for byte and in insertion order, the keys it was built from; the values are written
/// afresh every time. Only lists whose keys are all ASCII get a layout; the others are sorted
/// through their dictionary, as ``KeyOrder`` does.
///
/// Not thread-safe: a worker keeps its own.
package struct AttributeLayouts {
    /// At most this many layouts are kept; a new one replaces the oldest.
    static let capacity = 8

    struct Layout {
        /// The keys it was built from, in insertion order.
        var keys: [String]
        /// Per member, in wire order: the index of its entry in the list, then where its prefix
        /// ends in `prefixes`.
        var members: [Int]
        /// Every member's `"key":`, preceded by a comma for all but the first, back to back.
        var prefixes: [UInt8]
    }

    private(set) var layouts: [Layout] = []
    private var lastHit = 0
    private var nextReplaced = 0

    /// No layout yet.
    package init() {}

    /// The index in ``layouts`` of the layout for `list`, built on a miss; `nil` when a key of
    /// the list is not ASCII.
    mutating func layoutIndex(for list: AttributeList) -> Int? {
        if lastHit < layouts.count && Self.keys(layouts[lastHit].keys, match: list) {
            return lastHit
        }
        for index in layouts.indices where index != lastHit && Self.keys(layouts[index].keys, match: list) {
            lastHit = index
            return index
        }
        guard let layout = Self.layout(of: list) else {
            return nil
        }
        if layouts.count < Self.capacity {
            layouts.append(layout)
            lastHit = layouts.count - 1
        } else {
            layouts[nextReplaced] = layout
            lastHit = nextReplaced
            nextReplaced = (nextReplaced + 1) % Self.capacity
        }
        return lastHit
    }

    /// Writes `list` as a JSON object through the layout at `index`, which must be the one
    /// ``layoutIndex(for:)`` returned for this list.
    func writeMap(
        _ list: AttributeList,
        layout index: Int,
        to writer: inout ByteWriter,
        nonFinite: inout Int
    ) {
        writer.write(UInt8(ascii: "{"))
        layouts[index].members.withUnsafeBufferPointer { members in
            layouts[index].prefixes.withUnsafeBufferPointer { prefixes in
                list.entries.withUnsafeBufferPointer { entries in
                    var start = 0
                    var member = 0
                    while member < members.count {
                        let end = members[member + 1]
                        writer.write(UnsafeBufferPointer(rebasing: prefixes[start..<end]))
                        CanonicalJSON.write(entries[members[member]].value, to: &writer, nonFinite: &nonFinite)
                        start = end
                        member += 2
                    }
                }
            }
        }
        writer.write(UInt8(ascii: "}"))
    }

    /// Whether the list's keys are `keys`, byte for byte, in order. Compared from the end, where
    /// the keys of different call sites differ (their code-location keys come first).
    private static func keys(_ keys: [String], match list: AttributeList) -> Bool {
        guard keys.count == list.entries.count else {
            return false
        }
        // Read in place: no key is copied (retained) to be compared.
        return keys.withUnsafeBufferPointer { keys in
            list.entries.withUnsafeBufferPointer { entries in
                var index = keys.count
                while index > 0 {
                    index -= 1
                    if !sameBytes(keys[index], entries[index].key) {
                        return false
                    }
                }
                return true
            }
        }
    }

    /// Byte equality: Swift's `==` also equates canonically equivalent spellings, which encode
    /// differently.
    @inline(__always)
    private static func sameBytes(_ left: String, _ right: String) -> Bool {
        // The same call site passes the same literal: identical values, no byte to read.
        if left.isIdentical(to: right) {
            return true
        }
        let contiguous = left.utf8.withContiguousStorageIfAvailable { leftBytes in
            right.utf8.withContiguousStorageIfAvailable { rightBytes in
                guard leftBytes.count == rightBytes.count else { return false }
                guard let left = leftBytes.baseAddress, let right = rightBytes.baseAddress, left != right else {
                    return true
                }
                return sameBytes(UnsafeRawPointer(left), UnsafeRawPointer(right), count: leftBytes.count)
            }
        }
        if let contiguous, let equal = contiguous {
            return equal
        }
        return left.utf8.elementsEqual(right.utf8)
    }

    /// Whether `count` bytes at `left` and `right` are equal, a word at a time: keys are short,
    /// and a call to `memcmp` costs more than comparing them here.
    @inline(__always)
    private static func sameBytes(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, count: Int) -> Bool {
        var offset = 0
        while offset + 8 <= count {
            if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            {
                return false
            }
            offset += 8
        }
        while offset < count {
            if left.load(fromByteOffset: offset, as: UInt8.self) != right.load(fromByteOffset: offset, as: UInt8.self) {
                return false
            }
            offset += 1
        }
        return true
    }

    /// A new layout for `list`, or `nil` when one of its keys is not ASCII.
    private static func layout(of list: AttributeList) -> Layout? {
        guard let order = KeyOrder.sortedEntryIndexes(list) else {
            return nil
        }
        var members: [Int] = []
        members.reserveCapacity(2 * order.count)
        var prefixes: [UInt8] = []
        for (position, entry) in order.enumerated() {
            ByteWriter.append(to: &prefixes) { writer in
                if position > 0 {
                    writer.write(UInt8(ascii: ","))
                }
                CanonicalJSON.writeString(list.entries[entry].key, to: &writer)
                writer.write(UInt8(ascii: ":"))
            }
            members.append(entry)
            members.append(prefixes.count)
        }
        return Layout(keys: list.entries.map(\.key), members: members, prefixes: prefixes)
    }
}
