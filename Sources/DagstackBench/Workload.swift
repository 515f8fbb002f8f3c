/// The workload of issue 8: `logger.info("request handled", metadata: [...])` with a 16-hex-char
/// request id, an integer user id, a constant path, status 200 and a duration, varying per record.
enum Workload {
    /// Request ids, 16 lowercase hex characters each; record `n` uses `requestIDs[n % 1024]`.
    static let requestIDs: [String] = (0..<1024).map { index in
        var state = UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15 &+ 0x2545_F491_4F6C_DD1D
        state ^= state >> 31
        let hex = String(state, radix: 16)
        return String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }

    /// The user id of record `n`.
    @inline(__always)
    static func userID(_ number: Int) -> Int {
        400_000 + number % 100_000
    }

    /// The request id of record `n`.
    @inline(__always)
    static func requestID(_ number: Int) -> String {
        requestIDs[number & 1023]
    }

    /// The ~275-byte pre-formatted line of scenario 5 for record `n`: what the dagstack encoder
    /// writes for the record, with the varying fields filled in by hand.
    static func preformattedLine(_ number: Int) -> String {
        "{\"time_unix_nano\":1776592800123456789,\"severity_number\":9,\"severity_text\":\"INFO\","
            + "\"body\":\"request handled\",\"attributes\":{\"duration_ms\":12.345,\"path\":\"/api/v1/orders\","
            + "\"request.id\":\"\(requestID(number))\",\"status\":200,\"user.id\":\(userID(number))},"
            + "\"instrumentation_scope\":{\"name\":\"bench\"}}\n"
    }
}
