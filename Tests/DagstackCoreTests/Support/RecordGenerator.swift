import DagstackTestSupport

@testable import DagstackCore

/// Generates seeded random records that stress the wire format: characters outside the BMP,
/// controls, high-BMP keys, doubles across every magnitude, Int64 edges, nesting 6 deep, empty
/// containers, and every optional field both present and absent.
struct RecordGenerator {
    var random: SplitMix64
    /// Whether doubles may be NaN or ±Infinity (the reference binding cannot write them).
    var allowNonFinite = false

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// Characters chosen to collide in UTF-16 versus UTF-8 order and to need escaping.
    static let keyAlphabet: [Unicode.Scalar] = [
        "a", "b", "z", "A", "Z", "_", ".", "0", " ", "\"", "\\", "\u{0}", "\u{1}", "\n", "\u{1F}", "\u{7F}",
        "\u{80}", "\u{9F}", "\u{E9}", "\u{436}", "\u{2028}", "\u{D7FF}", "\u{E000}", "\u{F8FF}", "\u{FEFF}",
        "\u{FF21}", "\u{FFFD}", "\u{FFFF}", "\u{10000}", "\u{1F600}", "\u{10FFFF}",
    ]

    static let specialDoubles: [Double] = [
        0.0, -0.0, 1.0, -1.0, 100.0, 1e-300, 1e300, -1e300, 1e-7, 1e-5, 1e-4, 1e15, 1e16, 1e17, 1e21, 1e22,
        0.1, 0.30000000000000004, 1.0 / 3.0, 12.345, 9_007_199_254_740_992.0, 9_007_199_254_740_993.0,
        123_456_789_012_345_680.0, 9_007_199_254_740_994.0, 9_999_999_999_999_998.0, 9.1e15, 0.0001, 0.00001,
        9.999e-5, 1_000_000.0, .leastNonzeroMagnitude, .leastNormalMagnitude,
        .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 2.2250738585072014e-308,
    ]

    static let specialInts: [Int64] = [
        0, 1, -1, .min, .max, .min + 1, .max - 1, 9_007_199_254_740_993, -9_007_199_254_740_993, 200, 421_337,
    ]

    mutating func below(_ bound: Int) -> Int {
        random.below(bound)
    }

    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    mutating func scalar() -> Unicode.Scalar {
        switch below(10) {
        case 0...3: return Unicode.Scalar(UInt8(0x20 + below(0x5F)))
        case 4: return Unicode.Scalar(UInt8(below(0x20)))
        case 5: return Self.keyAlphabet[below(Self.keyAlphabet.count)]
        case 6: return Unicode.Scalar(UInt32(0x80 + below(0x780))) ?? "x"
        case 7: return Unicode.Scalar(UInt32(0x800 + below(0xD000))) ?? "x"
        case 8: return Unicode.Scalar(UInt32(0xE000 + below(0x2000))) ?? "x"
        default: return Unicode.Scalar(UInt32(0x10000 + below(0x100000))) ?? "x"
        }
    }

    mutating func string(maxLength: Int = 12) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<below(maxLength + 1) {
            scalars.append(scalar())
        }
        return String(scalars)
    }

    mutating func key() -> String {
        if chance(30) {
            return ["request.id", "user.id", "path", "status", "duration_ms", "a", "", "db_password"][below(8)]
        }
        var scalars = String.UnicodeScalarView()
        for _ in 0..<(1 + below(5)) {
            scalars.append(chance(70) ? Self.keyAlphabet[below(Self.keyAlphabet.count)] : scalar())
        }
        return String(scalars)
    }

    mutating func double() -> Double {
        if allowNonFinite && chance(10) {
            return [Double.nan, .infinity, -.infinity][below(3)]
        }
        switch below(5) {
        case 0:
            return Self.specialDoubles[below(Self.specialDoubles.count)]
        case 1:
            // Integral doubles of every size.
            let magnitude = Double(random.next() >> UInt64(below(64)))
            return chance(50) ? magnitude : -magnitude
        case 2:
            // Any finite bit pattern.
            while true {
                let candidate = Double(bitPattern: random.next())
                if candidate.isFinite { return candidate }
            }
        default:
            // A random mantissa at a random decimal magnitude 1e-310 ... 1e308.
            let mantissa = Double(random.next() % 1_000_000_000) / 1e8
            let exponent = below(619) - 310
            let value = mantissa * pow10(exponent)
            return value.isFinite ? (chance(50) ? value : -value) : 1e308
        }
    }

    private func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        let step = exponent < 0 ? 0.1 : 10.0
        for _ in 0..<abs(exponent) {
            result *= step
        }
        return result
    }

    mutating func int() -> Int64 {
        switch below(3) {
        case 0: Self.specialInts[below(Self.specialInts.count)]
        case 1: Int64(bitPattern: random.next())
        default: Int64(below(2001)) - 1000
        }
    }

    mutating func value(depth: Int) -> Value {
        let kinds = depth >= 6 ? 5 : 7
        switch below(kinds) {
        case 0: return .string(string())
        case 1: return .int(int())
        case 2: return .double(double())
        case 3: return .bool(chance(50))
        case 4: return chance(50) ? .null : .string(string(maxLength: 40))
        case 5: return .map(map(depth: depth + 1, maxCount: chance(20) ? 0 : 4))
        default:
            let count = chance(20) ? 0 : below(4) + 1
            return .array((0..<count).map { _ in value(depth: depth + 1) })
        }
    }

    /// A value nested exactly `levels` deep, alternating maps and arrays.
    mutating func deepValue(levels: Int) -> Value {
        if levels == 0 {
            return value(depth: 6)
        }
        let inner = deepValue(levels: levels - 1)
        return levels % 2 == 0 ? .map([key(): inner]) : .array([inner, value(depth: 6)])
    }

    mutating func map(depth: Int, maxCount: Int) -> [String: Value] {
        var result: [String: Value] = [:]
        for _ in 0..<below(maxCount + 1) {
            result[key()] = value(depth: depth)
        }
        return result
    }

    mutating func record() -> LogRecord {
        let scope: InstrumentationScope? =
            chance(25)
            ? nil
            : InstrumentationScope(
                name: chance(10) ? "" : string(),
                version: chance(50) ? nil : string(maxLength: 6),
                attributes: chance(60) ? [:] : map(depth: 1, maxCount: 3)
            )
        let resource: Resource? =
            switch below(3) {
            case 0: nil
            case 1: Resource(attributes: [:])
            default: Resource(attributes: map(depth: 1, maxCount: 4))
            }
        return LogRecord(
            timeUnixNano: chance(10) ? [0, .max, 1][below(3)] : random.next(),
            observedTimeUnixNano: chance(50) ? nil : random.next() >> UInt64(below(64)),
            severity: Severity(clamping: 1 + below(24)),
            body: chance(50) ? .string(string(maxLength: 30)) : value(depth: 0),
            attributes: chance(15)
                ? [:] : map(depth: 0, maxCount: 8).merging(chance(10) ? ["deep": deepValue(levels: 6)] : [:]) { $1 },
            instrumentationScope: scope,
            resource: resource,
            traceID: chance(50) ? nil : TraceID(high: random.next(), low: chance(5) ? 0 : random.next()),
            spanID: chance(50) ? nil : SpanID(chance(5) ? 0 : random.next()),
            traceFlags: chance(50) ? 0 : UInt8(truncatingIfNeeded: random.next())
        )
    }
}
