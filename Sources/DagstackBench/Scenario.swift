/// One benchmark scenario: a name for the command line and a function that measures it.
struct Scenario: Sendable {
    /// The name given on the command line, such as `encoder`.
    var name: String
    /// One line saying what is measured.
    var summary: String
    /// Runs the scenario and returns its measurement.
    var run: @Sendable (BenchOptions) -> Measurement
}

/// Command-line options shared by every scenario.
struct BenchOptions: Sendable {
    /// Timed runs per scenario (at least 5); the statistics are over these.
    var runs = 7
    /// Print one JSON document per scenario instead of text.
    var json = false
}

/// Every scenario, in the order `all` runs them. Add new scenarios here (one file each).
let allScenarios: [Scenario] = [
    encoderScenario,
    prettyScenario,
    decoderScenario,
    emitScenario,
    rotationScenario,
    loggerScenario,
    facadeDisabledScenario,
    facadeNullScenario,
    facadeFileScenario,
]
