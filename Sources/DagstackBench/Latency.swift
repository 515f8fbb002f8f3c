#if canImport(Glibc)
import Glibc
#endif

/// Per-call latencies stored into a preallocated buffer, read from `CLOCK_MONOTONIC` (vDSO, no
/// system call, ~20 ns per read on this machine; the figures include one read).
struct LatencyRecorder: ~Copyable {
    private let samples: UnsafeMutableBufferPointer<UInt32>
    private var count = 0

    init(capacity: Int) {
        samples = .allocate(capacity: capacity)
        samples.initialize(repeating: 0)  // touch the pages before timing
    }

    deinit {
        samples.deallocate()
    }

    /// Monotonic nanoseconds.
    @inline(__always)
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }

    /// Times one call of `body`.
    @inline(__always)
    mutating func time(_ body: () -> Void) {
        let start = Self.now()
        body()
        let elapsed = Self.now() &- start
        if count < samples.count {
            samples[count] = UInt32(clamping: elapsed)
            count += 1
        }
    }

    /// The p50 of `samples` empty timed calls: what the instrument adds to every sample (the clock
    /// read between the two timestamps), reported next to the latencies, not subtracted from them.
    static func timerOverhead(samples: Int = 200_000) -> Double {
        var recorder = LatencyRecorder(capacity: samples)
        for _ in 0..<samples {
            recorder.time {}
        }
        return recorder.p50
    }

    /// The p50 of the samples in nanoseconds.
    var p50: Double {
        percentiles(prefix: "").first?.1 ?? .nan
    }

    /// p50, p99, p99.9 and max in nanoseconds, as metrics with `prefix`.
    func percentiles(prefix: String) -> [(String, Double)] {
        var sorted = Array(samples[0..<count])
        sorted.sort()
        func at(_ fraction: Double) -> Double {
            guard !sorted.isEmpty else { return .nan }
            let index = min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.down)))
            return Double(sorted[index])
        }
        return [
            ("\(prefix)p50_ns", at(0.50)),
            ("\(prefix)p99_ns", at(0.99)),
            ("\(prefix)p999_ns", at(0.999)),
            ("\(prefix)max_ns", Double(sorted.last ?? 0)),
        ]
    }
}
