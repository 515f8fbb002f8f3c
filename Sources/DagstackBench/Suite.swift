/// One scenario of the issue-8 suite: measured in a child process of its own, interleaved with the
/// other selected scenarios round by round, so noise and the process-wide peak RSS stay separate.
struct SuiteScenario: Sendable {
    /// The name given on the command line, such as `3-backend`.
    var name: String
    /// One line saying what is measured.
    var summary: String
    /// The metric the round lines and ratios use, such as `records_per_s`.
    var primary: String
    /// Measures once in the current (child) process and returns named metrics.
    var measure: @Sendable (SuiteOptions) -> [(String, Double)]

    /// The scenario number of issue 8 (the digits before the dash).
    var number: Int {
        Int(name.prefix { $0.isNumber }) ?? 0
    }
}

/// What a suite child needs to know.
struct SuiteOptions: Sendable {
    /// Records per measurement of the throughput scenarios (1M; fewer with `--quick`).
    var records = 1_000_000
    /// A temporary directory of the child's, removed when it exits.
    var directory = ""
}

/// The eight scenarios of issue 8, the caller-cost breakdown (0) and the paced rate (9), in the order each
/// round runs them.
let suiteScenarios: [SuiteScenario] = [
    breakdownScenario,
    disabledLevelScenario,
    streamHandlerScenario,
    backendScenario,
    nativeLoggerScenario,
    fwriteScenario,
    latencyScenario,
    overloadScenario,
    encoderSuiteScenario,
    pacedScenario,
]
