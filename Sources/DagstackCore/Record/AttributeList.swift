/// A record's attributes as the pipeline builds them: key/value entries in the order they were
/// added, where a later entry for a key shadows an earlier one.
///
/// Appending costs no hashing, so a front end adds the code location, the bound metadata and the
/// call site's entries in layer order without resolving collisions on the caller's thread; the
/// encoders sort the keys anyway (on the sink's worker) and keep the last entry of each key there.
/// Every read — ``subscript(_:)``, ``dictionary``, equality — sees the resolved view.
@usableFromInline
package struct AttributeList: Sendable {
    /// One entry.
    @usableFromInline
    package struct Entry: Sendable {
        @usableFromInline
        package var key: String
        @usableFromInline
        package var value: Value

        @inlinable
        package init(_ key: String, _ value: Value) {
            self.key = key
            self.value = value
        }
    }

    /// The attributes the front ends derive from the call itself (code location, error), whose
    /// keys are fixed: redaction decides about them once per configuration, not per record.
    @usableFromInline
    package enum Binding: String, Sendable, CaseIterable {
        case codeNamespace = "code.namespace"
        case codeFilepath = "code.filepath"
        case codeFunction = "code.function"
        case codeLineno = "code.lineno"
        case exceptionType = "exception.type"
        case exceptionMessage = "exception.message"
    }

    /// The entries in insertion order; may hold a key more than once (the last one wins).
    @usableFromInline
    package internal(set) var entries: [Entry]
    /// How many leading entries were added with ``appendBinding(_:_:)`` (their keys are fixed).
    @usableFromInline
    package internal(set) var bindingCount = 0

    /// An empty list.
    package init() {
        entries = []
    }

    /// A list that starts with the code-location bindings of a call, filled into `buffer` (empty,
    /// with room for every entry the list will get: see ``AttributeBufferPool``):
    /// `code.namespace`, then, when `file` is given, `code.filepath`, `code.function` and
    /// `code.lineno`. One call, so the appends are not made one by one across the module boundary.
    package init(buffer: [Entry], namespace: String, file: String?, function: String, line: Int64) {
        assert(buffer.isEmpty, "an attribute list starts from an empty buffer")
        entries = buffer
        entries.append(Entry(Binding.codeNamespace.rawValue, .string(namespace)))
        if let file {
            entries.append(Entry(Binding.codeFilepath.rawValue, .string(file)))
            entries.append(Entry(Binding.codeFunction.rawValue, .string(function)))
            entries.append(Entry(Binding.codeLineno.rawValue, .int(line)))
        }
        bindingCount = entries.count
    }

    /// The entries of a dictionary (each key once).
    package init(_ dictionary: [String: Value]) {
        guard !dictionary.isEmpty else {
            entries = []
            return
        }
        entries = AttributeBufferPool.shared.take(minimumCapacity: dictionary.count)
        for (key, value) in dictionary {
            entries.append(Entry(key, value))
        }
    }

    /// Moves the entries out, leaving the list empty (for recycling their buffer).
    package mutating func takeEntries() -> [Entry] {
        bindingCount = 0
        return Swift.exchange(&entries, with: [])
    }

    /// Whether there is no attribute.
    @inline(__always)
    package var isEmpty: Bool {
        entries.isEmpty
    }

    /// Adds an entry that shadows any earlier entry for `key`.
    @inlinable
    package mutating func append(_ key: String, _ value: Value) {
        entries.append(Entry(key, value))
    }

    /// Adds a binding entry; bindings come before every other entry.
    @inlinable
    package mutating func appendBinding(_ binding: Binding, _ value: Value) {
        if bindingCount == entries.count { bindingCount += 1 }
        entries.append(Entry(binding.rawValue, value))
    }

    /// The value of `key` (its last entry), or `nil`. Setting a value stores it in the first entry
    /// for `key` (keeping that entry's spelling of the key, as a dictionary keeps its key) and
    /// removes the later ones; a binding entry, or none, is replaced by a new entry at the end.
    /// Setting `nil` removes every entry for `key`.
    package subscript(key: String) -> Value? {
        get {
            var index = entries.count
            while index > 0 {
                index -= 1
                if entries[index].key == key { return entries[index].value }
            }
            return nil
        }
        set {
            // A binding keeps its place only while it holds what the front end put there.
            if let newValue, let first = entries.firstIndex(where: { $0.key == key }), first >= bindingCount {
                entries[first].value = newValue
                entries[(first + 1)...].removeAll { $0.key == key }
                return
            }
            bindingCount -= entries.prefix(bindingCount).count { $0.key == key }
            entries.removeAll { $0.key == key }
            if let newValue { entries.append(Entry(key, newValue)) }
        }
    }

    /// The resolved attributes: one value per key, the last entry winning.
    package var dictionary: [String: Value] {
        var dictionary = [String: Value](minimumCapacity: entries.count)
        for entry in entries {
            dictionary[entry.key] = entry.value
        }
        return dictionary
    }
}

extension AttributeList: Hashable {
    /// Equal when the resolved attributes are equal, whatever the order or shadowed entries.
    @usableFromInline
    package static func == (lhs: AttributeList, rhs: AttributeList) -> Bool {
        if lhs.isEmpty || rhs.isEmpty {
            return lhs.isEmpty == rhs.isEmpty
        }
        return lhs.dictionary == rhs.dictionary
    }

    @usableFromInline
    package func hash(into hasher: inout Hasher) {
        hasher.combine(dictionary)
    }
}
