import DagstackCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `dagstack-log view`: pretty-prints dagstack JSON-lines files, archives first, optionally following.
enum ViewCommand {
    static let usage = """
        usage: dagstack-log view [--follow] [--min-severity LEVEL] [--logger PREFIX] [--grep TEXT]
                                 [--color auto|always|never] [--idle-exit SECONDS] FILE...

        Pretty-prints dagstack JSON-lines. Given a live file path (FILE), its rotated archives (FILE.N ...
        FILE.1) are read first, oldest first. A line that is not a conformant record is reported on standard
        error with its file and line number, and the rest continue.

        options:
          --follow              keep reading as the files grow, across rotation and truncation (Ctrl-C stops)
          --min-severity LEVEL  show records at LEVEL or above (TRACE DEBUG INFO WARN ERROR FATAL, or 1-24)
          --logger PREFIX       show records whose logger is PREFIX or below it (PREFIX.child)
          --grep TEXT           show records whose displayed line contains TEXT
          --color WHEN          auto (default: on a terminal without NO_COLOR), always or never
          --idle-exit SECONDS   with --follow, stop after SECONDS without new lines
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let parsed = try ArgumentScanner(
            valueOptions: ["min-severity", "logger", "grep", "color", "idle-exit"],
            flagOptions: ["follow"]
        ).parse(arguments)
        if parsed.flags.contains("help") {
            Terminal.standardOutput.write(usage + "\n")
            return 0
        }
        guard !parsed.positionals.isEmpty else { throw UsageError("expected at least one FILE") }
        let filter = try RecordFilter(
            minSeverity: parsed.values["min-severity"],
            loggerPrefix: parsed.values["logger"],
            text: parsed.values["grep"]
        )
        let colors: Bool
        switch parsed.values["color"] ?? "auto" {
        case "auto":
            colors = PrettyFormatter.colorsByDefault(
                isTerminal: Terminal.standardOutput.isTerminal,
                environment: ProcessEnvironment.current
            )
        case "always": colors = true
        case "never": colors = false
        case let other: throw UsageError("--color takes auto, always or never, not '\(other)'")
        }
        var idleExit: Double?
        if let text = parsed.values["idle-exit"] {
            guard let seconds = Double(text), seconds >= 0 else {
                throw UsageError("--idle-exit takes a number of seconds, not '\(text)'")
            }
            idleExit = seconds
        }
        let printer = RecordPrinter(formatter: PrettyFormatter(colors: colors), filter: filter)
        var sources: [FollowedFile] = []
        for path in parsed.positionals {
            guard let source = FollowedFile(path: path, printer: printer) else {
                Terminal.standardError.write(
                    "dagstack-log view: cannot open '\(path)': \(LiveFile.describe(errno: errno))\n"
                )
                return 1
            }
            source.readArchives()
            source.readAvailable()
            sources.append(source)
        }
        guard parsed.flags.contains("follow") else {
            for source in sources { source.finish() }
            return 0
        }
        var idleSince = MonotonicClock.now()
        while true {
            var progressed = false
            for source in sources where source.poll() {
                progressed = true
            }
            if progressed {
                idleSince = MonotonicClock.now()
            } else if let idleExit, MonotonicClock.now() - idleSince >= idleExit {
                for source in sources { source.finish() }
                return 0
            }
            if !progressed { usleep(100_000) }
        }
    }
}
