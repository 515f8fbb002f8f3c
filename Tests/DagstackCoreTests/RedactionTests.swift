import Testing

@testable import DagstackCore

@Suite("Redaction")
struct RedactionTests {
    @Test func baseSetIsTheSpecsSixSuffixes() {
        #expect(
            RedactionConfig.baseSuffixes == ["_key", "_secret", "_token", "_password", "_passphrase", "_credentials"]
        )
        #expect(RedactionConfig.default.effectiveSuffixes == RedactionConfig.baseSuffixes)
    }

    @Test func effectiveSetAddsOrReplaces() throws {
        #expect(
            try RedactionConfig(extraSuffixes: ["_apikey"]).effectiveSuffixes
                == RedactionConfig.baseSuffixes.union(["_apikey"])
        )
        #expect(try RedactionConfig(extraSuffixes: ["_apikey"], replaceDefaults: true).effectiveSuffixes == ["_apikey"])
        let disabled = try RedactionConfig(extraSuffixes: [], replaceDefaults: true)
        #expect(disabled.disablesRedaction)
        #expect(!RedactionConfig.default.disablesRedaction)
    }

    @Test func wholeValueIsMaskedWhateverItsType() {
        let input: [String: Value] = [
            "db_password": ["nested": "x"], "api_token": [1, 2], "aws_secret": 42, "signing_key": nil, "ok": "visible",
        ]
        #expect(
            RedactionConfig.default.redact(input)
                == [
                    "db_password": "***", "api_token": "***", "aws_secret": "***", "signing_key": "***",
                    "ok": "visible",
                ]
        )
    }

    @Test func masksInsideMapsInsideArraysAtAnyDepth() {
        let input: [String: Value] = ["a": [["b": [["c": ["user_credentials": "s", "keep": 1]]]]]]
        #expect(
            RedactionConfig.default.redact(input) == ["a": [["b": [["c": ["user_credentials": "***", "keep": 1]]]]]]
        )
    }

    @Test func bodyIsNeverRedacted() {
        var record = LogRecord(
            timeUnixNano: 1,
            severity: .info,
            body: ["db_password": "in body"],
            attributes: ["db_password": "x"]
        )
        RedactionConfig.default.redact(&record)
        #expect(record.body == ["db_password": "in body"])
        #expect(record.attributes == ["db_password": "***"])
    }

    @Test func keysAreMatchedCaseInsensitivelyIncludingNonASCIIKeys() {
        #expect(RedactionConfig.default.isSecretKey("DB_PASSWORD"))
        #expect(RedactionConfig.default.isSecretKey("Ключ_Token"))
        // U+212A KELVIN SIGN lower-cases to ASCII "k", as in the reference's str.lower().
        #expect(RedactionConfig.default.isSecretKey("api_\u{212A}ey"))
        #expect(!RedactionConfig.default.isSecretKey("keyboard"))
        #expect(!RedactionConfig.default.isSecretKey("key"))
        #expect(!RedactionConfig.default.isSecretKey(""))
    }

    @Test(arguments: [
        ([""], RedactionConfigError.Code.emptySuffix),
        (["_ok", " _x"], .whitespace),
        (["_x\t"], .whitespace),
        (["_Key"], .notLowercaseASCII),
        (["_ключ"], .notLowercaseASCII),
    ])
    func invalidSuffixesAreRejected(suffixes: [String], code: RedactionConfigError.Code) {
        #expect {
            _ = try RedactionConfig(extraSuffixes: suffixes)
        } throws: { error in
            (error as? RedactionConfigError)?.code == code
        }
    }

    @Test func messagesNameTheEntryAndSayWhatToDo() {
        #expect {
            _ = try RedactionConfig(extraSuffixes: ["_ok", "_APIKEY"])
        } throws: { error in
            (error as? RedactionConfigError)?.message
                == #"redaction.extra_suffixes must be lowercase ASCII: "_APIKEY" (entry 1); "#
                + #"keys are lower-cased before matching, so write "_apikey""#
        }
    }

    @Test func disabledRedactionChangesNothing() throws {
        let config = try RedactionConfig(extraSuffixes: [], replaceDefaults: true)
        #expect(config.redact(["db_password": "x"]) == ["db_password": "x"])
    }

    @Test func attributesAreCopiedOnlyWhenASecretKeyIsPresent() {
        var generator = RecordGenerator(seed: 3)
        var secrets = 0
        for _ in 0..<300 {
            let attributes = generator.map(depth: 0, maxCount: 8)
            let hasSecret = containsSecretKey(.map(attributes))
            secrets += hasSecret ? 1 : 0
            #expect((RedactionConfig.default.redactedMap(attributes) != nil) == hasSecret)
        }
        #expect(secrets > 10)
    }

    private func containsSecretKey(_ value: Value) -> Bool {
        switch value {
        case .map(let map): map.contains { RedactionConfig.default.isSecretKey($0.key) || containsSecretKey($0.value) }
        case .array(let array): array.contains(where: containsSecretKey)
        default: false
        }
    }
}
