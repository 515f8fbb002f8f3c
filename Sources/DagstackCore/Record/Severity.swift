/// The severity of a log record: an OpenTelemetry severity number from 1 to 24.
///
/// The number carries the granularity; ``text`` is its bucket (1-4 TRACE, 5-8 DEBUG, 9-12 INFO,
/// 13-16 WARN, 17-20 ERROR, 21-24 FATAL). A `Severity` always holds a valid number: the
/// throwing ``init(number:)`` rejects anything else and ``init(clamping:)`` clamps it.
public struct Severity: Sendable, Hashable, Comparable {
    /// The severity number, always within `1...24`.
    public let number: Int

    /// The valid severity numbers.
    public static let validNumbers: ClosedRange<Int> = 1...24

    /// TRACE, severity number 1.
    public static let trace = Severity(unchecked: 1)
    /// DEBUG, severity number 5.
    public static let debug = Severity(unchecked: 5)
    /// INFO, severity number 9.
    public static let info = Severity(unchecked: 9)
    /// WARN, severity number 13.
    public static let warn = Severity(unchecked: 13)
    /// ERROR, severity number 17.
    public static let error = Severity(unchecked: 17)
    /// FATAL, severity number 21.
    public static let fatal = Severity(unchecked: 21)

    /// A severity from a number known to be within `1...24`.
    @inlinable
    package init(unchecked number: Int) {
        self.number = number
    }

    /// Creates a severity from a number.
    ///
    /// - Throws: ``SeverityError`` with code ``SeverityError/Code/outOfRange`` when `number` is
    ///   outside `1...24`.
    public init(number: Int) throws(SeverityError) {
        guard Self.validNumbers.contains(number) else {
            throw SeverityError(
                code: .outOfRange,
                message: "severity number \(number) is outside 1...24; use a number from 1 (TRACE) to 24 (FATAL)"
            )
        }
        self.number = number
    }

    /// Creates a severity from a number, clamping it into `1...24`; never fails.
    public init(clamping number: Int) {
        self.number = min(max(number, 1), 24)
    }

    /// The bucket text: one of `TRACE`, `DEBUG`, `INFO`, `WARN`, `ERROR`, `FATAL`.
    public var text: String {
        staticText.description
    }

    /// ``text`` as static bytes, for the encoders.
    var staticText: StaticString {
        switch number {
        case ...4: "TRACE"
        case 5...8: "DEBUG"
        case 9...12: "INFO"
        case 13...16: "WARN"
        case 17...20: "ERROR"
        default: "FATAL"
        }
    }

    /// Orders severities by number.
    @inlinable
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.number < rhs.number
    }
}

extension Severity: CustomStringConvertible {
    /// The bucket text, with the number when it is not the bucket's primary one (`INFO`, `INFO(10)`).
    public var description: String {
        (number - 1) % 4 == 0 ? text : "\(text)(\(number))"
    }
}
