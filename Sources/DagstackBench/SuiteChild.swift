import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The hidden `--child <scenario>` mode: measures one suite scenario once in this process and
/// prints `metric <name> <value>` lines, ending with the process's peak RSS.
func runSuiteChild(name: String, records: Int) -> Int32 {
    guard let scenario = suiteScenarios.first(where: { $0.name == name }) else {
        print("error unknown suite scenario \(name)")
        return 2
    }
    return withBenchDirectory { directory in
        let baseline = peakResidentKiB()
        let metrics = scenario.measure(SuiteOptions(records: records, directory: directory))
        for (key, value) in metrics {
            print("metric \(key) \(value)")
        }
        print("metric baseline_rss_mib \(Double(baseline) / 1024)")
        print("metric peak_rss_mib \(Double(peakResidentKiB()) / 1024)")
        return 0
    }
}

/// The process-wide peak resident set size in KiB (`ru_maxrss`).
func peakResidentKiB() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss
}

/// Runs this executable again as `--child name`, waits, and parses its metrics.
func measureInChild(_ name: String, records: Int) -> [String: Double]? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    process.arguments = ["--child", name, "--records", String(records)]
    let output = Pipe()
    process.standardOutput = output
    do {
        try process.run()
    } catch {
        print("could not start a child for \(name): \(error)")
        return nil
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        print("child \(name) failed with status \(process.terminationStatus)")
        return nil
    }
    var metrics: [String: Double] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
        let parts = line.split(separator: " ")
        if parts.count == 3, parts[0] == "metric", let value = Double(parts[2]) {
            metrics[String(parts[1])] = value
        }
    }
    return metrics
}

/// The 1-minute load average, from `/proc/loadavg`.
func loadAverage() -> Double {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return .nan }
    return Double(text.split(separator: " ").first ?? "") ?? .nan
}
