/// The parser of dagstack JSON-lines (SPEC §3.1) back into ``LogRecord``s.
///
/// Strict: a line that is not a conformant record is rejected with a ``WireDecodingError``
/// saying why (invalid JSON, a missing required field, a wrong type, an unknown field,
/// `severity_number` outside 1...24, `severity_text` not matching the number, a malformed
/// `trace_id`/`span_id`). Parsing a line this encoder wrote and encoding the record again gives
/// the same bytes: `1.0` stays a double and `1` an integer.
public enum JSONLinesDecoder {
    /// Parses one line of UTF-8 bytes; a single trailing LF is allowed.
    ///
    /// - Throws: ``WireDecodingError`` with the reason the line was rejected.
    public static func decode(_ line: [UInt8]) throws(WireDecodingError) -> LogRecord {
        try decode(line[...])
    }

    /// Parses one line from a slice of a larger buffer (a chunk read from a file); a single
    /// trailing LF is allowed.
    ///
    /// - Throws: ``WireDecodingError`` with the reason the line was rejected.
    public static func decode(_ line: ArraySlice<UInt8>) throws(WireDecodingError) -> LogRecord {
        try RecordFields.record(
            from: try line.withUnsafeBufferPointer { buffer throws(WireDecodingError) in try parse(buffer) }
        )
    }

    private static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(WireDecodingError) -> JSONNode {
        var end = buffer.count
        if end > 0 && buffer[end - 1] == UInt8(ascii: "\n") {
            end -= 1
        }
        return try JSONReader.parse(UnsafeBufferPointer(rebasing: buffer[0..<end]))
    }

    /// Parses one line given as a string; a single trailing LF is allowed.
    ///
    /// - Throws: ``WireDecodingError`` with the reason the line was rejected.
    public static func decode(_ line: String) throws(WireDecodingError) -> LogRecord {
        try decode(Array(line.utf8))
    }
}
