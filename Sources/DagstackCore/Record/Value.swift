/// A structured value carried by a log record's body and attributes: the JSON value set.
///
/// Maps and arrays nest to any depth. Integers are `Int64` and doubles are `Double`, and the
/// two stay distinct on the wire (`1` versus `1.0`). A non-finite double is allowed in memory;
/// encoders write it as the string `"NaN"`, `"Infinity"` or `"-Infinity"` (SPEC §3.1).
public enum Value: Sendable, Hashable {
    /// A UTF-8 string.
    case string(String)
    /// A signed 64-bit integer.
    case int(Int64)
    /// A 64-bit floating-point number.
    case double(Double)
    /// A boolean.
    case bool(Bool)
    /// JSON `null`.
    case null
    /// A map from string keys to values; the wire sorts its keys.
    case map([String: Value])
    /// An ordered list of values.
    case array([Value])
}

extension Value {
    /// The string payload, or `nil` when this value is not a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The integer payload, or `nil` when this value is not an integer.
    public var intValue: Int64? {
        if case .int(let i) = self { return i }
        return nil
    }

    /// The double payload, or `nil` when this value is not a double.
    public var doubleValue: Double? {
        if case .double(let d) = self { return d }
        return nil
    }

    /// The boolean payload, or `nil` when this value is not a boolean.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The map payload, or `nil` when this value is not a map.
    public var mapValue: [String: Value]? {
        if case .map(let m) = self { return m }
        return nil
    }

    /// The array payload, or `nil` when this value is not an array.
    public var arrayValue: [Value]? {
        if case .array(let a) = self { return a }
        return nil
    }
}
