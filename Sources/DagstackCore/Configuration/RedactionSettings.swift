/// The `redaction` section of a logging configuration: `extra_suffixes` and `replace_defaults`.
///
/// Validated when the configuration is applied (see ``RedactionConfig``).
public struct RedactionSettings: Codable, Sendable, Hashable {
    /// Suffixes added to (or, with ``replaceDefaults``, replacing) the base secret suffixes.
    public var extraSuffixes: [String]
    /// Whether ``extraSuffixes`` replace the base set.
    public var replaceDefaults: Bool

    /// Creates redaction settings.
    public init(extraSuffixes: [String] = [], replaceDefaults: Bool = false) {
        self.extraSuffixes = extraSuffixes
        self.replaceDefaults = replaceDefaults
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case extraSuffixes = "extra_suffixes"
        case replaceDefaults = "replace_defaults"
    }

    /// Decodes the section; both keys are optional, unknown keys are rejected.
    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.allCases.map(\.rawValue), in: "redaction")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        extraSuffixes = try container.decodeIfPresent([String].self, forKey: .extraSuffixes) ?? []
        replaceDefaults = try container.decodeIfPresent(Bool.self, forKey: .replaceDefaults) ?? false
    }
}
