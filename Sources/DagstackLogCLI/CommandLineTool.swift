/// Dispatches `dagstack-log <command> …` to its subcommand and turns usage errors into exit status 2.
enum CommandLineTool {
    static let usage = """
        usage: dagstack-log <command> [options]

        commands:
          demo           run an order-service simulation that logs through swift-log's API into dagstack sinks
          view           pretty-print dagstack JSON-lines files (archives oldest first, --follow across rotation)
          canonicalize   rewrite JSON-lines as Canonical JSON-lines; report non-conformant lines

        Run `dagstack-log <command> --help` for the options of a command.
        """

    static func run(_ arguments: [String]) -> Int32 {
        guard let command = arguments.first else {
            Terminal.standardError.write(usage + "\n")
            return 2
        }
        let rest = Array(arguments.dropFirst())
        do {
            switch command {
            case "-h", "--help", "help":
                Terminal.standardOutput.write(usage + "\n")
                return 0
            case "demo":
                return try DemoCommand.run(rest)
            case "view":
                return try ViewCommand.run(rest)
            case "canonicalize":
                return try CanonicalizeCommand.run(rest)
            default:
                throw UsageError("unknown command '\(command)'; expected demo, view or canonicalize")
            }
        } catch let error as UsageError {
            Terminal.standardError.write("dagstack-log \(command): \(error.message)\n")
            Terminal.standardError.write("Run `dagstack-log \(command) --help` for usage.\n")
            return 2
        } catch {
            Terminal.standardError.write("dagstack-log \(command): \(error)\n")
            return 1
        }
    }
}
