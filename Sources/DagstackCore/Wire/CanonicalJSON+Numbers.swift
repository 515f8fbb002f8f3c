extension CanonicalJSON {
    /// Writes a signed integer in decimal.
    @inline(__always)
    static func writeInt(_ value: Int64, to writer: inout ByteWriter) {
        if value < 0 {
            writer.write(UInt8(ascii: "-"))
        }
        writeUInt(value.magnitude, to: &writer)
    }

    /// Writes an unsigned integer in decimal.
    @inline(__always)
    static func writeUInt(_ value: UInt64, to writer: inout ByteWriter) {
        if value < 10 {
            writer.write(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var position = 20
            var rest = value
            repeat {
                position -= 1
                let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: 10)
                digits[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remainder)
                rest = quotient
            } while rest != 0
            writer.write(UnsafeBufferPointer(rebasing: digits[position..<20]))
        }
    }

    /// Writes a double in the reference's form, or its protobuf-JSON string when not finite.
    ///
    /// - Returns: `false` when the value was not finite and a string was written instead.
    @inline(__always)
    static func writeDouble(_ value: Double, to writer: inout ByteWriter) -> Bool {
        guard value.isFinite else {
            writeNonFinite(value, to: &writer)
            return false
        }
        writeFiniteDouble(value, to: &writer)
        return true
    }

    /// Writes a finite double as the reference (Python's `repr`) does: shortest round-trip
    /// digits, `.0` added when there is no `.` or `e`, and `-0.0` written `0.0`.
    ///
    /// Swift's `description` gives the same bytes except between 2^53 and 1e16, where Swift
    /// switches to exponent form (`9.007199254740994e+15`) and Python does not
    /// (`9007199254740994.0`). Every double there is an integer whose shortest digits are its
    /// exact value, so it is written as that integer plus `.0`.
    static func writeFiniteDouble(_ value: Double, to writer: inout ByteWriter) {
        if value == 0 {
            writer.write("0.0")
            return
        }
        let magnitude = value.magnitude
        if magnitude > 9_007_199_254_740_992.0 && magnitude < 1e16 {
            CanonicalJSON.writeInt(Int64(value), to: &writer)
            writer.write(".0")
            return
        }
        var text = value.description
        text.withUTF8 { bytes in
            writer.write(bytes)
            for byte in bytes where byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") {
                return
            }
            writer.write(".0")
        }
    }

    /// Writes `"NaN"`, `"Infinity"` or `"-Infinity"` (with quotes).
    static func writeNonFinite(_ value: Double, to writer: inout ByteWriter) {
        writer.write(UInt8(ascii: "\""))
        writer.write(nonFiniteName(value))
        writer.write(UInt8(ascii: "\""))
    }

    /// `NaN`, `Infinity` or `-Infinity`: the name a non-finite double is written as.
    static func nonFiniteName(_ value: Double) -> StaticString {
        value.isNaN ? "NaN" : value > 0 ? "Infinity" : "-Infinity"
    }
}
