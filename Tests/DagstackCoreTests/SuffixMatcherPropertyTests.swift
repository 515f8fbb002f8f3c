import DagstackTestSupport
import Testing

@testable import DagstackCore

/// The suffix matcher (word-at-a-time compare, length and ASCII shortcuts) against a naive model:
/// the key lower-cased, then its UTF-8 bytes compared with each suffix's, over seeded random
/// keys and suffix sets.
struct SuffixMatcherPropertyTests {
    private static let suffixAlphabet = Array("abcdeky_.-0")
    private static let keyPieces = [
        "a", "K", "E", "y", "_", ".", "x", "Z", "é", "\u{212A}", "ß", "id", "_KEY", "_Token",
    ]

    private func randomSuffix(_ generator: inout SplitMix64) -> String {
        let length = 1 + generator.below(12)
        return String((0..<length).map { _ in Self.suffixAlphabet[generator.below(Self.suffixAlphabet.count)] })
    }

    private func randomKey(_ generator: inout SplitMix64, suffixes: [String]) -> String {
        var key = ""
        for _ in 0..<generator.below(6) {
            key += Self.keyPieces[generator.below(Self.keyPieces.count)]
        }
        if !suffixes.isEmpty && generator.below(3) == 0 {
            let suffix = suffixes[generator.below(suffixes.count)]
            key += generator.below(2) == 0 ? suffix : suffix.uppercased()
        }
        return key
    }

    private func modelMatches(_ key: String, _ suffixes: [String]) -> Bool {
        let lowered = Array(key.lowercased().utf8)
        return suffixes.contains { suffix in
            let bytes = Array(suffix.utf8)
            return bytes.count <= lowered.count && Array(lowered.suffix(bytes.count)) == bytes
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func matchesEqualTheNaiveModel(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<200 {
            var suffixes = Set<String>()
            for _ in 0..<(1 + generator.below(7)) { suffixes.insert(randomSuffix(&generator)) }
            if generator.below(4) == 0 { suffixes.formUnion(RedactionConfig.baseSuffixes) }
            let list = Array(suffixes)
            let matcher = SuffixMatcher(suffixes: suffixes)
            for _ in 0..<50 {
                let key = randomKey(&generator, suffixes: list)
                #expect(matcher.matches(key) == modelMatches(key, list), "key \(key) suffixes \(list)")
            }
        }
    }
}
