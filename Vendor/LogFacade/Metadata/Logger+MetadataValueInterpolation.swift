extension Logger.MetadataValue: ExpressibleByStringInterpolation {
    /// Builds a metadata value from an interpolation; interpolated segments may carry attributes:
    /// `"\(userID, attributes: [Sensitivity.sensitive])"`.
    ///
    /// Without attributes the result is a `.string`; with any, an attributed `.stringConvertible`.
    public struct StringInterpolation: StringInterpolationProtocol, Sendable {
        @usableFromInline
        internal var output: String = ""
        @usableFromInline
        internal var attributes = Logger.MetadataValueAttributes()
        @usableFromInline
        internal var hasAttributes = false

        /// Creates an empty interpolation, reserving room for the literal parts.
        @inlinable
        public init(literalCapacity: Int, interpolationCount: Int) {
            self.output.reserveCapacity(literalCapacity + 2 * interpolationCount)
        }

        /// Appends a literal segment.
        @inlinable
        public mutating func appendLiteral(_ literal: String) {
            self.output += literal
        }

        @inlinable
        internal mutating func addAttributes(_ more: Logger.MetadataValueAttributes) {
            if self.hasAttributes {
                self.attributes.merge(more)
            } else {
                self.attributes = more
                self.hasAttributes = true
            }
        }

        @inlinable
        internal mutating func addAttributes(_ update: (inout Logger.MetadataValueAttributes) -> Void) {
            update(&self.attributes)
            self.hasAttributes = true
        }

        // MARK: Plain values

        /// Appends a value that can write itself to a stream.
        @inlinable
        public mutating func appendInterpolation<T: TextOutputStreamable & CustomStringConvertible>(_ value: T) {
            value.write(to: &self.output)
        }

        /// Appends a value that can write itself to a stream.
        @inlinable
        public mutating func appendInterpolation<T: TextOutputStreamable>(_ value: T) {
            value.write(to: &self.output)
        }

        /// Appends a value's description.
        @inlinable
        public mutating func appendInterpolation<T: CustomStringConvertible>(_ value: T) {
            self.output += value.description
        }

        /// Appends `String(describing:)` of any value.
        @inlinable
        public mutating func appendInterpolation<T>(_ value: T) {
            self.output += String(describing: value)
        }

        // MARK: Optionals with a default

        /// Appends the value, or `defaultValue` when it is `nil`.
        @inlinable
        public mutating func appendInterpolation<T: TextOutputStreamable & CustomStringConvertible>(
            _ value: T?,
            default defaultValue: @autoclosure () -> some StringProtocol
        ) {
            if let value { self.appendInterpolation(value) } else { self.output += String(defaultValue()) }
        }

        /// Appends the value, or `defaultValue` when it is `nil`.
        @inlinable
        public mutating func appendInterpolation<T: TextOutputStreamable>(
            _ value: T?,
            default defaultValue: @autoclosure () -> some StringProtocol
        ) {
            if let value { self.appendInterpolation(value) } else { self.output += String(defaultValue()) }
        }

        /// Appends the value, or `defaultValue` when it is `nil`.
        @inlinable
        public mutating func appendInterpolation<T: CustomStringConvertible>(
            _ value: T?,
            default defaultValue: @autoclosure () -> some StringProtocol
        ) {
            if let value { self.appendInterpolation(value) } else { self.output += String(defaultValue()) }
        }

        /// Appends the value, or `defaultValue` when it is `nil`.
        @inlinable
        public mutating func appendInterpolation<T>(
            _ value: T?,
            default defaultValue: @autoclosure () -> some StringProtocol
        ) {
            if let value { self.appendInterpolation(value) } else { self.output += String(defaultValue()) }
        }

        // MARK: Values with attributes set by a closure

        /// Appends the value and lets `attributes` set attributes on the whole metadata value.
        @inlinable
        public mutating func appendInterpolation<T: TextOutputStreamable & CustomStringConvertible>(
            _ value: T,
            attributes: @Sendable (inout Logger.MetadataValueAttributes) -> Void
        ) {
            value.write(to: &self.output)
            self.addAttributes(attributes)
        }

        /// Appends the value and lets `attributes` set attributes on the whole metadata value.
        @inlinable
        public mutating func appendInterpolation<T: TextOutputStreamable>(
            _ value: T,
            attributes: @Sendable (inout Logger.MetadataValueAttributes) -> Void
        ) {
            value.write(to: &self.output)
            self.addAttributes(attributes)
        }

        /// Appends the value and lets `attributes` set attributes on the whole metadata value.
        @inlinable
        public mutating func appendInterpolation<T: CustomStringConvertible>(
            _ value: T,
            attributes: @Sendable (inout Logger.MetadataValueAttributes) -> Void
        ) {
            self.output += value.description
            self.addAttributes(attributes)
        }

        /// Appends the value and lets `attributes` set attributes on the whole metadata value.
        @inlinable
        public mutating func appendInterpolation<T>(
            _ value: T,
            attributes: @Sendable (inout Logger.MetadataValueAttributes) -> Void
        ) {
            self.output += String(describing: value)
            self.addAttributes(attributes)
        }

        // MARK: Values with an attribute set

        /// Appends the value and adds `attributes` to the whole metadata value.
        @inlinable
        public mutating func appendInterpolation<T: TextOutputStreamable & CustomStringConvertible>(
            _ value: T,
            attributes: Logger.MetadataValueAttributes
        ) {
            value.write(to: &self.output)
            self.addAttributes(attributes)
        }

        /// Appends the value and adds `attributes` to the whole metadata value.
        @inlinable
        public mutating func appendInterpolation<T: TextOutputStreamable>(
            _ value: T,
            attributes: Logger.MetadataValueAttributes
        ) {
            value.write(to: &self.output)
            self.addAttributes(attributes)
        }

        /// Appends the value and adds `attributes` to the whole metadata value.
        @inlinable
        public mutating func appendInterpolation<T: CustomStringConvertible>(
            _ value: T,
            attributes: Logger.MetadataValueAttributes
        ) {
            self.output += value.description
            self.addAttributes(attributes)
        }

        /// Appends the value and adds `attributes` to the whole metadata value.
        @inlinable
        public mutating func appendInterpolation<T>(
            _ value: T,
            attributes: Logger.MetadataValueAttributes
        ) {
            self.output += String(describing: value)
            self.addAttributes(attributes)
        }
    }

    /// Creates a value from an interpolation: `.string`, or an attributed `.stringConvertible`.
    @inlinable
    public init(stringInterpolation: StringInterpolation) {
        if stringInterpolation.hasAttributes {
            self = .stringConvertible(
                Logger.AttributedStringCarrier(
                    string: stringInterpolation.output,
                    metadataAttributes: stringInterpolation.attributes
                )
            )
        } else {
            self = .string(stringInterpolation.output)
        }
    }
}
