extension RecordFields {
    static func wrongType(_ field: String, expected: String, got node: JSONNode) -> WireDecodingError {
        WireDecodingError(.wrongType, "\(field) must be \(expected), got \(node.typeName)")
    }

    static func required(_ fields: [JSONNode?], _ index: Int, _ name: String) throws(WireDecodingError) -> JSONNode {
        guard let node = fields[index] else {
            throw WireDecodingError(.missingField, "required field \(name) is missing")
        }
        return node
    }

    /// The members of an object whose keys must all be in `allowed`, in the order of `allowed`.
    static func members(
        of node: JSONNode,
        path: String,
        allowed: [String]
    ) throws(WireDecodingError) -> [JSONNode?] {
        guard case .object(let members) = node else {
            throw wrongType(path, expected: "an object", got: node)
        }
        var fields = [JSONNode?](repeating: nil, count: allowed.count)
        for member in members {
            let (key, value) = (member.key, member.value)
            guard let slot = allowed.firstIndex(of: key) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw WireDecodingError(.unknownField, "unknown field \"\(key)\" in \(path); expected only \(known)")
            }
            fields[slot] = value
        }
        return fields
    }

    static func string(_ node: JSONNode, field: String) throws(WireDecodingError) -> String {
        guard case .string(let string) = node else {
            throw wrongType(field, expected: "a string", got: node)
        }
        return string
    }

    static func unsigned(_ node: JSONNode, field: String) throws(WireDecodingError) -> UInt64 {
        guard case .integer(let negative, let magnitude) = node else {
            throw wrongType(field, expected: "an integer", got: node)
        }
        guard !negative || magnitude == 0 else {
            throw WireDecodingError(.outOfRange, "\(field) must not be negative, got -\(magnitude)")
        }
        return magnitude
    }

    static func map(_ node: JSONNode, path: @autoclosure () -> String) throws(WireDecodingError) -> [String: Value] {
        var result: [String: Value] = [:]
        try forEachMember(of: node, path: path()) { key, value in result[key] = value }
        return result
    }

    /// A record's attributes, straight into the list a record keeps (the reader has rejected
    /// repeated keys).
    static func attributeList(_ node: JSONNode) throws(WireDecodingError) -> AttributeList {
        var list = AttributeList()
        try forEachMember(of: node, path: "attributes") { key, value in list.append(key, value) }
        return list
    }

    /// Calls `body` with each member of an object, its value converted.
    private static func forEachMember(
        of node: JSONNode,
        path: @autoclosure () -> String,
        _ body: (String, Value) -> Void
    ) throws(WireDecodingError) {
        guard case .object(let members) = node else {
            throw wrongType(path(), expected: "an object", got: node)
        }
        for entry in members {
            body(entry.key, try value(entry.value, path: "\(path()).\(entry.key)"))
        }
    }

    static func value(_ node: JSONNode, path: @autoclosure () -> String) throws(WireDecodingError) -> Value {
        switch node {
        case .string(let string):
            return .string(string)
        case .integer(let negative, let magnitude):
            if negative {
                guard magnitude <= Int64.min.magnitude else {
                    throw WireDecodingError(.outOfRange, "\(path()) -\(magnitude) is below Int64.min")
                }
                return .int(magnitude == Int64.min.magnitude ? .min : -Int64(magnitude))
            }
            guard let int = Int64(exactly: magnitude) else {
                throw WireDecodingError(.outOfRange, "\(path()) \(magnitude) is above Int64.max")
            }
            return .int(int)
        case .double(let double):
            return .double(double)
        case .bool(let bool):
            return .bool(bool)
        case .null:
            return .null
        case .object:
            return .map(try map(node, path: path()))
        case .array(let elements):
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                values.append(try value(element, path: "\(path())[\(index)]"))
            }
            return .array(values)
        }
    }
}
