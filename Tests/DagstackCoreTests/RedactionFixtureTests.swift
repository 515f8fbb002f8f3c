import Testing

@testable import DagstackCore

/// A case of `redaction_extra_suffixes.json`, parsed with the package's own strict JSON reader.
struct RedactionFixtureCase: CustomTestStringConvertible, Sendable {
    var name: String
    var extraSuffixes: [String]
    var replaceDefaults: Bool
    var input: [String: Value]
    var expected: [String: Value]
    var testDescription: String { name }
}

/// A validation failure of the fixture: the configuration must be rejected with this text.
struct RedactionFixtureFailure: CustomTestStringConvertible, Sendable {
    var name: String
    var extraSuffixes: [String]
    var expectedError: String
    var testDescription: String { name }
}

enum RedactionFixture {
    static let document: [String: Value] = {
        guard let data = try? Fixtures.data("redaction_extra_suffixes.json") else { return [:] }
        let bytes = [UInt8](data)
        let node = bytes.withUnsafeBufferPointer { try? JSONReader.parse($0) }
        guard let node, let value = try? RecordFields.value(node, path: "fixture") else { return [:] }
        return value.mapValue ?? [:]
    }()

    static func config(_ entry: [String: Value]) -> ([String], Bool) {
        let redaction = entry["config"]?.mapValue?["redaction"]?.mapValue ?? [:]
        let suffixes = redaction["extra_suffixes"]?.arrayValue?.compactMap(\.stringValue) ?? []
        return (suffixes, redaction["replace_defaults"]?.boolValue ?? false)
    }

    static let cases: [RedactionFixtureCase] = (document["cases"]?.arrayValue ?? []).compactMap { element in
        guard let entry = element.mapValue, let name = entry["name"]?.stringValue else { return nil }
        let (suffixes, replace) = config(entry)
        return RedactionFixtureCase(
            name: name,
            extraSuffixes: suffixes,
            replaceDefaults: replace,
            input: entry["input"]?.mapValue ?? [:],
            expected: entry["expected"]?.mapValue ?? [:]
        )
    }

    static let failures: [RedactionFixtureFailure] = (document["validation_failures"]?.arrayValue ?? []).compactMap {
        element in
        guard let entry = element.mapValue, let name = entry["name"]?.stringValue,
            let expected = entry["expected_error"]?.stringValue
        else { return nil }
        return RedactionFixtureFailure(name: name, extraSuffixes: config(entry).0, expectedError: expected)
    }
}

@Suite("Redaction conformance fixture")
struct RedactionFixtureTests {
    @Test func fixtureIsLoadedCompletely() {
        #expect(RedactionFixture.cases.count == 6)
        #expect(RedactionFixture.failures.count == 3)
    }

    @Test(arguments: RedactionFixture.cases)
    func fixtureCaseMasksExactlyTheExpectedValues(_ fixture: RedactionFixtureCase) throws {
        let config = try RedactionConfig(extraSuffixes: fixture.extraSuffixes, replaceDefaults: fixture.replaceDefaults)
        #expect(config.redact(fixture.input) == fixture.expected)
    }

    @Test(arguments: RedactionFixture.failures)
    func fixtureValidationFailureIsRejectedWithTheSpecText(_ failure: RedactionFixtureFailure) {
        #expect {
            _ = try RedactionConfig(extraSuffixes: failure.extraSuffixes)
        } throws: { error in
            guard let error = error as? RedactionConfigError else { return false }
            return error.message.lowercased().contains(failure.expectedError.lowercased())
        }
    }
}
