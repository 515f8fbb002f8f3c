/// OTLP `AnyValue` and `KeyValue` in the protobuf-JSON mapping.
enum OTLPValues {
    /// Writes `[{"key":…,"value":{…}},…]`, keys in UTF-16 order.
    static func writeKeyValues(_ map: [String: Value], to writer: inout ByteWriter, nonFinite: inout Int) {
        writer.write(UInt8(ascii: "["))
        KeyOrder.forEachSorted(map) { position, key, value in
            writeKeyValue(position, key, value, to: &writer, nonFinite: &nonFinite)
        }
        writer.write(UInt8(ascii: "]"))
    }

    /// Writes resolved attributes as a `KeyValue` list sorted by key.
    static func writeKeyValues(_ list: AttributeList, to writer: inout ByteWriter, nonFinite: inout Int) {
        writer.write(UInt8(ascii: "["))
        KeyOrder.forEachSorted(list) { position, key, value in
            writeKeyValue(position, key, value, to: &writer, nonFinite: &nonFinite)
        }
        writer.write(UInt8(ascii: "]"))
    }

    @inline(__always)
    private static func writeKeyValue(
        _ position: Int,
        _ key: String,
        _ value: Value,
        to writer: inout ByteWriter,
        nonFinite: inout Int
    ) {
        if position > 0 {
            writer.write(UInt8(ascii: ","))
        }
        writer.write("{\"key\":")
        CanonicalJSON.writeString(key, to: &writer)
        writer.write(",\"value\":")
        writeAnyValue(value, to: &writer, nonFinite: &nonFinite)
        writer.write(UInt8(ascii: "}"))
    }

    /// Writes an `AnyValue`; `null` is the empty `AnyValue` `{}`.
    static func writeAnyValue(_ value: Value, to writer: inout ByteWriter, nonFinite: inout Int) {
        switch value {
        case .string(let string):
            writer.write("{\"stringValue\":")
            CanonicalJSON.writeString(string, to: &writer)
        case .int(let int):
            writer.write("{\"intValue\":\"")
            CanonicalJSON.writeInt(int, to: &writer)
            writer.write(UInt8(ascii: "\""))
        case .double(let double):
            writer.write("{\"doubleValue\":")
            if !CanonicalJSON.writeDouble(double, to: &writer) {
                nonFinite += 1
            }
        case .bool(let bool):
            writer.write(bool ? "{\"boolValue\":true" : "{\"boolValue\":false")
        case .null:
            writer.write(UInt8(ascii: "{"))
        case .array(let array):
            writer.write("{\"arrayValue\":{\"values\":[")
            for (index, element) in array.enumerated() {
                if index > 0 {
                    writer.write(UInt8(ascii: ","))
                }
                writeAnyValue(element, to: &writer, nonFinite: &nonFinite)
            }
            writer.write("]}")
        case .map(let map):
            writer.write("{\"kvlistValue\":{\"values\":")
            writeKeyValues(map, to: &writer, nonFinite: &nonFinite)
            writer.write(UInt8(ascii: "}"))
        }
        writer.write(UInt8(ascii: "}"))
    }
}
