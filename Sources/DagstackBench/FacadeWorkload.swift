import Logging

/// The issue-8 call, written as a user of swift-log writes it: interpolated request id, boxed
/// numbers through `.stringConvertible`, a literal path. Scenarios 2, 3, 6 and 7 all call this.
@inline(__always)
func logRequest(_ logger: Logger, _ number: Int) {
    let requestID = Workload.requestID(number)
    let userID = Workload.userID(number)
    logger.info(
        "request handled",
        metadata: [
            "request.id": "\(requestID)",
            "user.id": .stringConvertible(userID),
            "path": "/api/v1/orders",
            "status": .stringConvertible(200),
            "duration_ms": .stringConvertible(12.345),
        ]
    )
}

/// The same call at `debug`, for the disabled-level scenario. The values are computed inside the
/// metadata (an autoclosure), as a caller holding them in locals would pay nothing for them.
@inline(__always)
func logRequestAtDebug(_ logger: Logger, _ number: Int) {
    logger.debug(
        "request handled",
        metadata: [
            "request.id": "\(Workload.requestID(number))",
            "user.id": .stringConvertible(Workload.userID(number)),
            "path": "/api/v1/orders",
            "status": .stringConvertible(200),
            "duration_ms": .stringConvertible(12.345),
        ]
    )
}

/// The same call from a process whose other allocations come between log calls, as in a server:
/// each call's dictionary is kept alive for 64 calls (in `ring`), so it gets its own storage, and
/// with it its own hash seed and key order, where a tight loop reuses one address (and one order)
/// call after call.
@inline(__always)
func logRequest(_ logger: Logger, _ number: Int, keepingMetadataIn ring: inout [Logger.Metadata]) {
    let requestID = Workload.requestID(number)
    let metadata: Logger.Metadata = [
        "request.id": "\(requestID)",
        "user.id": .stringConvertible(Workload.userID(number)),
        "path": "/api/v1/orders",
        "status": .stringConvertible(200),
        "duration_ms": .stringConvertible(12.345),
    ]
    ring[number % ring.count] = metadata
    logger.info("request handled", metadata: metadata)
}

extension LatencyRecorder {
    /// `calls` calls of ``logRequest(_:_:)`` on `logger`, each timed: the loop scenarios 0, 6 and 7
    /// time the workload with.
    @inline(__always)
    static func timing(_ logger: Logger, calls: Int) -> LatencyRecorder {
        var recorder = LatencyRecorder(capacity: calls)
        for number in 0..<calls {
            recorder.time { logRequest(logger, number) }
        }
        return recorder
    }
}
