import DagstackCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `dagstack-log canonicalize [FILE]`: parse every line and write it back as Canonical JSON-lines.
enum CanonicalizeCommand {
    static let usage = """
        usage: dagstack-log canonicalize [FILE]

        Reads dagstack JSON-lines from FILE (standard input when FILE is absent or '-'), parses each line
        strictly and writes it back to standard output as Canonical JSON-lines. A non-conformant line is
        reported on standard error as FILE:LINE: reason and skipped; the rest continue. Exit status 1 if
        any line was bad, 2 on a usage error.
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        let parsed = try ArgumentScanner(valueOptions: [], flagOptions: []).parse(arguments)
        if parsed.flags.contains("help") {
            Terminal.standardOutput.write(usage + "\n")
            return 0
        }
        guard parsed.positionals.count <= 1 else {
            throw UsageError("expected at most one FILE, got \(parsed.positionals.count)")
        }
        let path = parsed.positionals.first ?? "-"
        let descriptor: Int32
        if path == "-" {
            descriptor = 0
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw UsageError("cannot open '\(path)': \(LiveFile.describe(errno: errno))")
            }
        }
        defer { if descriptor != 0 { close(descriptor) } }
        let name = path == "-" ? "<stdin>" : path
        return canonicalize(LineReader(descriptor: descriptor), name: name)
    }

    /// Streams `reader` to standard output; returns the exit status.
    static func canonicalize(_ reader: LineReader, name: String) -> Int32 {
        var output: [UInt8] = []
        output.reserveCapacity(128 * 1024)
        var lineNumber = 0
        var bad = 0
        func handle(_ line: [UInt8]) {
            lineNumber += 1
            do {
                let record = try JSONLinesDecoder.decode(line)
                JSONLinesEncoder.encode(record, into: &output)
            } catch {
                bad += 1
                Terminal.standardOutput.write(output)
                output.removeAll(keepingCapacity: true)
                Terminal.standardError.write("\(name):\(lineNumber): \(error.message)\n")
            }
            if output.count >= 64 * 1024 {
                Terminal.standardOutput.write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        reader.drain(handle)
        Terminal.standardOutput.write(output)
        return bad == 0 ? 0 : 1
    }
}
