/// What an encoder had to change to write a record.
///
/// JSON cannot hold NaN or ±Infinity; the encoders write them as the strings `"NaN"`,
/// `"Infinity"`, `"-Infinity"` instead of losing the record (SPEC §3.1). The caller counts
/// such records and may report them on the internal channel.
public struct EncodeOutcome: Sendable, Hashable {
    /// How many non-finite doubles were written as strings.
    public var nonFiniteDoubles: Int

    /// Creates an outcome.
    public init(nonFiniteDoubles: Int = 0) {
        self.nonFiniteDoubles = nonFiniteDoubles
    }

    /// Whether any value had to be written differently from its in-memory form.
    public var replacedNonFiniteDoubles: Bool {
        nonFiniteDoubles > 0
    }
}
