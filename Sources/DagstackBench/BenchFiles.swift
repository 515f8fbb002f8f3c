import Foundation

/// A fresh temporary directory for one benchmark run, removed after `body`.
func withBenchDirectory<T>(_ body: (String) -> T) -> T {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("dagstack-bench-\(UUID().uuidString)", isDirectory: true)
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return body(directory.path)
}

/// Nanoseconds in a duration, as a Double.
func nanoseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1e9 + Double(attoseconds) / 1e9
}

/// The median of some values.
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// The size of a file in bytes, or 0.
func fileSize(_ path: String) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return (attributes?[.size] as? NSNumber)?.intValue ?? 0
}

/// The number of newline characters in a file, or -1 when it cannot be read.
func lineCount(_ path: String) -> Int {
    guard let data = FileManager.default.contents(atPath: path) else { return -1 }
    return data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
}
