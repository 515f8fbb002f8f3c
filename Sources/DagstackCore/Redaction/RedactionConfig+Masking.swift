extension RedactionConfig {
    /// Returns `attributes` with every secret value replaced by `"***"`, recursively into nested
    /// maps and into maps inside arrays; a masked subtree is not entered.
    ///
    /// Cheap when nothing matches: the same dictionary is returned without a copy.
    public func redact(_ attributes: [String: Value]) -> [String: Value] {
        redactedMap(attributes) ?? attributes
    }

    /// Masks the secret attributes of a record in place; the body is never redacted.
    public func redact(_ record: inout LogRecord) {
        redact(&record.attributeList)
    }

    /// Masks the secret entries of an attribute list in place, shadowed entries included.
    ///
    /// Nothing is copied or allocated unless an entry needs masking.
    package func redact(_ list: inout AttributeList) {
        if matcher.isEmpty {
            return
        }
        redact(&list, thread: PipelineThreadState.current)
    }

    /// ``redact(_:)-(AttributeList)`` with the calling thread's state at hand (its verdicts, see
    /// ``PipelineThreadState``).
    package func redact(_ list: inout AttributeList, thread: UnsafeMutablePointer<PipelineThreadState>) {
        if matcher.isEmpty {
            return
        }
        // Most records have nothing to mask: a first pass reads the entries in place, where the
        // masking loop below copies (retains and releases) each key and value it looks at; that
        // loop starts at the first entry the pass could not rule out. The pass asks the thread's
        // verdicts, which remember the keys of recent call sites.
        thread.pointee.verdicts.use(matcher)
        let candidate: Int? = list.entries.withUnsafeBufferPointer { entries in
            var index = masksBindings ? 0 : list.bindingCount
            while index < entries.count {
                if entries[index].value.isContainer
                    || thread.pointee.verdicts.isSecret(entries[index].key, under: matcher)
                {
                    return index
                }
                index += 1
            }
            return nil
        }
        guard let candidate else {
            return
        }
        for index in candidate..<list.entries.count {
            if let replacement = replacement(forKey: list.entries[index].key, list.entries[index].value) {
                list.entries[index].value = replacement
            }
        }
    }

    /// What an entry's value becomes: the mask under a secret key (unless already masked), the
    /// redacted container under another key; `nil` when it stays as it is.
    @inline(__always)
    private func replacement(forKey key: String, _ value: Value) -> Value? {
        if matcher.matches(key) {
            return value == .string(Self.mask) ? nil : .string(Self.mask)
        }
        return value.isContainer ? redactedValue(value) : nil  // a scalar under another key stays
    }

    /// The masked map, or `nil` when nothing in it needed masking.
    func redactedMap(_ map: [String: Value]) -> [String: Value]? {
        if matcher.isEmpty {
            return nil
        }
        // The common case, nothing to redact, in two plain passes (keys, then values) that
        // allocate nothing; only a record with a matching key or a nested value is walked again.
        var needsWalk = false
        for key in map.keys where matcher.matches(key) {
            needsWalk = true
            break
        }
        if !needsWalk {
            for value in map.values where value.isContainer {
                needsWalk = true
                break
            }
        }
        guard needsWalk else { return nil }
        var result: [String: Value]?
        // By index, so a value is copied only when its key matches or it nests.
        var index = map.startIndex
        while index != map.endIndex {
            defer { index = map.index(after: index) }
            let key = map.keys[index]
            if let replacement = replacement(forKey: key, map.values[index]) {
                if result == nil {
                    result = map
                }
                result?[key] = replacement
            }
        }
        return result
    }

    private func redactedValue(_ value: Value) -> Value? {
        switch value {
        case .map(let map):
            return redactedMap(map).map(Value.map)
        case .array(let array):
            var result: [Value]?
            for (index, element) in array.enumerated() {
                if let replacement = redactedValue(element) {
                    if result == nil {
                        result = array
                    }
                    result?[index] = replacement
                }
            }
            return result.map(Value.array)
        default:
            return nil
        }
    }
}

extension Value {
    /// Whether the value is a map or an array (which redaction walks into).
    fileprivate var isContainer: Bool {
        switch self {
        case .map, .array: true
        default: false
        }
    }
}
