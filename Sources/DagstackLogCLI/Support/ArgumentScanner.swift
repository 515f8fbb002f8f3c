/// A small scanner over one subcommand's arguments: `--name value`, `--name=value`, flags and
/// positionals, with `--` ending the options.
struct ArgumentScanner {
    struct Parsed {
        var values: [String: String] = [:]
        var flags: Set<String> = []
        var positionals: [String] = []
    }

    /// Options that take a value (without the leading dashes).
    let valueOptions: Set<String>
    /// Options that are flags (without the leading dashes); `help` is always one.
    let flagOptions: Set<String>

    func parse(_ arguments: [String]) throws(UsageError) -> Parsed {
        var parsed = Parsed()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = String(argument.drop(while: { $0 == "-" }))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if name == "h" { name = "help" }
            if name == "help" || self.flagOptions.contains(name) {
                guard inlineValue == nil else { throw UsageError("option --\(name) takes no value") }
                parsed.flags.insert(name)
            } else if self.valueOptions.contains(name) {
                if let inlineValue {
                    parsed.values[name] = inlineValue
                } else {
                    guard index < arguments.count else { throw UsageError("option --\(name) needs a value") }
                    parsed.values[name] = arguments[index]
                    index += 1
                }
            } else {
                throw UsageError("unknown option '\(argument)'")
            }
        }
        return parsed
    }
}
