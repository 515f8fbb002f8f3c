import DagstackCore
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `view` in a real terminal: tmux runs it on a pseudo-terminal and `capture-pane` reads the screen.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed (CI installs it)"))
struct TerminalRenderingTests {
    static func fixture() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        let records = [
            ViewCommandTests.record(1),
            ViewCommandTests.record(2, severity: .error, logger: "billing"),
        ]
        try ViewCommandTests.lines(records).write(to: directory.file("app.jsonl"))
        return directory
    }

    @Test func coloursOnATerminal() throws {
        let directory = try Self.fixture()
        let screen = try TmuxSession.capture(
            command: "\(CLIRunner.executable.path) view \(directory.file("app.jsonl").path)",
            until: "record 2"
        )
        #expect(screen.contains("\u{1B}[31mERROR"), "expected red ERROR on the terminal:\n\(screen)")
        #expect(screen.contains("\u{1B}[32mINFO"))
        #expect(screen.contains("orders.api"))
    }

    @Test func noColoursThroughAPipe() throws {
        let directory = try Self.fixture()
        let screen = try TmuxSession.capture(
            command: "\(CLIRunner.executable.path) view \(directory.file("app.jsonl").path) | cat",
            until: "record 2"
        )
        #expect(screen.contains("[ERROR] billing: record 2"))
        #expect(!screen.contains("\u{1B}[3"), "no colour codes through a pipe:\n\(screen)")
    }

    @Test func noColoursWithNoColor() throws {
        let directory = try Self.fixture()
        let screen = try TmuxSession.capture(
            command: "NO_COLOR=1 \(CLIRunner.executable.path) view \(directory.file("app.jsonl").path)",
            until: "record 2"
        )
        #expect(screen.contains("[ERROR] billing: record 2"))
        #expect(!screen.contains("\u{1B}[3"), "no colour codes with NO_COLOR:\n\(screen)")
    }
}

/// A detached tmux server of its own (private socket) running one command on a 200x50 terminal.
enum TmuxSession {
    static var isAvailable: Bool {
        // CI installs tmux: there a missing one must fail, not skip.
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        return FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
    }

    /// Runs `command` in a new tmux session and returns the screen, with escape sequences, once it
    /// shows `marker` (or after 10 s).
    static func capture(command: String, until marker: String) throws -> String {
        let socket = "dagstack-test-\(UUID().uuidString.prefix(8))"
        defer { _ = try? tmux(["-L", socket, "kill-server"], readOutput: false) }
        try startServer(
            [
                "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "200", "-y", "50",
                "sh -c '\(command); sleep 30'",
            ]
        )
        var screen = ""
        for _ in 0..<100 {
            screen = try tmux(["-L", socket, "capture-pane", "-p", "-e"])
            if screen.contains(marker) { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return screen
    }

    struct SpawnFailed: Error {
        var code: Int32
    }

    /// Starts the tmux server with a plain `posix_spawn`: a server started through Foundation's
    /// `Process` does not survive here (it stops accepting clients), while one spawned directly does.
    private static func startServer(_ arguments: [String]) throws {
        let argv = (["/usr/bin/tmux"] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment.removeValue(forKey: "NO_COLOR")
        environment.removeValue(forKey: "TMUX")
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, "/usr/bin/tmux", nil, nil, argv, envp)
        guard code == 0 else { throw SpawnFailed(code: code) }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    @discardableResult
    private static func tmux(_ arguments: [String], readOutput: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment.removeValue(forKey: "NO_COLOR")
        environment.removeValue(forKey: "TMUX")
        process.environment = environment
        process.standardError = FileHandle.nullDevice
        guard readOutput else {
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return ""
        }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
