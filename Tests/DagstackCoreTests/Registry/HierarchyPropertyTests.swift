import DagstackTestSupport
import Foundation
import Testing

@testable import DagstackCore

/// Level and sink resolution against a naive model (walk up by dropping the last component),
/// over seeded random trees of names, configured levels, environment levels and node sinks.
@Suite("Registry: hierarchy resolution matches a naive model")
struct HierarchyPropertyTests {
    static let components = ["a", "b", "c", "db", "x_y", "Api"]

    static func randomName(_ random: inout SplitMix64) -> String {
        let depth = Int.random(in: 1...4, using: &random)
        return (0..<depth).map { _ in components.randomElement(using: &random) ?? "a" }.joined(separator: ".")
    }

    static func parent(of name: String) -> String? {
        guard !name.isEmpty else { return nil }
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return String(name[..<dot])
    }

    /// The naive model: from the name up to (excluding) the root, the first node with an
    /// environment level, else a configured level, wins; else the root level.
    static func modelLevel(_ name: String, _ configuration: RegistryConfiguration) -> Severity {
        var node: String? = name
        while let current = node, !current.isEmpty {
            let key = current.uppercased().replacingOccurrences(of: ".", with: "_")
            if let level = configuration.environmentLevels[key] { return level }
            if let level = configuration.levels[current] { return level }
            node = parent(of: current)
        }
        return configuration.rootLevel
    }

    static func modelSinks(_ name: String, _ configuration: RegistryConfiguration) -> [String] {
        var node: String? = name
        while let current = node, !current.isEmpty {
            if let sinks = configuration.nodeSinks[current] { return sinks.map(\.id) }
            node = parent(of: current)
        }
        return configuration.rootSinks.map(\.id)
    }

    @Test(arguments: 0..<20)
    func resolutionMatchesTheModel(seed: Int) {
        var random = SplitMix64(seed: 0x5EED_0000 + UInt64(seed))
        var configuration = RegistryConfiguration()
        configuration.rootLevel = Severity(clamping: Int.random(in: 1...24, using: &random))
        configuration.rootSinks = [InMemorySink()]
        for _ in 0..<Int.random(in: 0...8, using: &random) {
            configuration.levels[Self.randomName(&random)] = Severity(clamping: Int.random(in: 1...24, using: &random))
        }
        for _ in 0..<Int.random(in: 0...4, using: &random) {
            let key = Self.randomName(&random).uppercased().replacingOccurrences(of: ".", with: "_")
            configuration.environmentLevels[key] = Severity(clamping: Int.random(in: 1...24, using: &random))
        }
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            configuration.nodeSinks[Self.randomName(&random)] = [InMemorySink()]
        }
        let internalSink = InMemorySink()
        for _ in 0..<200 {
            let name = Self.randomName(&random)
            #expect(configuration.minSeverity(for: name) == Self.modelLevel(name, configuration), "\(name)")
            let sinks = configuration.sinks(for: name, internalSink: internalSink).map(\.id)
            #expect(sinks == Self.modelSinks(name, configuration), "\(name)")
        }
    }
}
