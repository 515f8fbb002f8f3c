import Foundation

/// Runs the Python reference binding (`dagstack-logger==0.2.0`) as a subprocess.
enum ReferenceBinding {
    static let requiredVersion = "0.2.0"

    /// Whether the environment says this is CI, where the reference must be present.
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// `nil` when python3 with the right `dagstack-logger` is installed, else why not.
    static let unavailableReason: String? = {
        let probe =
            "import importlib.metadata, dagstack.logger.wire; print(importlib.metadata.version('dagstack-logger'))"
        guard let result = try? run(["-c", probe]) else {
            return "python3 could not be started"
        }
        guard result.status == 0 else {
            return "python3 cannot import dagstack.logger: \(result.standardError)"
        }
        let version = result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        guard version == requiredVersion else {
            return "dagstack-logger \(version) is installed, the parity test needs \(requiredVersion)"
        }
        return nil
    }()

    static var isAvailable: Bool {
        unavailableReason == nil
    }

    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs `python3` with `arguments` and waits for it.
    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Outputs are small (the driver writes to a file), so reading after exit cannot deadlock.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self)
        )
    }
}
