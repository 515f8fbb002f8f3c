import Logging

#if canImport(Glibc)
import Glibc
#endif

/// Scenario 2, the baseline: the facade into LogFacade's `StreamLogHandler`, as a swift-log user
/// gets it. swift-log offers StreamLogHandler only over standard output or standard error, and
/// flushes after every record; so the primary figure runs `StreamLogHandler.standardOutput` with
/// this process's standard output pointing at the file (one `write` per record), timed until the
/// last record is written. `buffered_records_per_s` is the stricter variant: the same handler over
/// a user-written `TextOutputStream` on a buffered `FILE*`, timed until `fclose`.
let streamHandlerScenario = SuiteScenario(
    name: "2-stream",
    summary: "facade -> StreamLogHandler.standardOutput redirected to a file (flushed per record, as swift-log)",
    primary: "records_per_s"
) { options in
    let records = options.records
    _ = writeThroughStandardOutput(path: options.directory + "/warm-stdout.log", records: records / 100)
    let clock = ContinuousClock()
    var start = clock.now
    guard let flushedBytes = writeThroughStandardOutput(path: options.directory + "/stdout.log", records: records)
    else { return [] }
    let flushed = nanoseconds(clock.now - start)

    _ = writeThroughBufferedStream(path: options.directory + "/warm.log", records: records / 100)
    start = clock.now
    guard writeThroughBufferedStream(path: options.directory + "/stream.log", records: records) != nil
    else { return [] }
    let buffered = nanoseconds(clock.now - start)
    return [
        ("records_per_s", Double(records) / flushed * 1e9),
        ("ns_per_record", flushed / Double(records)),
        ("bytes_per_record", Double(flushedBytes) / Double(records)),
        ("buffered_records_per_s", Double(records) / buffered * 1e9),
    ]
}

/// Writes `records` lines through `StreamLogHandler.standardOutput` with file descriptor 1 moved
/// to `path` meanwhile; returns the file's size. Standard output is restored before returning.
private func writeThroughStandardOutput(path: String, records: Int) -> Int? {
    let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard file >= 0 else { return nil }
    fflush(nil)  // every output stream, standard output included
    let saved = dup(STDOUT_FILENO)
    guard saved >= 0, dup2(file, STDOUT_FILENO) >= 0 else {
        close(file)
        return nil
    }
    let logger = Logger(label: "bench") { label in StreamLogHandler.standardOutput(label: label) }
    for number in 0..<records { logRequest(logger, number) }
    fflush(nil)
    dup2(saved, STDOUT_FILENO)
    close(saved)
    let size = lseek(file, 0, SEEK_END)
    close(file)
    return Int(size)
}

/// Writes `records` lines through a buffered `FILE*` and closes the file; returns the file's size.
private func writeThroughBufferedStream(path: String, records: Int) -> Int? {
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
