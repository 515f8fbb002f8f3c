import DagstackTestSupport
import Testing

@testable import DagstackCore

/// `AttributeList` keeps entries in insertion order and lets a later entry shadow an earlier one;
/// every reader must see exactly what a dictionary built in the same order holds.
@Suite("Attribute list")
struct AttributeListTests {
    /// Keys chosen to collide with each other, with the binding keys and with the secret suffixes,
    /// to sort differently in UTF-8 and UTF-16 (U+FF5E against U+1F600), and to be one key in two
    /// spellings (`é`, `e` + U+0301).
    private static let keyPool = [
        "a", "b", "status", "path", "user.id", "request.id", "code.function", "code.lineno",
        "db_password", "API_TOKEN", "x\u{FF5E}", "x\u{1F600}", "é", "e\u{301}", "",
        "long.key.with.many.segments.to.pass.eight",
    ]

    private static func randomValue(_ random: inout SplitMix64) -> Value {
        switch random.next() % 6 {
        case 0: .string("v\(random.next() % 100)")
        case 1: .int(Int64(bitPattern: random.next() % 1000))
        case 2: .double(Double(random.next() % 1000) / 8)
        case 3: .bool(random.next() % 2 == 0)
        case 4: .map(["inner_secret": .string("s"), "n": .int(1)])
        default: .array([.null, .map(["api_key": .string("k")])])
        }
    }

    /// A random list built by appends, binding appends and subscript writes, with its model: a
    /// dictionary that applied the same operations in the same order.
    private static func randomList(_ random: inout SplitMix64, operations: Int) -> (AttributeList, [String: Value]) {
        var list = AttributeList()
        var model: [String: Value] = [:]
        let bindings = AttributeList.Binding.allCases.shuffled(using: &random).prefix(Int(random.next() % 3))
        for binding in bindings {
            let value = Value.string("bound")
            list.appendBinding(binding, value)
            model[binding.rawValue] = value
        }
        for _ in 0..<operations {
            let key = keyPool[Int(random.next() % UInt64(keyPool.count))]
            let value = randomValue(&random)
            switch random.next() % 5 {
            case 0:
                list[key] = value
                model[key] = value
            case 1:
                list[key] = nil
                model[key] = nil
            default:
                list.append(key, value)
                model[key] = value
            }
        }
        return (list, model)
    }

    private static func record(_ list: AttributeList) -> LogRecord {
        LogRecord(timeUnixNano: 1, severity: .info, body: "b", attributeList: list)
    }

    @Test func everyReaderSeesTheLastEntryOfEachKey() {
        var random = SplitMix64(seed: 0x5EED_0001)
        for round in 0..<2_000 {
            // Up to 60 operations: lists past 32 entries take the encoder's other sort.
            let (list, model) = Self.randomList(&random, operations: Int(random.next() % 60))
            for key in Self.keyPool + AttributeList.Binding.allCases.map(\.rawValue) {
                #expect(list[key] == model[key], "round \(round), key \(key)")
            }
            #expect(list.dictionary == model, "round \(round)")
            #expect(list == AttributeList(model), "round \(round)")
            #expect(list.hashValue == AttributeList(model).hashValue, "round \(round)")
            #expect(list.isEmpty == model.isEmpty, "round \(round)")

            let fromList = Self.record(list)
            let fromModel = LogRecord(timeUnixNano: 1, severity: .info, body: "b", attributes: model)
            #expect(fromList.attributes == model)
            for key in Self.keyPool { #expect(fromList.attribute(key) == model[key], "round \(round), key \(key)") }
            #expect(JSONLinesEncoder.line(for: fromList) == JSONLinesEncoder.line(for: fromModel), "round \(round)")
            var otlpList: [UInt8] = []
            var otlpModel: [UInt8] = []
            _ = OTLPJSONEncoder.encodeLine(fromList, into: &otlpList)
            _ = OTLPJSONEncoder.encodeLine(fromModel, into: &otlpModel)
            #expect(otlpList == otlpModel, "round \(round)")
        }
    }

    @Test func redactionMasksShadowedAndResolvedEntriesAlike() throws {
        var random = SplitMix64(seed: 0x5EED_0002)
        let configurations = [
            RedactionConfig.default,
            try RedactionConfig(extraSuffixes: ["lineno", "id"]),
            try RedactionConfig(extraSuffixes: ["function"], replaceDefaults: true),
        ]
        for round in 0..<1_000 {
            let (list, model) = Self.randomList(&random, operations: Int(random.next() % 30))
            for redaction in configurations {
                var redacted = list
                redaction.redact(&redacted)
                #expect(redacted.dictionary == redaction.redact(model), "round \(round)")
                // No entry, shadowed or not, keeps a secret value.
                for entry in redacted.entries where redaction.isSecretKey(entry.key) {
                    #expect(entry.value == .string(RedactionConfig.mask), "round \(round), key \(entry.key)")
                }
            }
        }
    }

    @Test func bindingsStayAheadOfOtherEntriesWhenOneIsRemoved() {
        var list = AttributeList()
        list.appendBinding(.codeNamespace, "Module")
        list.appendBinding(.codeLineno, 7)
        list.append("code.lineno", 8)
        list["code.namespace"] = nil
        #expect(list.bindingCount == 1)
        #expect(list.entries.map(\.key) == ["code.lineno", "code.lineno"])
        #expect(list["code.lineno"] == 8)
    }

    @Test func equalityIgnoresOrderAndShadowedEntries() {
        var first = AttributeList()
        first.append("a", 1)
        first.append("b", 2)
        first.append("a", 3)
        var second = AttributeList()
        second.append("b", 2)
        second.append("a", 3)
        #expect(first == second)
        second.append("a", 1)
        #expect(first != second)
        #expect(AttributeList() == AttributeList([:]))
        #expect(first != AttributeList())
    }
}
