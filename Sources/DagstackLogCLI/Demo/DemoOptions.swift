import DagstackCore

/// The options of `dagstack-log demo`.
struct DemoOptions {
    var records = 10_000
    var producers = 4
    var directory = "./dagstack-demo-logs"
    var maxBytes: UInt64 = 2_097_152
    var keep = 5
    var console: ConsoleSink.Mode? = .auto
    var help = false

    init(_ arguments: [String]) throws(UsageError) {
        let parsed = try ArgumentScanner(
            valueOptions: ["records", "producers", "dir", "max-bytes", "keep", "console"],
            flagOptions: []
        ).parse(arguments)
        self.help = parsed.flags.contains("help")
        guard parsed.positionals.isEmpty else {
            throw UsageError("unexpected argument '\(parsed.positionals[0])'")
        }
        if let text = parsed.values["records"] { self.records = try Self.integer(text, "--records", atLeast: 1) }
        if let text = parsed.values["producers"] { self.producers = try Self.integer(text, "--producers", atLeast: 1) }
        if let text = parsed.values["dir"] { self.directory = text }
        if let text = parsed.values["max-bytes"] {
            self.maxBytes = UInt64(try Self.integer(text, "--max-bytes", atLeast: 0))
        }
        if let text = parsed.values["keep"] { self.keep = try Self.integer(text, "--keep", atLeast: 0) }
        if let text = parsed.values["console"] {
            switch text {
            case "off": self.console = nil
            case "auto": self.console = .auto
            case "pretty": self.console = .pretty
            case "json": self.console = .json
            default: throw UsageError("--console takes auto, pretty, json or off, not '\(text)'")
            }
        }
    }

    private static func integer(_ text: String, _ option: String, atLeast minimum: Int) throws(UsageError) -> Int {
        guard let value = Int(text), value >= minimum else {
            throw UsageError("\(option) takes a whole number of at least \(minimum), not '\(text)'")
        }
        return value
    }
}
