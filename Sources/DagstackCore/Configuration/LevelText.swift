/// Decoding of a level written as a string (`"INFO"`, `"9"`) or a JSON integer (`9`).
enum LevelText {
    static func decodeIfPresent<Key: CodingKey>(
        _ container: KeyedDecodingContainer<Key>,
        forKey key: Key
    ) throws -> String? {
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
        if let number = try? container.decode(Int.self, forKey: key) { return String(number) }
        if let text = try? container.decode(String.self, forKey: key) { return text }
        throw DecodingError.dataCorruptedError(
            forKey: key,
            in: container,
            debugDescription: "a level must be a name such as \"INFO\" or a number from 1 to 24"
        )
    }

    static func decode(_ decoder: any Decoder) throws -> String {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) { return String(number) }
        if let text = try? container.decode(String.self) { return text }
        throw DecodingError.dataCorruptedError(
            in: container,
            debugDescription: "a level must be a name such as \"INFO\" or a number from 1 to 24"
        )
    }
}
