/// A parsed JSON document that keeps what `Value` would lose: integer versus double, unsigned
/// 64-bit integers, and key order (so duplicates can be rejected).
enum JSONNode {
    case string(String)
    /// An integer literal (no `.`, `e` or `E`); `magnitude` holds its absolute value.
    case integer(negative: Bool, magnitude: UInt64)
    case double(Double)
    case bool(Bool)
    case null
    case object([JSONMember])
    case array([JSONNode])

    /// The JSON type name used in messages.
    var typeName: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .double: "a double"
        case .bool: "a boolean"
        case .null: "null"
        case .object: "an object"
        case .array: "an array"
        }
    }
}

/// One `"key": value` member of a JSON object, in document order.
struct JSONMember {
    var key: String
    var value: JSONNode
}
