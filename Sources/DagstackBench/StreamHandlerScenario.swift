import Logging

#if canImport(Glibc)
import Glibc
#endif

/// Scenario 2, the baseline: the facade into LogFacade's `StreamLogHandler`, writing through a
/// `TextOutputStream` over a buffered `FILE*` on a file; timed until `fclose` returns.
let streamHandlerScenario = SuiteScenario(
    name: "2-stream",
    summary: "facade -> StreamLogHandler -> FILE* on a file, until fclose",
    primary: "records_per_s"
) { options in
    _ = writeThroughStreamHandler(path: options.directory + "/warm.log", records: options.records / 100)
    let clock = ContinuousClock()
    let start = clock.now
    guard let bytes = writeThroughStreamHandler(path: options.directory + "/stream.log", records: options.records)
    else { return [] }
    let elapsed = nanoseconds(clock.now - start)
    return [
        ("records_per_s", Double(options.records) / elapsed * 1e9),
        ("ns_per_record", elapsed / Double(options.records)),
        ("bytes_per_record", Double(bytes) / Double(options.records)),
    ]
}

/// Writes `records` lines and closes the file; returns the file's size.
private func writeThroughStreamHandler(path: String, records: Int) -> Int? {
    guard let file = fopen(path, "w") else { return nil }
    let stream = FileOutputStream(file: file)
    let logger = Logger(label: "bench") { label in StreamLogHandler(label: label, stream: stream) }
    for number in 0..<records { logRequest(logger, number) }
    let size = ftell(file)
    fclose(file)
    return size
}

/// A `TextOutputStream` over a `FILE*`, as a user would write one for StreamLogHandler.
private struct FileOutputStream: TextOutputStream {
    let file: UnsafeMutablePointer<FILE>

    func write(_ string: String) {
        var string = string
        string.withUTF8 { bytes in _ = fwrite(bytes.baseAddress, 1, bytes.count, file) }
    }
}

// The FILE* is used by one thread at a time here, and stdio locks each fwrite anyway.
extension FileOutputStream: @unchecked Sendable {}
