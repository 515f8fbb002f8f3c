/// Times `iterations` calls of `body` per run, over `runs` runs after one warm-up run.
///
/// - Returns: nanoseconds per call, one value per timed run.
func timePerCall(runs: Int, iterations: Int, _ body: () -> Void) -> [Double] {
    let clock = ContinuousClock()
    var samples: [Double] = []
    for run in 0...runs {
        let start = clock.now
        for _ in 0..<iterations {
            body()
        }
        let elapsed = clock.now - start
        if run > 0 {
            samples.append(nanoseconds(elapsed) / Double(iterations))
        }
    }
    return samples
}

/// Keeps a value alive so the optimiser cannot drop the work that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
