import DagstackCore
import DagstackTestSupport

/// Seeded random attribute trees where secrets hide at any depth: keys ending with a secret
/// suffix in mixed case (ASCII and non-ASCII prefixes), whose values (strings, maps, arrays) hold
/// tokens starting with ``tokenPrefix``. Nothing else ever contains that prefix, so one substring
/// search of an output finds any leak.
struct SecretTreeGenerator {
    static let tokenPrefix = "SECRET-"
    /// The extra suffix the tests configure on top of the base set.
    static let extraSuffix = "_apikey"
    static let suffixes = Array(RedactionConfig.baseSuffixes).sorted() + [extraSuffix]
    static let prefixes = ["", "db", "api", "user.session", "Ключ", "ünïcode", "x-y", "nested.deep.name", "a b"]
    static let words = ["alpha", "beta", "status", "count", "region", "id", "path", "keyring", "tokens", "passwords"]

    var random: SplitMix64
    private(set) var tokensIssued = 0
    let policy: RedactionConfig

    init(seed: UInt64, policy: RedactionConfig) {
        random = SplitMix64(seed: seed)
        self.policy = policy
    }

    mutating func below(_ bound: Int) -> Int {
        random.below(bound)
    }

    /// A tree with at least one secret somewhere.
    mutating func tree() -> [String: Value] {
        var map = plainMap(depth: 0)
        var node = secretKey()
        var value = secretValue(depth: 0)
        // Bury the secret under up to five levels of plain maps and arrays of maps.
        for _ in 0..<below(6) {
            let key = plainKey()
            value = below(3) == 0 ? .array([.int(1), .map([node: value])]) : .map([node: value])
            node = key
        }
        map[node] = value
        return map
    }

    mutating func token() -> String {
        tokensIssued += 1
        return Self.tokenPrefix + String(random.next(), radix: 36) + "-\(tokensIssued)"
    }

    mutating func secretKey() -> String {
        let suffix = Self.suffixes[below(Self.suffixes.count)]
        let mixed = String(suffix.map { below(2) == 0 ? Character($0.uppercased()) : $0 })
        return Self.prefixes[below(Self.prefixes.count)] + mixed
    }

    mutating func plainKey() -> String {
        var key = Self.words[below(Self.words.count)] + (below(2) == 0 ? "" : "_\(below(100))")
        if policy.isSecretKey(key) { key += "x" }
        return key
    }

    mutating func secretValue(depth: Int) -> Value {
        switch below(4) {
        case 0: return .map([plainKey(): .string(token()), secretKey(): .string(token())])
        case 1: return .array([.string(token()), .map([plainKey(): .string(token())])])
        default: return .string(token())
        }
    }

    mutating func plainMap(depth: Int) -> [String: Value] {
        var map: [String: Value] = [:]
        for _ in 0..<below(4) {
            map[plainKey()] = plainValue(depth: depth + 1)
        }
        // Secrets beside plain values at this depth, too.
        if depth < 3, below(3) == 0 { map[secretKey()] = secretValue(depth: depth) }
        return map
    }

    mutating func plainValue(depth: Int) -> Value {
        switch below(depth > 3 ? 3 : 5) {
        case 0: return .int(Int64(below(1000)))
        case 1: return .string(Self.words[below(Self.words.count)])
        case 2: return .bool(below(2) == 0)
        case 3: return .map(plainMap(depth: depth))
        default: return .array([plainValue(depth: depth + 1), .string("plain")])
        }
    }
}
