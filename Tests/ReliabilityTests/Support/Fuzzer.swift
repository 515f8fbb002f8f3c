import DagstackCore
import DagstackTestSupport

/// Seeded byte-string generator for the parser fuzz: random bytes, and mutations of valid lines
/// (byte flips, JSON punctuation, invalid UTF-8, deleted, duplicated and inserted ranges).
struct Fuzzer {
    var random: SplitMix64
    let seeds: [[UInt8]]

    static let interesting: [UInt8] =
        Array("\"\\{}[]:,0123456789-+.eEtrufalsn ".utf8) + [
            0x00, 0x01, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xE2, 0xED, 0xF0, 0xF4, 0xF5, 0xFF,
        ]

    init(seed: UInt64, seeds: [[UInt8]]) {
        random = SplitMix64(seed: seed)
        self.seeds = seeds
    }

    mutating func below(_ bound: Int) -> Int {
        random.below(bound)
    }

    /// One input, never containing LF (so that it is one line of a JSON-lines file).
    mutating func next() -> [UInt8] {
        var bytes: [UInt8]
        switch below(10) {
        case 0:
            bytes = (0..<below(300)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        case 1:
            bytes = (0..<below(300)).map { _ in Self.interesting[below(Self.interesting.count)] }
        default:
            bytes = seeds[below(seeds.count)]
            for _ in 0...below(8) { mutate(&bytes) }
        }
        return bytes.map { $0 == 0x0A ? 0x20 : $0 }
    }

    private mutating func mutate(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else {
            bytes.append(Self.interesting[below(Self.interesting.count)])
            return
        }
        let at = below(bytes.count)
        switch below(7) {
        case 0: bytes[at] ^= UInt8(1 << below(8))
        case 1: bytes[at] = Self.interesting[below(Self.interesting.count)]
        case 2: bytes.removeSubrange(at..<min(bytes.count, at + 1 + below(16)))
        case 3:
            let end = min(bytes.count, at + 1 + below(32))
            bytes.insert(contentsOf: Array(bytes[at..<end]), at: below(bytes.count))
        case 4: bytes.insert(Self.interesting[below(Self.interesting.count)], at: at)
        case 5: bytes.removeSubrange(at...)
        default:
            let digits = Array(String(random.next()).utf8)
            bytes.insert(contentsOf: digits, at: at)
        }
    }
}
