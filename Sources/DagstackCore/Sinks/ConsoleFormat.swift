/// The format a ``ConsoleSink`` actually writes, once its mode is resolved.
enum ConsoleFormat: Sendable, Equatable {
    case json
    case pretty(colors: Bool)

    /// `auto` is pretty on a terminal and JSON-lines otherwise. Colours are on only on a terminal
    /// and never when `NO_COLOR` is set to a non-empty value (no-color.org).
    static func resolve(mode: ConsoleSink.Mode, isTerminal: Bool, environment: [String: String]) -> ConsoleFormat {
        let colors = PrettyFormatter.colorsByDefault(isTerminal: isTerminal, environment: environment)
        switch mode {
        case .json: return .json
        case .pretty: return .pretty(colors: colors)
        case .auto: return isTerminal ? .pretty(colors: colors) : .json
        }
    }
}
