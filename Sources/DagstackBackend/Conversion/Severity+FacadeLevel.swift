public import DagstackCore
public import LogFacade

extension Severity {
    /// The severity of a facade level (SPEC §2): trace 1, debug 5, info 9, notice 10, warning 13,
    /// error 17, critical 21.
    ///
    /// Handy in tests: `sink.records(severity: Severity(.notice))`.
    @inlinable
    public init(_ level: Logger.Level) {
        switch level {
        case .trace: self = .trace
        case .debug: self = .debug
        case .info: self = .info
        case .notice: self = Severity(clamping: 10)
        case .warning: self = .warn
        case .error: self = .error
        case .critical: self = .fatal
        }
    }
}

extension Logger.Level {
    /// The lowest facade level whose severity passes `minimum`; `.critical` when none does
    /// (a minimum above 21), in which case the handler still drops critical records itself.
    static func lowest(passing minimum: Severity) -> Logger.Level {
        switch minimum.number {
        case ...1: .trace
        case 2...5: .debug
        case 6...9: .info
        case 10: .notice
        case 11...13: .warning
        case 14...17: .error
        default: .critical
        }
    }
}
