#if canImport(Glibc)
import Glibc
#endif

// Usage: dagstack-bench [--json] [--runs N] <scenario>... | all | list
var options = BenchOptions()
var names: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--json":
        options.json = true
    case "--runs":
        guard let value = arguments.popFirst().flatMap({ Int($0) }), value >= 5 else {
            print("--runs needs a number of at least 5")
            exit(2)
        }
        options.runs = value
    default:
        names.append(argument)
    }
}

if names.isEmpty || names == ["list"] {
    print("usage: dagstack-bench [--json] [--runs N>=5] <scenario>... | all")
    for scenario in allScenarios {
        print("  \(scenario.name): \(scenario.summary)")
    }
    exit(names.isEmpty ? 2 : 0)
}

let selected = names == ["all"] ? allScenarios : names.compactMap { name in allScenarios.first { $0.name == name } }
if selected.count != names.count && names != ["all"] {
    print("unknown scenario; run `dagstack-bench list`")
    exit(2)
}
for scenario in selected {
    let measurement = scenario.run(options)
    print(options.json ? measurement.json : measurement.text)
}
