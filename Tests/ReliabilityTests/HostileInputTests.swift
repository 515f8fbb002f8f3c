import DagstackCore
import Foundation
import Testing

/// Log forging (CWE-117), terminal escape injection and format-string look-alikes: whatever a
/// caller logs, a JSON-lines record stays one LF-terminated line that parses back to the same
/// record, and a pretty line holds no control byte beyond the formatter's own colours.
struct HostileInputTests {
    /// Strings an attacker controls: line breaks of every kind, ESC/CSI/OSC sequences, BEL, NUL,
    /// C1 controls, bidi overrides, invalid UTF-8 and lone surrogates (replaced by U+FFFD when the
    /// bytes become a `String`), and texts other loggers interpret.
    static let hostile: [String] = [
        "line\nforged {\"severity_text\":\"FATAL\"}", "carriage\rreturn", "crlf\r\n", "next\u{85}line",
        "line\u{2028}separator", "para\u{2029}graph", "\u{1B}[31mred\u{1B}[0m", "\u{1B}]0;title\u{07}",
        "\u{1B}[2J\u{1B}[H", "bell\u{07}", "nul\u{0}byte", "c1 csi \u{9B}31m", "del\u{7F}",
        "bidi \u{202E}txt.exe", "isolate\u{2066}x\u{2069}", "bom\u{FEFF}",
        String(decoding: [0xED, 0xA0, 0x80], as: UTF8.self), String(decoding: [0xFF, 0xC0, 0x80, 0x41], as: UTF8.self),
        String(decoding: [0xF4, 0x90, 0x80, 0x80], as: UTF8.self), "${jndi:ldap://127.0.0.1/a}", "%n%s%x%p",
        "{}", "{0}", "\\u001b", "\"", "\\", "",
    ]

    static func record(body: String, key: String, value: String) -> LogRecord {
        LogRecord(
            timeUnixNano: 1_776_592_800_000_000_000,
            observedTimeUnixNano: 1_776_592_800_000_000_001,
            severity: .warn,
            body: .string(body),
            attributes: [
                key: .string(value), "nested": .map([key: .array([.string(value), .map([value: .string(body)])])]),
            ],
            instrumentationScope: InstrumentationScope(name: "hostile\(value)", version: body),
            resource: Resource(attributes: ["service.name": .string(value)])
        )
    }

    static var cases: [(String, String, String)] {
        hostile.indices.map { index in
            (hostile[index], hostile[(index + 7) % hostile.count], hostile[(index + 13) % hostile.count])
        }
    }

    @Test(arguments: cases)
    func aJSONLineStaysOneParseableLineAndRoundtrips(body: String, key: String, value: String) throws {
        let record = Self.record(body: body, key: key, value: value)
        var bytes: [UInt8] = []
        _ = JSONLinesEncoder.encode(record, into: &bytes)
        #expect(bytes.last == 0x0A)
        #expect(bytes.dropLast().allSatisfy { $0 >= 0x20 }, "a raw C0 control (LF, CR, ESC, NUL, BEL) in the line")
        let decoded = try JSONLinesDecoder.decode(Array(bytes.dropLast()))
        #expect(decoded == record)
    }

    @Test(arguments: cases)
    func aPrettyLineHoldsNoControlByteBeyondItsOwnColours(body: String, key: String, value: String) {
        let record = Self.record(body: body, key: key, value: value)
        var plain: [UInt8] = []
        _ = PrettyFormatter(colors: false).format(record, into: &plain)
        #expect(plain.last == 0x0A)
        #expect(Self.unsafeTerminalBytes(in: Array(plain.dropLast())).isEmpty)
        var coloured: [UInt8] = []
        _ = PrettyFormatter(colors: true).format(record, into: &coloured)
        // Removing the formatter's own SGR sequences leaves exactly the plain line: every other
        // byte of the coloured line is the same escaped text.
        #expect(Self.removingSGR(coloured) == plain)
    }

    @Test(arguments: ["${jndi:ldap://127.0.0.1/a}", "%n%s%x%p", "{}", "{0} {1}", "${env:HOME}", "$(id)"])
    func lookupsAndFormatStringsAreLoggedVerbatim(text: String) throws {
        let record = Self.record(body: text, key: "input", value: text)
        let line = JSONLinesEncoder.line(for: record)
        let decoded = try JSONLinesDecoder.decode(line.dropLast(1).description)
        #expect(decoded.body == .string(text))
        #expect(decoded.attributes["input"] == .string(text))
        let pretty = PrettyFormatter(colors: false).line(for: record)
        #expect(pretty.contains(text))
    }

    /// Bytes a terminal could act on: C0 controls, DEL, C1 controls (UTF-8 C2 80…9F), U+2028/9
    /// and the bidi controls.
    static func unsafeTerminalBytes(in bytes: [UInt8]) -> [Int] {
        var offsets: [Int] = []
        for index in bytes.indices {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F { offsets.append(index) }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                offsets.append(index)
            }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                [0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE].contains(bytes[index + 2])
            {
                offsets.append(index)
            }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x81, (0xA6...0xA9).contains(bytes[index + 2])
            {
                offsets.append(index)
            }
        }
        return offsets
    }

    /// `bytes` without `ESC [ digits/semicolons m` sequences.
    static func removingSGR(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x1B, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") {
                var end = index + 2
                while end < bytes.count, bytes[end] == UInt8(ascii: ";") || (0x30...0x39).contains(bytes[end]) {
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: "m") {
                    index = end + 1
                    continue
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }
}
