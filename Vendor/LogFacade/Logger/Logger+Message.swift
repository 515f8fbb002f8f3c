extension Logger {
    /// The text of a log message, made from a string literal or an interpolation.
    ///
    /// Build messages with literals (`"order placed \(id)"`); a `String` variable goes in
    /// through interpolation (`"\(text)"`).
    public struct Message: ExpressibleByStringLiteral, Equatable, CustomStringConvertible,
        ExpressibleByStringInterpolation
    {
        /// The literal type a message is made from.
        public typealias StringLiteralType = String

        private var value: String

        /// Creates a message from a string literal.
        public init(stringLiteral value: String) {
            self.value = value
        }

        /// The text of the message.
        public var description: String {
            self.value
        }
    }
}

extension Logger.Message: Sendable {}
