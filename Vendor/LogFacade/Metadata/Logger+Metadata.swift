extension Logger {
    /// Structured data attached to log messages: string keys to ``MetadataValue``s.
    public typealias Metadata = [String: MetadataValue]

    /// One metadata value: a string, a value printed lazily through its description, or a nested
    /// dictionary or array of values.
    ///
    /// Metadata values are written with literals: `"text"`, `["nested": "value"]`, `["a", "b"]`,
    /// and interpolations such as `"\(count)"`.
    public enum MetadataValue {
        /// A string.
        case string(String)
        /// A value whose `description` is the string; backends may keep the original type.
        case stringConvertible(any CustomStringConvertible & Sendable)
        /// A nested dictionary of values.
        case dictionary(Metadata)
        /// A list of values.
        case array([Metadata.Value])
    }
}

extension Logger.MetadataValue: Sendable {}

extension Logger.MetadataValue: Equatable {
    /// Compares two values; `.stringConvertible` values compare by their descriptions.
    public static func == (lhs: Logger.Metadata.Value, rhs: Logger.Metadata.Value) -> Bool {
        switch (lhs, rhs) {
        case (.string(let left), .string(let right)):
            left == right
        case (.stringConvertible(let left), .stringConvertible(let right)):
            left.description == right.description
        case (.array(let left), .array(let right)):
            left == right
        case (.dictionary(let left), .dictionary(let right)):
            left == right
        default:
            false
        }
    }
}

extension Logger.MetadataValue: CustomStringConvertible {
    /// The text form: strings as they are, containers with their elements quoted
    /// (`["a", "b"]`, `["key": "value"]`, `[:]` for an empty dictionary).
    public var description: String {
        switch self {
        case .string(let text):
            return text
        case .stringConvertible(let convertible):
            return convertible.description
        case .array(let values):
            return "[" + values.map(\.elementDescription).joined(separator: ", ") + "]"
        case .dictionary(let values):
            if values.isEmpty { return "[:]" }
            let pairs = values.map { key, value in key.debugDescription + ": " + value.elementDescription }
            return "[" + pairs.joined(separator: ", ") + "]"
        }
    }

    /// How a value prints inside a container: leaves quoted, containers as they are.
    private var elementDescription: String {
        switch self {
        case .string(let text):
            text.debugDescription
        case .stringConvertible(let convertible):
            convertible.description.debugDescription
        case .array, .dictionary:
            self.description
        }
    }
}

extension Logger.MetadataValue: ExpressibleByStringLiteral {
    /// The literal type of a string metadata value.
    public typealias StringLiteralType = String

    /// Creates a `.string` value from a literal.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension Logger.MetadataValue: ExpressibleByDictionaryLiteral {
    /// The key type of a dictionary literal.
    public typealias Key = String
    /// The value type of a dictionary literal.
    public typealias Value = Logger.Metadata.Value

    /// Creates a `.dictionary` value from a literal; keys must be unique.
    public init(dictionaryLiteral elements: (String, Logger.Metadata.Value)...) {
        self = .dictionary(Logger.Metadata(uniqueKeysWithValues: elements))
    }
}

extension Logger.MetadataValue: ExpressibleByArrayLiteral {
    /// The element type of an array literal.
    public typealias ArrayLiteralElement = Logger.Metadata.Value

    /// Creates an `.array` value from a literal.
    public init(arrayLiteral elements: Logger.Metadata.Value...) {
        self = .array(elements)
    }
}
