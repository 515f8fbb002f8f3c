internal import DagstackCore
internal import LogFacade

/// Converts facade metadata values to record values, masking values marked ``Sensitivity/sensitive``.
enum MetadataConversion {
    /// The record value of one metadata value.
    ///
    /// `.string` stays a string; `.stringConvertible` keeps integers, floating-point numbers and
    /// booleans typed (a `UInt64` above `Int64.max` becomes its decimal string) and is otherwise
    /// its description; dictionaries and arrays nest.
    static func value(of metadata: Logger.MetadataValue) -> Value {
        switch metadata {
        case .string(let text):
            return .string(text)
        case .stringConvertible(let boxed):
            return convertible(boxed, of: metadata)
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
    /// else its description. The checks compare metatypes, cheapest first; no number is formatted.
    private static func convertible(
        _ boxed: any CustomStringConvertible & Sendable,
        of metadata: Logger.MetadataValue
    ) -> Value {
        let type = type(of: boxed)
        if type == Int.self, let number = boxed as? Int { return .int(Int64(number)) }
        if type == Double.self, let number = boxed as? Double { return .double(number) }
        if type == Bool.self, let flag = boxed as? Bool { return .bool(flag) }
        if type == String.self, let text = boxed as? String { return .string(text) }
        if type == Int64.self, let number = boxed as? Int64 { return .int(number) }
        if type == Int32.self, let number = boxed as? Int32 { return .int(Int64(number)) }
        if type == Int16.self, let number = boxed as? Int16 { return .int(Int64(number)) }
        if type == Int8.self, let number = boxed as? Int8 { return .int(Int64(number)) }
        if type == UInt.self, let number = boxed as? UInt { return unsigned(UInt64(number)) }
        if type == UInt64.self, let number = boxed as? UInt64 { return unsigned(number) }
        if type == UInt32.self, let number = boxed as? UInt32 { return .int(Int64(number)) }
        if type == UInt16.self, let number = boxed as? UInt16 { return .int(Int64(number)) }
        if type == UInt8.self, let number = boxed as? UInt8 { return .int(Int64(number)) }
        if type == Float.self, let number = boxed as? Float {
            // Through the shortest text, so 0.1 as a Float is logged as 0.1, not 0.10000000149011612.
            return .double(Double(number.description) ?? Double(number))
        }
        if metadata.attributes[Sensitivity.self] == .sensitive { return .string(RedactionConfig.mask) }
        return .string(boxed.description)
    }

    /// An unsigned integer as an `Int64` when it fits, else as its decimal string.
    private static func unsigned(_ number: UInt64) -> Value {
        number <= UInt64(Int64.max) ? .int(Int64(number)) : .string(String(number))
    }
}
