/// The human-readable one-line format of SPEC §3.3, for a console on a terminal.
///
/// `2026-04-19T10:00:00.123456Z [INFO] name: body | k=v k2="v with space"`, with the timestamp,
/// name and separator dimmed and the level coloured when ``colors`` is on. Presentation only,
/// never parsed. Every control character (C0, DEL, C1), line and paragraph separators and bidi
/// controls in the name, body, keys and values are escaped as `\n`, `\r`, `\t` or `\u` and four
/// hex digits, so a logged value cannot move the cursor, recolour the terminal or forge a second line.
public struct PrettyFormatter: Sendable, Hashable {
    /// Whether to emit ANSI colour codes.
    public var colors: Bool

    /// Creates a formatter.
    public init(colors: Bool) {
        self.colors = colors
    }

    /// Whether colours should be on by default: only on a terminal, and never when the
    /// `NO_COLOR` environment variable is set to a non-empty value (no-color.org).
    public static func colorsByDefault(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Appends one record's line, LF included, to `buffer`.
    ///
    /// - Returns: how many non-finite doubles were written as `NaN`/`Infinity`/`-Infinity`.
    @discardableResult
    public func format(_ record: LogRecord, into buffer: inout [UInt8]) -> EncodeOutcome {
        ByteWriter.append(to: &buffer) { writer in
            var nonFinite = 0
            write(record, to: &writer, nonFinite: &nonFinite)
            return EncodeOutcome(nonFiniteDoubles: nonFinite)
        }
    }

    /// Returns one record's line, LF included; a convenience over ``format(_:into:)``.
    public func line(for record: LogRecord) -> String {
        var buffer: [UInt8] = []
        format(record, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    private func write(_ record: LogRecord, to writer: inout ByteWriter, nonFinite: inout Int) {
        dim(&writer)
        UTCTimestamp.write(unixNano: record.timeUnixNano, to: &writer)
        reset(&writer)
        writer.write(" [")
        if colors {
            writer.write(Self.color(of: record.severity))
        }
        writer.write(record.severity.staticText)
        reset(&writer)
        writer.write("] ")
        dim(&writer)
        if let scope = record.instrumentationScope {
            TerminalEscaping.write(scope.name, to: &writer)
        } else {
            writer.write("root")
        }
        reset(&writer)
        writer.write(": ")
        if case .string(let body) = record.body {
            TerminalEscaping.write(body, to: &writer)
        } else {
            TerminalEscaping.writeJSON(record.body, to: &writer, nonFinite: &nonFinite)
        }
        if !record.attributeList.isEmpty {
            writer.write(UInt8(ascii: " "))
            dim(&writer)
            writer.write(UInt8(ascii: "|"))
            reset(&writer)
            KeyOrder.forEachSorted(record.attributeList) { _, key, value in
                writer.write(UInt8(ascii: " "))
                TerminalEscaping.write(key, to: &writer)
                writer.write(UInt8(ascii: "="))
                writeAttribute(value, to: &writer, nonFinite: &nonFinite)
            }
        }
        writer.write(UInt8(ascii: "\n"))
    }

    private func writeAttribute(_ value: Value, to writer: inout ByteWriter, nonFinite: inout Int) {
        switch value {
        case .string(let string):
            let quoted = string.utf8.contains { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "=") }
            if quoted {
                writer.write(UInt8(ascii: "\""))
            }
            TerminalEscaping.write(string, to: &writer)
            if quoted {
                writer.write(UInt8(ascii: "\""))
            }
        case .double(let double) where !double.isFinite:
            nonFinite += 1
            writer.write(CanonicalJSON.nonFiniteName(double))
        case .int, .double, .bool, .null:
            CanonicalJSON.write(value, to: &writer, nonFinite: &nonFinite)
        case .map, .array:
            TerminalEscaping.writeJSON(value, to: &writer, nonFinite: &nonFinite)
        }
    }

    @inline(__always)
    private func dim(_ writer: inout ByteWriter) {
        if colors {
            writer.write("\u{1B}[2m")
        }
    }

    @inline(__always)
    private func reset(_ writer: inout ByteWriter) {
        if colors {
            writer.write("\u{1B}[0m")
        }
    }

    /// The colour of each level: TRACE dim grey, DEBUG cyan, INFO green, WARN yellow, ERROR red,
    /// FATAL bold red (the reference's codes).
    static func color(of severity: Severity) -> StaticString {
        switch severity.number {
        case ...4: "\u{1B}[2;37m"
        case 5...8: "\u{1B}[36m"
        case 9...12: "\u{1B}[32m"
        case 13...16: "\u{1B}[33m"
        case 17...20: "\u{1B}[31m"
        default: "\u{1B}[1;31m"
        }
    }
}
