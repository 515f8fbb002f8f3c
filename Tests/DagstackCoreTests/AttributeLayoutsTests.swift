import DagstackTestSupport
import Testing

@testable import DagstackCore

/// A sink worker encodes attributes through the layouts of the call sites it has seen; its lines
/// must be byte for byte what the encoder writes without them, whatever the sequence of shapes.
@Suite("Attribute layouts")
struct AttributeLayoutsTests {
    /// Keys that repeat (shadowing), sort differently in UTF-8 and UTF-16, are one Swift string
    /// in two spellings (`é` and `e` + U+0301, the Kelvin sign and `K`), need escaping, or are
    /// longer than a small string.
    private static let keyPool = [
        "a", "b", "K", "\u{212A}", "status", "path", "user.id", "request.id", "code.function",
        "x\u{FF5E}", "x\u{1F600}", "é", "e\u{301}", "", "quote\"d", "tab\tkey",
        "long.key.with.many.segments.to.pass.fifteen.bytes",
    ]

    private static func randomValue(_ random: inout SplitMix64) -> Value {
        switch random.below(6) {
        case 0: .string("v\(random.below(100))")
        case 1: .int(Int64(random.below(1000)) - 500)
        case 2: .double(Double(random.below(1000)) / 8)
        case 3: .bool(random.below(2) == 0)
        case 4: .map(["b": .int(1), "a": .string("s")])
        default: .array([.null, .string("e")])
        }
    }

    /// A call site: a fixed key sequence, some of it code-location bindings.
    private static func randomShape(_ random: inout SplitMix64) -> (bindings: Int, keys: [String]) {
        let bindings = random.below(3)
        let keys = (0..<random.below(9)).map { _ in keyPool[random.below(keyPool.count)] }
        return (bindings, keys)
    }

    /// A record of `shape` with fresh values; keys are rebuilt at random so that equal keys are
    /// not always the same storage. `shuffled`: the call-site keys in a random order, as a call
    /// site's metadata dictionary iterates them (each dictionary's hashing has its own seed).
    private static func record(
        _ shape: (bindings: Int, keys: [String]),
        _ random: inout SplitMix64,
        shuffled: Bool = false
    ) -> LogRecord {
        var list = AttributeList()
        for binding in AttributeList.Binding.allCases.prefix(shape.bindings) {
            list.appendBinding(binding, randomValue(&random))
        }
        for key in shuffled ? shape.keys.shuffled(using: &random) : shape.keys {
            let spelled = random.below(2) == 0 ? key : String(decoding: Array(key.utf8), as: UTF8.self)
            list.append(spelled, randomValue(&random))
        }
        return LogRecord(timeUnixNano: 7, severity: .info, body: "b", attributeList: list)
    }

    /// The line of `record` as a sink worker with `layouts` encodes it.
    private static func line(_ record: LogRecord, through layouts: inout AttributeLayouts?) -> [UInt8] {
        var bytes: [UInt8] = []
        JSONLinesEncoder.encode(record, observedAt: 9, layouts: &layouts, into: &bytes)
        return bytes
    }

    /// A record whose attributes are `keys` in this order, valued `first`, `first + 1`, ….
    private static func record(keys: [String], firstValue first: Int64 = 0) -> LogRecord {
        var list = AttributeList()
        for (position, key) in keys.enumerated() {
            list.append(key, .int(first + Int64(position)))
        }
        return LogRecord(timeUnixNano: 7, severity: .info, body: "b", attributeList: list)
    }

    /// The line of `record` as the encoder writes it without layouts.
    private static func plainLine(_ record: LogRecord) -> [UInt8] {
        var noLayouts: AttributeLayouts?
        return line(record, through: &noLayouts)
    }

    @Test("lines through layouts equal the encoder's, over more call sites than are kept", arguments: [1, 2, 3])
    func matchesPlainEncoding(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let shapes = (0..<(AttributeLayouts.capacity + 5)).map { _ in Self.randomShape(&random) }
        var layouts: AttributeLayouts? = AttributeLayouts()
        for _ in 0..<3_000 {
            // Mostly a few busy call sites, now and then any of them or a one-off shape.
            let shape = random.below(4) == 0 ? shapes[random.below(shapes.count)] : shapes[random.below(3)]
            let record = Self.record(
                random.below(50) == 0 ? Self.randomShape(&random) : shape,
                &random,
                shuffled: random.below(2) == 0
            )
            let cached = Self.line(record, through: &layouts)
            let plain = Self.plainLine(record)
            #expect(String(decoding: cached, as: UTF8.self) == String(decoding: plain, as: UTF8.self))
            #expect(cached == plain)
            if cached != plain { return }
        }
        #expect((layouts?.layouts.count ?? 0) <= AttributeLayouts.capacity)
    }

