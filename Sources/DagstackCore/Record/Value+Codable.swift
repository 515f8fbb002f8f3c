extension Value: Codable {
    /// Decodes any JSON-like value: null, bool, integer (as `Int64`), other number (as `Double`),
    /// string, array or map.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for a value none of these fit.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let int = try? container.decode(Int64.self) {
            self = .int(int)
        } else if let double = try? container.decode(Double.self) {
            self = .double(double)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([Value].self) {
            self = .array(array)
        } else if let map = try? container.decode([String: Value].self) {
            self = .map(map)
        } else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "not a string, number, bool, null, array or map"
                )
            )
        }
    }

    /// Encodes the value as its natural JSON-like counterpart.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let string): try container.encode(string)
        case .int(let int): try container.encode(int)
        case .double(let double): try container.encode(double)
        case .bool(let bool): try container.encode(bool)
        case .null: try container.encodeNil()
        case .map(let map): try container.encode(map)
        case .array(let array): try container.encode(array)
        }
    }
}
