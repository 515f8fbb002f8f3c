#if canImport(Glibc)
import Glibc
#endif

// Usage: dagstack-bench [--json] [--runs N] [--quick] [--records N] <scenario>... | all | suite | list
//        dagstack-bench selftest
// Suite scenarios (`1-disabled` ... `8-encoder`, or `suite` for all eight) run in interleaved
// rounds, each measurement in a child process (`--child`, hidden); the others run in-process.
var options = BenchOptions()
var names: [String] = []
var records = 1_000_000
var child: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--json":
        options.json = true
    case "--runs", "--rounds":
        guard let value = arguments.popFirst().flatMap({ Int($0) }), value >= 5 else {
            print("\(argument) needs a number of at least 5")
            exit(2)
        }
        options.runs = value
    case "--quick":
        records = 100_000
    case "--records":
        guard let value = arguments.popFirst().flatMap({ Int($0) }), value >= 100 else {
            print("--records needs a number of at least 100")
            exit(2)
        }
        records = value
    case "--child":
        child = arguments.popFirst()
    default:
        names.append(argument)
    }
}

if let child {
    exit(runSuiteChild(name: child, records: records))
}

if names == ["selftest"] {
    if let failure = checkAllocationCounter() {
        print("selftest failed: \(failure)")
        exit(1)
    }
    print("selftest passed: the allocation counter counts")
    exit(0)
}

if names.isEmpty || names == ["list"] || names == ["--help"] || names == ["-h"] || names == ["help"] {
    print("usage: dagstack-bench [--json] [--runs N>=5] [--quick] [--records N] <scenario>... | all | suite")
    print("suite scenarios (interleaved rounds, each in a child process):")
    for scenario in suiteScenarios {
        print("  \(scenario.name): \(scenario.summary)")
    }
    print("in-process scenarios:")
    for scenario in allScenarios {
        print("  \(scenario.name): \(scenario.summary)")
    }
    exit(names.isEmpty ? 2 : 0)
}

let suite =
    names == ["suite"] ? suiteScenarios : suiteScenarios.filter { scenario in names.contains(scenario.name) }
let selected = names == ["all"] ? allScenarios : allScenarios.filter { scenario in names.contains(scenario.name) }
if names != ["suite"] && names != ["all"] && suite.count + selected.count != names.count {
    print("unknown scenario; run `dagstack-bench list`")
    exit(2)
}
for scenario in selected {
    let measurement = scenario.run(options)
    print(options.json ? measurement.json : measurement.text)
}
if !suite.isEmpty {
    exit(runSuite(suite, rounds: options.runs, records: records, json: options.json))
}
