extension Logger {
    /// Typed attributes carried by a metadata value, such as a privacy or sensitivity marker (SLG-0004).
    ///
    /// Each attribute is a `RawRepresentable` type with an `Int64` raw value, and the set holds at
    /// most one value per attribute type. Handlers read them with the subscript:
    /// `value.attributes[Sensitivity.self]`. Setting one or two attributes does not allocate.
    public struct MetadataValueAttributes: Sendable {
        /// A kind of attribute; its type identifies it and its raw value is what is stored.
        public protocol Attribute: Sendable, RawRepresentable where RawValue == Int64 {}

        @usableFromInline
        internal struct Entry: Sendable, Equatable {
            @usableFromInline
            internal var kind: ObjectIdentifier
            @usableFromInline
            internal var rawValue: Int64

            @inlinable
            internal init(kind: ObjectIdentifier, rawValue: Int64) {
                self.kind = kind
                self.rawValue = rawValue
            }
        }

        // The first entry lives inline; later ones spill into `spilled` (empty arrays do not allocate).
        @usableFromInline
        internal var first: Entry?
        @usableFromInline
        internal var spilled: [Entry] = []

        /// Creates an empty attribute set.
        @inlinable
        public init() {}

        /// Reads or writes the value of one attribute type; `nil` removes it.
        @inlinable
        public subscript<Attr: Attribute>(attribute: Attr.Type) -> Attr? {
            get {
                self.rawValue(of: ObjectIdentifier(attribute)).flatMap(Attr.init(rawValue:))
            }
            set {
                let kind = ObjectIdentifier(attribute)
                if let newValue {
                    self.set(Entry(kind: kind, rawValue: newValue.rawValue))
                } else {
                    self.remove(kind)
                }
            }
        }

        /// The number of attributes set.
        @inlinable
        internal var count: Int {
            (self.first == nil ? 0 : 1) + self.spilled.count
        }

        @inlinable
        internal func rawValue(of kind: ObjectIdentifier) -> Int64? {
            if let first = self.first, first.kind == kind { return first.rawValue }
            for entry in self.spilled where entry.kind == kind { return entry.rawValue }
            return nil
        }

        @inlinable
        internal mutating func set(_ entry: Entry) {
            if self.first == nil || self.first?.kind == entry.kind {
                self.first = entry
            } else if let index = self.spilled.firstIndex(where: { $0.kind == entry.kind }) {
                self.spilled[index] = entry
            } else {
                self.spilled.append(entry)
            }
        }

        @inlinable
        internal mutating func remove(_ kind: ObjectIdentifier) {
            if self.first?.kind == kind {
                self.first = self.spilled.popLast()
            } else {
                self.spilled.removeAll { $0.kind == kind }
            }
        }

        /// Sets every attribute of `other` here, replacing values of the same type.
        @inlinable
        internal mutating func merge(_ other: Self) {
            if let first = other.first { self.set(first) }
            for entry in other.spilled { self.set(entry) }
        }
    }
}

extension Logger.MetadataValueAttributes: Equatable {
    /// Two sets are equal when they hold the same attribute types with the same values, in any order.
    @inlinable
    public static func == (lhs: Self, rhs: Self) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if let first = lhs.first, rhs.rawValue(of: first.kind) != first.rawValue { return false }
        for entry in lhs.spilled where rhs.rawValue(of: entry.kind) != entry.rawValue { return false }
        return true
    }
}

extension Logger.MetadataValueAttributes: ExpressibleByArrayLiteral {
    /// Creates a set from attribute values: `[Sensitivity.sensitive]`.
    @inlinable
    public init(arrayLiteral elements: any Logger.MetadataValueAttributes.Attribute...) {
        self.init()
        for element in elements {
            self.set(Entry(kind: ObjectIdentifier(type(of: element)), rawValue: element.rawValue))
        }
    }
}

extension Logger {
    /// The boxed string of a `.stringConvertible` value that carries attributes.
    @usableFromInline
    package struct AttributedStringCarrier: CustomStringConvertible, Sendable {
        @usableFromInline
        package let string: String
        @usableFromInline
        package let metadataAttributes: Logger.MetadataValueAttributes

        @inlinable
        internal init(string: String, metadataAttributes: Logger.MetadataValueAttributes) {
            self.string = string
            self.metadataAttributes = metadataAttributes
        }

        @inlinable
        package var description: String { self.string }
    }
}

extension Logger.MetadataValue {
    /// The attributes of this value; empty unless it was made attributed.
    ///
    /// Setting attributes turns a `.string` or `.stringConvertible` value into an attributed
    /// `.stringConvertible` with the same description. Containers (`.dictionary`, `.array`) carry no
    /// attributes: setting them on a container is ignored (swift-log asserts in debug builds; a logging
    /// call here never traps).
    @inlinable
    public var attributes: Logger.MetadataValueAttributes {
        get {
            guard case .stringConvertible(let boxed) = self,
                let carrier = boxed as? Logger.AttributedStringCarrier
            else { return Logger.MetadataValueAttributes() }
            return carrier.metadataAttributes
        }
        set {
            switch self {
            case .string(let text):
                self = .stringConvertible(Logger.AttributedStringCarrier(string: text, metadataAttributes: newValue))
            case .stringConvertible(let boxed):
                self = .stringConvertible(
                    Logger.AttributedStringCarrier(string: boxed.description, metadataAttributes: newValue)
                )
            case .dictionary, .array:
                break
            }
        }
    }

    /// Creates a value from `value`'s description, carrying the given attributes.
    @inlinable
    public static func attributed(
        _ value: some CustomStringConvertible & Sendable,
        attributes: Logger.MetadataValueAttributes
    ) -> Self {
        .stringConvertible(
            Logger.AttributedStringCarrier(string: String(describing: value), metadataAttributes: attributes)
        )
    }
}
