@testable import DagstackCore

/// What a set of generated records exercises, so a property test can prove its own reach.
struct GeneratorCoverage {
    private(set) var features: [String: Int] = [:]

    init(_ records: [LogRecord]) {
        for record in records {
            count("observed present", record.observedTimeUnixNano != nil)
            count("observed absent", record.observedTimeUnixNano == nil)
            count("attributes empty", record.attributes.isEmpty)
            count("scope absent", record.instrumentationScope == nil)
            count("scope with version", record.instrumentationScope?.version != nil)
            count("scope with attributes", record.instrumentationScope?.attributes.isEmpty == false)
            count("resource absent", record.resource == nil)
            count("resource empty", record.resource?.attributes.isEmpty == true)
            count("resource with attributes", record.resource?.attributes.isEmpty == false)
            count("trace id", record.traceID != nil)
            count("no trace id", record.traceID == nil)
            count("span id", record.spanID != nil)
            count("no span id", record.spanID == nil)
            count("trace flags", record.traceFlags != 0)
            for value in [record.body, .map(record.attributes)] {
                visit(value, depth: 0)
            }
        }
    }

    private mutating func count(_ feature: String, _ condition: Bool) {
        if condition {
            features[feature, default: 0] += 1
        }
    }

    private mutating func visit(_ value: Value, depth: Int) {
        count("nested 6 deep", depth >= 6)
        switch value {
        case .string(let string):
            visitText(string)
        case .int(let int):
            count("Int64 edge", int == .min || int == .max)
        case .double(let double):
            count("-0.0", double == 0 && double.sign == .minus)
            count("double below 1e-300", double != 0 && abs(double) < 1e-300)
            count("double above 1e300", abs(double) > 1e300)
            count("integral double", double.rounded() == double && double != 0)
            count("1e-7", double == 1e-7)
            count("1e16", double == 1e16)
            count("1e21", double == 1e21)
        case .map(let map):
            count("empty map", map.isEmpty)
            for (key, element) in map {
                visitText(key)
                count("key beyond the BMP", key.unicodeScalars.contains { $0.value > 0xFFFF })
                count("key in U+E000...U+FFFF", key.unicodeScalars.contains { (0xE000...0xFFFF).contains($0.value) })
                visit(element, depth: depth + 1)
            }
        case .array(let array):
            count("empty array", array.isEmpty)
            for element in array {
                visit(element, depth: depth + 1)
            }
        case .bool, .null:
            break
        }
    }

    private mutating func visitText(_ text: String) {
        count("text beyond the BMP", text.unicodeScalars.contains { $0.value > 0xFFFF })
        count("text with a control character", text.unicodeScalars.contains { $0.value < 0x20 })
    }

    /// The features required by acceptance 1 of issue 3 that no record exercised.
    var missing: [String] {
        let required = [
            "observed present", "observed absent", "attributes empty", "scope absent", "scope with version",
            "scope with attributes", "resource absent", "resource empty", "resource with attributes", "trace id",
            "no trace id", "span id", "no span id", "trace flags", "nested 6 deep", "text beyond the BMP",
            "text with a control character", "Int64 edge", "-0.0", "double below 1e-300", "double above 1e300",
            "integral double", "1e-7", "1e16", "1e21", "empty map", "empty array", "key beyond the BMP",
            "key in U+E000...U+FFFF",
        ]
        return required.filter { features[$0, default: 0] == 0 }
    }
}
