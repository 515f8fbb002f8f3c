import Foundation
import Logging
import Testing

struct MetadataValueTests {
    struct Point: CustomStringConvertible, Sendable {
        var description: String { "(1, 2)" }
    }

    @Test func descriptionsMatchSwiftLog() {
        let cases: [(Logger.MetadataValue, String)] = [
            ("plain", "plain"),
            (.stringConvertible(42), "42"),
            (.stringConvertible(Point()), "(1, 2)"),
            ([], "[]"),
            (["a", "b"], #"["a", "b"]"#),
            ([.stringConvertible(1), "x \"y\""], #"["1", "x \"y\""]"#),
            ([:], "[:]"),
            (["k": "v"], #"["k": "v"]"#),
            (["k": ["nested": "v"]], #"["k": ["nested": "v"]]"#),
            ([["a"], ["k": "v"]], #"[["a"], ["k": "v"]]"#),
            (["line\nbreak"], #"["line\nbreak"]"#),
        ]
        for (value, expected) in cases {
            #expect(value.description == expected)
        }
    }

    @Test func dictionaryDescriptionHoldsEveryPairQuoted() {
        let value: Logger.MetadataValue = ["b": "2", "a": .stringConvertible(1)]
        let text = value.description
        #expect(text.hasPrefix("[") && text.hasSuffix("]"))
        let pairs = Set(text.dropFirst().dropLast().components(separatedBy: ", "))
        #expect(pairs == [#""a": "1""#, #""b": "2""#])
    }

    @Test func stringConvertibleEqualityIsByDescription() {
        #expect(Logger.MetadataValue.stringConvertible(1) == .stringConvertible("1"))
        #expect(Logger.MetadataValue.stringConvertible(1) != .string("1"))
        #expect(Logger.MetadataValue.array(["a"]) != .dictionary(["a": "a"]))
        #expect(Logger.MetadataValue.dictionary(["a": ["b"]]) == ["a": ["b"]])
    }

    @Test func literalsBuildTheRightCases() {
        let string: Logger.MetadataValue = "s"
        let array: Logger.MetadataValue = ["x"]
        let dictionary: Logger.MetadataValue = ["k": "v"]
        let interpolated: Logger.MetadataValue = "n=\(3)"
        guard case .string("s") = string, case .array(let items) = array, case .dictionary(let map) = dictionary,
            case .string("n=3") = interpolated
        else {
            Issue.record("literal built the wrong case")
            return
        }
        #expect(items == ["x"])
        #expect(map == ["k": "v"])
    }
}
