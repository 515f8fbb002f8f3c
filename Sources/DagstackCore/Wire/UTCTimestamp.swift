/// ISO-8601 UTC timestamps with microseconds (`2026-04-19T10:00:00.123456Z`), without Foundation.
enum UTCTimestamp {
    /// Writes the timestamp of `unixNano` nanoseconds since the epoch, truncated to microseconds.
    static func write(unixNano: UInt64, to writer: inout ByteWriter) {
        let seconds = unixNano / 1_000_000_000
        let micros = (unixNano % 1_000_000_000) / 1_000
        let days = Int64(seconds / 86_400)
        let secondOfDay = Int(seconds % 86_400)
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        writeDigits(UInt64(year), count: 4, to: &writer)
        writer.write(UInt8(ascii: "-"))
        writeDigits(UInt64(month), count: 2, to: &writer)
        writer.write(UInt8(ascii: "-"))
        writeDigits(UInt64(day), count: 2, to: &writer)
        writer.write(UInt8(ascii: "T"))
        writeDigits(UInt64(secondOfDay / 3600), count: 2, to: &writer)
        writer.write(UInt8(ascii: ":"))
        writeDigits(UInt64(secondOfDay / 60 % 60), count: 2, to: &writer)
        writer.write(UInt8(ascii: ":"))
        writeDigits(UInt64(secondOfDay % 60), count: 2, to: &writer)
        writer.write(UInt8(ascii: "."))
        writeDigits(micros, count: 6, to: &writer)
        writer.write(UInt8(ascii: "Z"))
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's
    /// `civil_from_days`).
    static func civilDate(daysSinceEpoch: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// Writes `value` as exactly `count` decimal digits, zero-padded (more when it needs more).
    private static func writeDigits(_ value: UInt64, count: Int, to writer: inout ByteWriter) {
        var divisor: UInt64 = 1
        for _ in 1..<count {
            divisor *= 10
        }
        while divisor <= value / 10 {
            divisor *= 10
        }
        while divisor > 0 {
            writer.write(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / divisor % 10))
            divisor /= 10
        }
    }
}
