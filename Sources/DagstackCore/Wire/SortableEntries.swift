/// Keyed entries that ``KeyOrder`` can visit in key order.
protocol SortableEntries {
    associatedtype Position
    /// Whether a key may occur more than once (the last occurrence wins).
    static var mayRepeatKeys: Bool { get }
    var count: Int { get }
    var first: Position { get }
    func forEachPosition(_ body: (Position) -> Void)
    func key(at position: Position) -> String
    func value(at position: Position) -> Value
}

/// A dictionary's entries: each key once.
struct DictionaryEntries: SortableEntries {
    let map: [String: Value]

    init(_ map: [String: Value]) {
        self.map = map
    }

    static var mayRepeatKeys: Bool { false }
    var count: Int { map.count }
    var first: Dictionary<String, Value>.Index { map.startIndex }

    @inline(__always)
    func forEachPosition(_ body: (Dictionary<String, Value>.Index) -> Void) {
        var index = map.startIndex
        while index != map.endIndex {
            body(index)
            index = map.index(after: index)
        }
    }

    @inline(__always)
    func key(at position: Dictionary<String, Value>.Index) -> String { map.keys[position] }
    @inline(__always)
    func value(at position: Dictionary<String, Value>.Index) -> Value { map.values[position] }
}

/// An attribute list's entries, in insertion order.
struct ListEntries: SortableEntries {
    let list: AttributeList

    static var mayRepeatKeys: Bool { true }
    var count: Int { list.entries.count }
    var first: Int { 0 }

    @inline(__always)
    func forEachPosition(_ body: (Int) -> Void) {
        for index in list.entries.indices { body(index) }
    }

    @inline(__always)
    func key(at position: Int) -> String { list.entries[position].key }
    @inline(__always)
    func value(at position: Int) -> Value { list.entries[position].value }
}