    @Test("a key of other bytes does not reuse a layout, even one of the same length or Swift value")
    func otherBytesOtherLayout() {
        var layouts: AttributeLayouts? = AttributeLayouts()
        for key in ["a", "b", "a", "K", "\u{212A}", "K", "é", "e\u{301}", "b"] {
            let record = Self.record(keys: [key, "z"], firstValue: 1)
            let cached = Self.line(record, through: &layouts)
            #expect(cached == Self.plainLine(record))
            #expect(String(decoding: cached, as: UTF8.self).contains("\"\(key)\":1"))
        }
    }

    @Test("a call site's keys in any order keep one layout and write the encoder's bytes", arguments: [5, 6, 7])
    func anyOrderOneLayout(seed: UInt64) {
        var layouts: AttributeLayouts? = AttributeLayouts()
        var random = SplitMix64(seed: seed)
        let keys = ["request.id", "user.id", "path", "status", "duration_ms", "K", "k", "quote\"d"]
        let shape = (bindings: 2, keys: keys)
        for _ in 0..<200 {
            let record = Self.record(shape, &random, shuffled: true)
            let line = Self.line(record, through: &layouts)
            #expect(line == Self.plainLine(record))
            if line != Self.plainLine(record) { return }
        }
        #expect(layouts?.layouts.count == 1)
    }

    @Test("a layout is reused for keys in another order only when no key repeats")
    func repeatedKeysKeepTheirOrder() {
        var layouts: AttributeLayouts? = AttributeLayouts()
        // The last entry of a key wins, so these lists resolve "a" differently; and a list that
        // repeats a key is no permutation of a layout's distinct keys of the same count.
        let orders = [
            ["a", "b", "a"], ["a", "a", "b"], ["b", "a", "a"], ["a", "b", "a"],
            ["a", "b", "c"], ["a", "a", "b"], ["c", "c", "a"], ["c", "b", "b"], ["c", "a", "b"],
        ]
        for (index, keys) in orders.enumerated() {
            let record = Self.record(keys: keys, firstValue: Int64(10 * index))
            #expect(Self.line(record, through: &layouts) == Self.plainLine(record), "\(keys)")
        }
    }

    @Test("lists up to the permuted-match limit match in any order; longer ones only in order", arguments: [64, 65])
    func permutedMatchLimit(count: Int) {
        var layouts: AttributeLayouts? = AttributeLayouts()
        var random = SplitMix64(seed: UInt64(count))
        let keys = (0..<count).map { "key\($0)" }
        for _ in 0..<3 {
            let record = Self.record((bindings: 0, keys: keys), &random, shuffled: true)
            #expect(Self.line(record, through: &layouts) == Self.plainLine(record))
        }
        #expect(layouts?.layouts.count == (count <= AttributeLayouts.permutedLimit ? 1 : 3))
    }

    @Test("a key equal to a layout's only in Swift's sense does not match it in another order")
    func canonicallyEqualKeyInAnotherOrder() {
        var layouts: AttributeLayouts? = AttributeLayouts()
        for keys in [["K", "z"], ["z", "\u{212A}"], ["z", "K"], ["e\u{301}", "z"], ["z", "é"]] {
            let record = Self.record(keys: keys)
            #expect(Self.line(record, through: &layouts) == Self.plainLine(record), "\(keys)")
        }
    }

    @Test("one call site keeps one layout")
    func oneLayoutPerCallSite() {
        var layouts: AttributeLayouts? = AttributeLayouts()
        var random = SplitMix64(seed: 4)
        let shape = (bindings: 2, keys: ["path", "status", "a"])
        for _ in 0..<10 {
            _ = Self.line(Self.record(shape, &random), through: &layouts)
        }
        #expect(layouts?.layouts.count == 1)
    }
}
