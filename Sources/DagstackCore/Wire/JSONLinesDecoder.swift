/// The parser of dagstack JSON-lines (SPEC §3.1) back into ``LogRecord``s.
///
/// Strict: a line that is not a conformant record is rejected with a ``WireDecodingError``
/// saying why (invalid JSON, a missing required field, a wrong type, an unknown field,
/// `severity_number` outside 1...24, `severity_text` not matching the number, a malformed
/// `trace_id`/`span_id`). Parsing a line this encoder wrote and encoding the record again gives
/// the same bytes: `1.0` stays a double and `1` an integer.
public enum JSONLinesDecoder {
    /// Parses one line; a single trailing LF is allowed.
    ///
    /// - Throws: ``WireDecodingError`` with the reason the line was rejected.
    public static func decode(_ line: [UInt8]) throws(WireDecodingError) -> LogRecord {
        var end = line.count
        if end > 0 && line[end - 1] == UInt8(ascii: "\n") {
            end -= 1
        }
        let node: JSONNode
        do {
            node = try line.withUnsafeBufferPointer { buffer throws(WireDecodingError) in
                try JSONReader.parse(UnsafeBufferPointer(rebasing: buffer[0..<end]))
            }
        }
        return try RecordFields.record(from: node)
    }

    /// Parses one line given as a string; a single trailing LF is allowed.
    ///
    /// - Throws: ``WireDecodingError`` with the reason the line was rejected.
    public static func decode(_ line: String) throws(WireDecodingError) -> LogRecord {
        try decode(Array(line.utf8))
    }
}
