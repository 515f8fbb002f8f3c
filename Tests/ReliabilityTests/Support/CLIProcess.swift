import Foundation
import Glibc

/// Runs the built `dagstack-log` with standard input from memory and a time limit.
enum CLIProcess {
    struct Outcome: Sendable {
        var status: Int32
        var timedOut: Bool
        var standardOutput: [UInt8]
        var standardError: [UInt8]
    }

    static var executable: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        while url.pathComponents.count > 1
            && !FileManager.default.fileExists(atPath: url.appendingPathComponent("dagstack-log").path)
        {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("dagstack-log")
    }

    static func run(_ arguments: [String], input: Data, timeout: Duration) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var output = Data()
        nonisolated(unsafe) var errors = Data()
        group.enter()
        DispatchQueue.global().async {
            output = stdout.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errors = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
            group.leave()
        }
        let seconds = Double(timeout.components.seconds)
        var timedOut = false
        if group.wait(timeout: .now() + seconds) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            group.wait()
        }
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            timedOut: timedOut,
            standardOutput: [UInt8](output),
            standardError: [UInt8](errors)
        )
    }
}
