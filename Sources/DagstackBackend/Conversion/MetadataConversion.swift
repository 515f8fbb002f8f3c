internal import DagstackCore
internal import LogFacade

/// Converts facade metadata values to record values, masking values marked ``Sensitivity/sensitive``.
enum MetadataConversion {
    /// The record value of one metadata value.
    ///
    /// `.string` stays a string; `.stringConvertible` keeps integers, floating-point numbers and
    /// booleans typed (a `UInt64` above `Int64.max` becomes its decimal string) and is otherwise
    /// its description; dictionaries and arrays nest.
    static func value(of metadata: consuming Logger.MetadataValue) -> Value {
        // Consumed, so the payload moves out instead of being copied through the existential's
        // value witnesses.
        switch consume metadata {
        case .string(let text):
            return .string(text)
        case .stringConvertible(let boxed):
            return convertible(boxed)
        case .dictionary(let entries):
            var map = [String: Value](minimumCapacity: entries.count)
            for (key, nested) in entries {
                map[key] = value(of: nested)
            }
            return .map(map)
        case .array(let elements):
            var array: [Value] = []
            array.reserveCapacity(elements.count)
            for element in elements {
                array.append(value(of: element))
            }
            return .array(array)
        }
    }

    /// A boxed value: typed when it is a number or a boolean, masked when marked sensitive,
    /// else its description. No number is formatted.
    private static func convertible(_ boxed: any CustomStringConvertible & Sendable) -> Value {
        typed(boxed) ?? .string(boxed.description)
    }

    /// The record value of a number, boolean or string, read through the opened existential:
    /// `T` is the boxed value's dynamic type, so each check is a metatype comparison and a match
    /// reads the value directly (no dynamic cast). `nil` for any other type.
    private static func typed<T: CustomStringConvertible & Sendable>(_ value: T) -> Value? {
        // Each bit cast is guarded by the exact type, so sizes and layouts agree.
        if T.self == Int.self { return .int(Int64(unsafeBitCast(value, to: Int.self))) }
        if T.self == Double.self { return .double(unsafeBitCast(value, to: Double.self)) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Logger.AttributedStringCarrier.self {
            // The only boxed value that carries attributes: a string, masked when marked sensitive.
            let carrier = unsafeBitCast(value, to: Logger.AttributedStringCarrier.self)
            let sensitive = carrier.metadataAttributes[Sensitivity.self] == .sensitive
            return .string(sensitive ? RedactionConfig.mask : carrier.string)
        }
        if T.self == Int64.self { return .int(unsafeBitCast(value, to: Int64.self)) }
        if T.self == Int32.self { return .int(Int64(unsafeBitCast(value, to: Int32.self))) }
        if T.self == Int16.self { return .int(Int64(unsafeBitCast(value, to: Int16.self))) }
        if T.self == Int8.self { return .int(Int64(unsafeBitCast(value, to: Int8.self))) }
        if T.self == UInt.self { return unsigned(UInt64(unsafeBitCast(value, to: UInt.self))) }
        if T.self == UInt64.self { return unsigned(unsafeBitCast(value, to: UInt64.self)) }
        if T.self == UInt32.self { return .int(Int64(unsafeBitCast(value, to: UInt32.self))) }
        if T.self == UInt16.self { return .int(Int64(unsafeBitCast(value, to: UInt16.self))) }
        if T.self == UInt8.self { return .int(Int64(unsafeBitCast(value, to: UInt8.self))) }
        if T.self == Float.self {
            let number = unsafeBitCast(value, to: Float.self)
            // Through the shortest text, so 0.1 as a Float is logged as 0.1, not 0.10000000149011612.
            return .double(Double(number.description) ?? Double(number))
        }
        return nil
    }

    /// An unsigned integer as an `Int64` when it fits, else as its decimal string.
    private static func unsigned(_ number: UInt64) -> Value {
        number <= UInt64(Int64.max) ? .int(Int64(number)) : .string(String(number))
    }
}
