import DagstackTestSupport
import Foundation
import Testing

@testable import DagstackCore

@Suite("Pretty formatter")
struct PrettyFormatterTests {
    static let time: UInt64 = 1_776_592_800_123_456_789

    static let record = LogRecord(
        timeUnixNano: time,
        severity: .info,
        body: "request handled",
        attributes: ["path": "/api/v1/orders", "status": 200, "note": "two words", "eq": "a=b", "ms": 12.5],
        instrumentationScope: InstrumentationScope(name: "orders.api")
    )

    /// A body, key and value carrying the characters a hostile value could use on a terminal.
    static let hostile = LogRecord(
        timeUnixNano: time,
        severity: .error,
        body: "line1\nline2\rESC\u{1B}[2J NUL\u{0} TAB\t DEL\u{7F} CSI\u{9B} LS\u{2028} RLO\u{202E}",
        attributes: ["k\u{1B}[31m": "v\n\u{1B}[2J\u{0}"],
        instrumentationScope: InstrumentationScope(name: "evil\r\nname")
    )

    @Test func goldenLineWithoutColour() {
        #expect(
            PrettyFormatter(colors: false).line(for: Self.record)
                == #"2026-04-19T10:00:00.123456Z [INFO] orders.api: request handled | eq="a=b" ms=12.5 "#
                + #"note="two words" path=/api/v1/orders status=200"# + "\n"
        )
    }

    @Test func goldenLineWithColour() {
        let dim = "\u{1B}[2m"
        let reset = "\u{1B}[0m"
        let green = "\u{1B}[32m"
        #expect(
            PrettyFormatter(colors: true).line(for: Self.record)
                == "\(dim)2026-04-19T10:00:00.123456Z\(reset) [\(green)INFO\(reset)] \(dim)orders.api\(reset): "
                + "request handled \(dim)|\(reset) eq=\"a=b\" ms=12.5 note=\"two words\" path=/api/v1/orders status=200\n"
        )
    }

    @Test func goldenHostileLineIsEscapedWithoutColour() {
        #expect(
            PrettyFormatter(colors: false).line(for: Self.hostile)
                == #"2026-04-19T10:00:00.123456Z [ERROR] evil\r\nname: line1\nline2\rESC\u001b[2J NUL\u0000 TAB\t "#
                + #"DEL\u007f CSI\u009b LS\u2028 RLO\u202e | k\u001b[31m=v\n\u001b[2J\u0000"# + "\n"
        )
    }

    @Test func goldenHostileLineIsEscapedWithColour() {
        let line = PrettyFormatter(colors: true).line(for: Self.hostile)
        #expect(
            line
                == "\u{1B}[2m2026-04-19T10:00:00.123456Z\u{1B}[0m [\u{1B}[31mERROR\u{1B}[0m] "
                + #"\#u{1B}[2mevil\r\nname\#u{1B}[0m: line1\nline2\rESC\u001b[2J NUL\u0000 TAB\t "#
                + #"DEL\u007f CSI\u009b LS\u2028 RLO\u202e \#u{1B}[2m|\#u{1B}[0m k\u001b[31m=v\n\u001b[2J\u0000"# + "\n"
        )
        #expect(Self.rawControlBytes(in: String(line.dropLast())).isEmpty)
    }

    @Test func nameIsRootWithoutAScopeAndNonStringBodiesAreCanonicalJSON() {
        let record = LogRecord(timeUnixNano: 0, severity: .warn, body: ["b": 1.0, "a": [nil, true]])
        #expect(
            PrettyFormatter(colors: false).line(for: record)
                == #"1970-01-01T00:00:00.000000Z [WARN] root: {"a":[null,true],"b":1.0}"# + "\n"
        )
    }

    @Test(arguments: 1...24)
    func everyLevelHasItsColour(number: Int) throws {
        let codes = ["\u{1B}[2;37m", "\u{1B}[36m", "\u{1B}[32m", "\u{1B}[33m", "\u{1B}[31m", "\u{1B}[1;31m"]
        let severity = try Severity(number: number)
        let line = PrettyFormatter(colors: true).line(for: LogRecord(timeUnixNano: 0, severity: severity, body: ""))
        #expect(line.contains("[\(codes[(number - 1) / 4])\(severity.text)\u{1B}[0m]"))
    }

    @Test func nonFiniteAttributesAreNamedAndCounted() {
        let record = LogRecord(
            timeUnixNano: 0,
            severity: .info,
            body: "x",
            attributes: ["a": .double(.nan), "b": .double(-.infinity)]
        )
        var buffer: [UInt8] = []
        let outcome = PrettyFormatter(colors: false).format(record, into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self).hasSuffix("| a=NaN b=-Infinity\n"))
        #expect(outcome.nonFiniteDoubles == 2)
    }

    @Test func noColorDisablesColoursByDefault() {
        #expect(PrettyFormatter.colorsByDefault(isTerminal: true, environment: [:]))
        #expect(!PrettyFormatter.colorsByDefault(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(PrettyFormatter.colorsByDefault(isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!PrettyFormatter.colorsByDefault(isTerminal: false, environment: [:]))
    }

    @Test func randomRecordsStayOnOneLineWithNoRawControlBytes() {
        var generator = RecordGenerator(seed: 11)
        generator.allowNonFinite = true
        for colors in [false, true] {
            for _ in 0..<1_000 {
                let line = PrettyFormatter(colors: colors).line(for: generator.record())
                #expect(line.utf8.filter { $0 == UInt8(ascii: "\n") }.count == 1 && line.hasSuffix("\n"))
                let raw = Self.rawControlBytes(in: String(line.dropLast()))
                #expect(raw.isEmpty, "\(raw) in \(line)")
            }
        }
    }

    @Test func timestampsMatchFoundationsCalendar() throws {
        var random = SplitMix64(seed: 5)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for _ in 0..<1_000 {
            let nanos = random.next() % 16_000_000_000_000_000_000
            let date = Date(timeIntervalSince1970: TimeInterval(nanos / 1_000_000_000))
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let expected = String(
                format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ",
                parts.year ?? 0,
                parts.month ?? 0,
                parts.day ?? 0,
                parts.hour ?? 0,
                parts.minute ?? 0,
                parts.second ?? 0,
                Int(nanos % 1_000_000_000 / 1_000)
            )
            let line = PrettyFormatter(colors: false).line(
                for: LogRecord(timeUnixNano: nanos, severity: .info, body: "")
            )
            #expect(line.hasPrefix(expected + " "), "\(nanos)")
        }
    }

    /// Control characters, DEL, C1, line separators and bidi controls left in `text` once the
    /// formatter's own colour sequences are removed (compared as scalars, not graphemes, so a
    /// combining mark after a sequence cannot hide it).
    static func rawControlBytes(in text: String) -> [Unicode.Scalar] {
        let codes = ["[2m", "[0m", "[2;37m", "[36m", "[32m", "[33m", "[31m", "[1;31m"].map { Array($0.unicodeScalars) }
        let scalars = Array(text.unicodeScalars)
        var left: [Unicode.Scalar] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\u{1B}",
                let code = codes.first(where: { scalars[(index + 1)...].starts(with: $0) })
            {
                index += 1 + code.count
                continue
            }
            left.append(scalars[index])
            index += 1
        }
        return left.filter { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x2028...0x202E).contains(scalar.value)
                || (0x2066...0x2069).contains(scalar.value)
        }
    }
}
