import DagstackTestSupport
import Testing

@testable import DagstackCore

/// The per-thread verdict cache of redaction: whatever the keys, their storage and the matcher in
/// force, a remembered verdict is the matcher's own.
struct SecretKeyVerdictsTests {
    /// Key pieces: secret suffixes in both cases, the Kelvin sign (which lower-cases to `k`), and
    /// prefixes long enough that two small keys share their first word and differ in the second.
    private static let pieces = [
        "abcdefgh", "user", "_token", "_TOKEN", "_key", "_ke\u{212A}", "_id", "_pin", ".", "x", "é",
        "_password", "request",
    ]

    private func randomKey(_ generator: inout SplitMix64) -> String {
        var key = ""
        for _ in 0..<(1 + generator.below(4)) {
            key += Self.pieces[generator.below(Self.pieces.count)]
        }
        return key
    }

    /// A copy of `key` in storage of its own (a key built afresh at each call).
    private func rebuilt(_ key: String) -> String {
        String(decoding: Array(key.utf8), as: UTF8.self)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6])
    func verdictsAreTheMatchersAcrossCallSitesMatchersAndEvictions(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        // Five matchers, more than the tables kept, two of them equal but built separately.
        let matchers = [
            RedactionConfig.default.matcher,
            try RedactionConfig(extraSuffixes: ["_pin"]).matcher,
            try RedactionConfig(extraSuffixes: ["_id", "_pin"], replaceDefaults: true).matcher,
            try RedactionConfig(extraSuffixes: ["_pin", "_id"], replaceDefaults: true).matcher,
            try RedactionConfig(extraSuffixes: ["_x", "_pix"], replaceDefaults: true).matcher,
            try RedactionConfig(extraSuffixes: ["_token"], replaceDefaults: true).matcher,
        ]
        // More call-site keys than the cache has slots, so verdicts are evicted and remembered again.
        let callSiteKeys = (0..<300).map { _ in randomKey(&generator) }
        var verdicts = SecretKeyVerdicts()
        defer { verdicts.release() }
        var matcher = matchers[0]
        for _ in 0..<20_000 {
            if generator.below(generator.below(2) == 0 ? 3 : 500) == 0 {
                matcher = matchers[generator.below(matchers.count)]
            }
            let site = callSiteKeys[generator.below(generator.below(2) == 0 ? 12 : callSiteKeys.count)]
            // A key built afresh and dropped: longer than a small string, of one length, secret or
            // not at random, so a cache that did not keep its keys could meet another at a freed
            // key's address, bit for bit, with the other verdict.
            let suffix = generator.below(2) == 0 ? "_pin" : "_pix"
            let transient = String(repeating: "t", count: 20) + String(generator.below(10)) + suffix
            let key = [site, rebuilt(site), transient][generator.below(3)]
            verdicts.use(matcher)
            let remembered = verdicts.isSecret(key, under: matcher)
            try #require(remembered == matcher.matches(key), "key \(key)")
        }
    }

    @Test func identityIsTheSameValueNotAnEqualOne() {
        let key = "request.id"
        let same = key
        #expect(key.isIdentical(to: same))
        let long = String(repeating: "x", count: 40)
        let equalLong = String(repeating: "x", count: 40)
        #expect(long == equalLong)
        #expect(!long.isIdentical(to: equalLong))
        // Canonically equivalent, so equal as Swift strings, but different bytes.
        #expect("K" == "\u{212A}")
        #expect(!"K".isIdentical(to: "\u{212A}"))
        #expect(!"abcdefgh_token".isIdentical(to: "abcdefgh_tokem"))
    }
}
