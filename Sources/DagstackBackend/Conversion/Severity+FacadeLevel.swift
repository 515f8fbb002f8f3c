public import DagstackCore
public import LogFacade

extension Severity {
    /// The severity of a facade level (SPEC §2): trace 1, debug 5, info 9, notice 10, warning 13,
    /// error 17, critical 21.
    ///
    /// Handy in tests: `sink.records(severity: Severity(.notice))`.
    @inlinable
    public init(_ level: Logger.Level) {
        // Numbers, not the static constants: each of those is a call into DagstackCore (a global's
        // accessor), several a record.
        switch level {
        case .trace: self.init(unchecked: 1)
        case .debug: self.init(unchecked: 5)
        case .info: self.init(unchecked: 9)
        case .notice: self.init(unchecked: 10)
        case .warning: self.init(unchecked: 13)
        case .error: self.init(unchecked: 17)
        case .critical: self.init(unchecked: 21)
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
