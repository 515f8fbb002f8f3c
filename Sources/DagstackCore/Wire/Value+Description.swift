extension Value: CustomStringConvertible {
    /// The value as Canonical JSON (keys sorted, NaN and ±Infinity as strings), for messages and tests.
    public var description: String {
        var buffer: [UInt8] = []
        CanonicalJSON.append(self, to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}
