/// The member layouts of recently encoded attribute lists, kept by one sink worker.
///
/// Records logged from one call site carry the same keys, so the order of their members on the
/// wire (sorted by key, shadowed entries left out) and each member's escaped `"key":` bytes are the
/// same from record to record. A layout is reused for a list whose keys equal, byte for byte, the
/// keys it was built from: in insertion order, or, for a layout without repeated keys, in any
/// order (a call site's metadata dictionary iterates in an order that changes from one dictionary
/// to the next: Swift seeds each dictionary's hashing with its storage's address). The values are
/// written afresh every time. Only lists whose keys are all ASCII get a layout; the others are
/// sorted through their dictionary, as ``KeyOrder`` does.
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
        /// Whether no key repeats (every entry is a member): only then may a list with the keys
        /// in another order use the layout, as the order decides which of repeated entries wins.
        var distinct: Bool { members.count == 2 * keys.count }
    }

    /// A layout found for a list, and whether the list holds its keys in another order than the
    /// layout's (then ``AttributeLayouts/permutation`` maps the layout's keys to its entries).
    struct Match {
        let index: Int
        let permuted: Bool
    }

    private(set) var layouts: [Layout] = []
    private var lastHit = 0
    private var nextReplaced = 0
    /// For a permuted match: the index of each layout key's entry in the list, by the key's index.
    private var permutation: [Int] = []
    /// Lists of more entries than this are only matched in order (a used-key mask is one word).
    static let permutedLimit = 64

    /// No layout yet.
    package init() {}

    /// The layout for `list`, built on a miss; `nil` when a key of the list is not ASCII.
    mutating func match(for list: AttributeList) -> Match? {
        // The last hit first, in order and then in any order: a call site whose dictionaries
        // iterate in changing orders finds its layout without trying every other one first.
        if lastHit < layouts.count {
            if Self.keys(layouts[lastHit].keys, match: list) {
                return Match(index: lastHit, permuted: false)
            }
            if mayPermute(list), permutes(layoutAt: lastHit, list) {
                return Match(index: lastHit, permuted: true)
            }
        }
        for index in layouts.indices where index != lastHit && Self.keys(layouts[index].keys, match: list) {
            lastHit = index
            return Match(index: index, permuted: false)
        }
        if mayPermute(list) {
            for index in layouts.indices where index != lastHit && permutes(layoutAt: index, list) {
                lastHit = index
                return Match(index: index, permuted: true)
            }
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
        return Match(index: lastHit, permuted: false)
    }

    /// Whether `list` may match a layout in another order: two entries at least, and few enough
    /// for the taken-key mask.
    private func mayPermute(_ list: AttributeList) -> Bool {
        list.entries.count > 1 && list.entries.count <= Self.permutedLimit
    }

    /// Whether the layout at `index` has no repeated key and the keys of `list` in some order;
    /// fills ``permutation`` when it has.
    private mutating func permutes(layoutAt index: Int, _ list: AttributeList) -> Bool {
        layouts[index].keys.count == list.entries.count && layouts[index].distinct
            && Self.permutation(of: layouts[index].keys, in: list, into: &permutation)
    }

    /// Fills `permutation` with, for each of `keys` (no key twice), the index of the list's entry
    /// with that key, byte for byte; `false` when the list's keys are not `keys` in some order.
    /// Each entry must take a key no other entry took, so a list that repeats a key never matches.
    private static func permutation(of keys: [String], in list: AttributeList, into permutation: inout [Int]) -> Bool {
        let count = keys.count
        permutation.removeAll(keepingCapacity: true)
        permutation.append(contentsOf: repeatElement(0, count: count))
        return keys.withUnsafeBufferPointer { keys in
            list.entries.withUnsafeBufferPointer { entries in
                permutation.withUnsafeMutableBufferPointer { permutation in
                    var taken: UInt64 = 0
                    for entry in 0..<count {
                        // From the entry's own position: the leading bindings are in place.
                        var found = -1
                        var candidate = entry
                        for _ in 0..<count {
                            if taken & (1 << UInt64(candidate)) == 0, sameBytes(keys[candidate], entries[entry].key) {
                                found = candidate
                                break
                            }
                            candidate = candidate + 1 == count ? 0 : candidate + 1
                        }
                        guard found >= 0 else {
                            return false
                        }
                        taken |= 1 << UInt64(found)
                        permutation[found] = entry
                    }
                    return true
                }
            }
        }
    }

    /// Writes `list` as a JSON object through the layout `match`, which must be the one
    /// ``match(for:)`` returned for this list (and the last it returned).
    func writeMap(
        _ list: AttributeList,
        layout match: Match,
        to writer: inout ByteWriter,
        nonFinite: inout Int
    ) {
        let index = match.index
        writer.write(UInt8(ascii: "{"))
        layouts[index].members.withUnsafeBufferPointer { members in
            layouts[index].prefixes.withUnsafeBufferPointer { prefixes in
                permutation.withUnsafeBufferPointer { permutation in
                    list.entries.withUnsafeBufferPointer { entries in
                        var start = 0
                        var member = 0
                        while member < members.count {
                            let end = members[member + 1]
                            let entry = match.permuted ? permutation[members[member]] : members[member]
                            writer.write(UnsafeBufferPointer(rebasing: prefixes[start..<end]))
                            CanonicalJSON.write(entries[entry].value, to: &writer, nonFinite: &nonFinite)
                            start = end
                            member += 2
                        }
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
