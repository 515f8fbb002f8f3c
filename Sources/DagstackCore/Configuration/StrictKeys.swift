/// Rejection of unknown keys while decoding configuration objects.
enum StrictKeys {
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Throws `DecodingError.dataCorrupted` naming the first key of the object at `decoder` that is
    /// not in `allowed`.
    static func check(_ decoder: any Decoder, allowed: [String], in object: String) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        let known = Set(allowed)
        for key in container.allKeys.map(\.stringValue).sorted() where !known.contains(key) {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath + [AnyKey(stringValue: key)],
                    debugDescription: "unknown \(object) key \"\(key)\"; expected one of "
                        + allowed.sorted().joined(separator: ", ")
                )
            )
        }
    }
}
