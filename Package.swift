// swift-tools-version:6.2

import PackageDescription

let package = Package(
    name: "dagstack",
    products: [
        .library(name: "Logging", targets: ["Logging"]),
        .library(name: "InMemoryLogging", targets: ["InMemoryLogging"]),
        .library(name: "DagstackCore", targets: ["DagstackCore"]),
        .library(name: "DagstackLogger", targets: ["DagstackLogger"]),
        .library(name: "DagstackBackend", targets: ["DagstackBackend"]),
        .executable(name: "dagstack-log", targets: ["DagstackLogCLI"]),
        .executable(name: "dagstack-bench", targets: ["DagstackBench"]),
    ],
    traits: [
        .trait(name: "MaxLogLevelDebug", description: "Compile out trace"),
        .trait(name: "MaxLogLevelInfo", description: "Compile out trace and debug"),
        .trait(name: "MaxLogLevelNotice", description: "Compile out trace, debug and info"),
        .trait(name: "MaxLogLevelWarning", description: "Compile out trace, debug, info and notice"),
        .trait(name: "MaxLogLevelError", description: "Compile out everything below error"),
        .trait(name: "MaxLogLevelCritical", description: "Compile out everything below critical"),
        .trait(name: "MaxLogLevelNone", description: "Compile out all logging"),
        .default(enabledTraits: []),
    ],
    targets: [
        // The swift-log 1.16 API, reimplemented; knows nothing of dagstack.
        .target(name: "LogFacade", path: "Vendor/LogFacade"),
        // `import Logging` / `import InMemoryLogging` for code written against swift-log.
        .target(name: "Logging", dependencies: ["LogFacade"], path: "Compat/Logging"),
        .target(name: "InMemoryLogging", dependencies: ["Logging"], path: "Compat/InMemoryLogging"),

        // The dagstack core: records, wire formats, redaction, context, sinks, delivery, registry.
        .target(name: "DagstackCore", path: "Sources/DagstackCore"),
        // The dagstack-native Logger API (spec section 5) on the core.
        .target(name: "DagstackLogger", dependencies: ["DagstackCore"], path: "Sources/DagstackLogger"),
        // The bridge: a facade LogHandler feeding the dagstack core; the one-call bootstrap.
        .target(name: "DagstackBackend", dependencies: ["LogFacade", "DagstackCore"], path: "Sources/DagstackBackend"),

        // `dagstack-log`: the demo (the README's main job), the viewer and the canonicaliser.
        .executableTarget(
            name: "DagstackLogCLI",
            dependencies: ["DagstackCore", "DagstackBackend", "Logging"],
            path: "Sources/DagstackLogCLI"
        ),
        // Release-mode benchmarks: `swift run -c release dagstack-bench <scenario>`.
        .executableTarget(
            name: "DagstackBench",
            dependencies: ["DagstackCore", "DagstackLogger", "DagstackBackend", "Logging", "CAllocationCounter"],
            path: "Sources/DagstackBench"
        ),
        // malloc and its siblings, counted and forwarded to glibc; linked into dagstack-bench only.
        .target(name: "CAllocationCounter", path: "Sources/CAllocationCounter"),

        // Helpers shared by test targets (the Python reference binding runner, a seeded generator, a pipe reader).
        .target(name: "DagstackTestSupport", path: "Tests/DagstackTestSupport"),

        .testTarget(
            name: "LogFacadeTests",
            dependencies: ["Logging", "InMemoryLogging"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LoggingCompatibilityTests", dependencies: ["Logging"]),
        .testTarget(
            name: "DagstackCoreTests",
            dependencies: ["DagstackCore", "DagstackTestSupport"],
            resources: [.copy("Fixtures"), .copy("ParityDriver")]
        ),
        .testTarget(
            name: "DagstackLoggerTests",
            dependencies: ["DagstackLogger", "DagstackCore", "DagstackTestSupport"],
            resources: [.copy("Fixtures"), .copy("ParityDriver")]
        ),
        .testTarget(name: "DagstackBackendTests", dependencies: ["DagstackBackend", "DagstackLogger", "Logging"]),
        // An "existing service" written against `import Logging` only, run on the dagstack backend,
        // and the code of MIGRATING.md, kept compiling.
        .testTarget(name: "DagstackBackendMigrationTests", dependencies: ["DagstackBackend", "Logging"]),
        .testTarget(
            name: "DagstackLogCLITests",
            dependencies: ["DagstackCore", "DagstackLogCLI"],
            resources: [.copy("Fixtures")]
        ),
        // Faults, hostile input, secrets through every output, parser fuzz and the concurrency soak.
        .testTarget(
            name: "ReliabilityTests",
            dependencies: [
                "DagstackCore", "DagstackLogger", "DagstackBackend", "DagstackLogCLI", "Logging", "DagstackTestSupport",
            ]
        ),
    ]
)

// One loop applies the same settings to every target.
for target in package.targets where [.executable, .test, .regular].contains(target.type) {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
