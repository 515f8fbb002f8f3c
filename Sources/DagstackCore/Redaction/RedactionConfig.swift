/// Which attribute keys hold secrets: a value whose key, lower-cased, ends with one of the
/// effective suffixes is replaced as a whole by `"***"` (SPEC §4).
///
/// The default set is ``baseSuffixes``. Extra suffixes are added to it, or replace it when
/// `replaceDefaults` is true; replacing it with no suffixes disables redaction (the caller
/// should warn on the internal channel, see ``disablesRedaction``). Validated when created, so a
/// bad configuration fails at setup, never while logging.
public struct RedactionConfig: Sendable, Hashable {
    /// The fixed base suffixes: `_key _secret _token _password _passphrase _credentials`.
    public static let baseSuffixes: Set<String> = [
        "_key", "_secret", "_token", "_password", "_passphrase", "_credentials",
    ]

    /// The replacement written in place of a secret value.
    public static let mask = "***"

    /// The default policy: the base suffixes only.
    public static let `default` = RedactionConfig(validatedExtra: [], replaceDefaults: false)

    /// The extra suffixes given at configuration.
    public let extraSuffixes: [String]
    /// Whether the extra suffixes replace the base set instead of adding to it.
    public let replaceDefaults: Bool
    /// The suffixes in force: the base set plus the extras, or the extras alone in replace mode.
    public let effectiveSuffixes: Set<String>
    /// The effective suffixes as bytes, shortest first, for matching without allocation.
    let matcher: SuffixMatcher
    /// Whether any ``AttributeList/Binding`` key (`code.*`, `exception.*`) is a secret key here;
    /// when none is, a list's binding entries are not matched record by record.
    let masksBindings: Bool

    /// Creates a policy from extra suffixes.
    ///
    /// - Parameters:
    ///   - extraSuffixes: suffixes to treat as secret, each non-empty lowercase ASCII without
    ///     whitespace, such as `_apikey`.
    ///   - replaceDefaults: when true, the extras replace ``baseSuffixes`` instead of joining them.
    /// - Throws: ``RedactionConfigError`` for an empty suffix, one with whitespace, or one that is
    ///   not lowercase ASCII; the message names the offending entry.
    public init(extraSuffixes: [String] = [], replaceDefaults: Bool = false) throws(RedactionConfigError) {
        for (index, suffix) in extraSuffixes.enumerated() {
            try Self.validate(suffix, at: index)
        }
        self.init(validatedExtra: extraSuffixes, replaceDefaults: replaceDefaults)
    }

    private init(validatedExtra extraSuffixes: [String], replaceDefaults: Bool) {
        self.extraSuffixes = extraSuffixes
        self.replaceDefaults = replaceDefaults
        let effective = (replaceDefaults ? [] : Self.baseSuffixes).union(extraSuffixes)
        self.effectiveSuffixes = effective
        let matcher = SuffixMatcher(suffixes: effective)
        self.matcher = matcher
        self.masksBindings = AttributeList.Binding.allCases.contains { matcher.matches($0.rawValue) }
    }

    /// Whether no suffix is in force (replace mode with no extras): nothing will be masked.
    public var disablesRedaction: Bool {
        effectiveSuffixes.isEmpty
    }

    /// Whether `key` names a secret: lower-cased, it ends with an effective suffix.
    public func isSecretKey(_ key: String) -> Bool {
        matcher.matches(key)
    }

    private static func validate(_ suffix: String, at index: Int) throws(RedactionConfigError) {
        if suffix.isEmpty {
            throw RedactionConfigError(
                code: .emptySuffix,
                message: "redaction.extra_suffixes contains an empty string (entry \(index)); remove it"
            )
        }
        if suffix.contains(where: \.isWhitespace) {
            throw RedactionConfigError(
                code: .whitespace,
                message: "redaction.extra_suffixes contains whitespace: \"\(suffix)\" (entry \(index)); "
                    + "a suffix matches the end of attribute keys, so write it without spaces"
            )
        }
        if suffix.utf8.contains(where: { $0 >= 0x80 || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) {
            throw RedactionConfigError(
                code: .notLowercaseASCII,
                message: "redaction.extra_suffixes must be lowercase ASCII: \"\(suffix)\" (entry \(index)); "
                    + "keys are lower-cased before matching, so write \"\(suffix.lowercased())\""
            )
        }
    }
}
