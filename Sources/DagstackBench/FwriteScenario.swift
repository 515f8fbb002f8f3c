#if canImport(Glibc)
import Glibc
#endif

/// Scenario 5, the physical-limit proxy: pre-formatted ~275-byte lines (1,024 distinct ones,
/// built before timing) through `fwrite` with a 64 KiB stdio buffer, timed until `fclose`.
let fwriteScenario = SuiteScenario(
    name: "5-fwrite",
    summary: "pre-formatted ~275-byte lines via fwrite, 64 KiB buffer, until fclose",
    primary: "records_per_s"
) { options in
    let lines = (0..<1024).map { Array(Workload.preformattedLine($0).utf8) }
    _ = writeLines(lines, path: options.directory + "/warm.jsonl", records: options.records / 100)
    let clock = ContinuousClock()
    let start = clock.now
    guard let bytes = writeLines(lines, path: options.directory + "/fwrite.jsonl", records: options.records)
    else { return [] }
    let elapsed = nanoseconds(clock.now - start)
    return [
        ("records_per_s", Double(options.records) / elapsed * 1e9),
        ("ns_per_record", elapsed / Double(options.records)),
        ("bytes_per_record", Double(bytes) / Double(options.records)),
    ]
}

private func writeLines(_ lines: [[UInt8]], path: String, records: Int) -> Int? {
    guard let file = fopen(path, "w") else { return nil }
    setvbuf(file, nil, _IOFBF, 65_536)
    for number in 0..<records {
        lines[number & 1023].withUnsafeBufferPointer { line in
            _ = fwrite(line.baseAddress, 1, line.count, file)
        }
    }
    let size = ftell(file)
    fclose(file)
    return size
}
