extension InternalChannel {
    /// The handler that turns a sink's delivery events into diagnostics on this channel.
    package func deliveryEvents(sinkID: String) -> DeliveryEventHandler {
        { [self] event in report(Self.diagnostic(for: event, sinkID: sinkID)) }
    }

    package static func diagnostic(for event: DeliveryEvent, sinkID: String) -> Diagnostic {
        switch event {
        case .queueOverflow(let dropped, let policy):
            return Diagnostic(
                key: "sink.queue_overflow:\(sinkID)",
                severity: .warn,
                message:
                    "sink queue full: \(dropped) record(s) dropped (\(policy)); raise the capacity or fix a slow sink",
                attributes: [
                    "sink.id": .string(sinkID), "dropped": .int(Int64(dropped)),
                    "overflow_policy": .string("\(policy)"),
                ]
            )
        case .writeFailed(let message, let dropped):
            return Diagnostic(
                key: "sink.write_failed:\(sinkID)",
                severity: .error,
                message: "sink write failed: \(message); \(dropped) record(s) dropped",
                attributes: ["sink.id": .string(sinkID), "dropped": .int(Int64(dropped)), "error": .string(message)]
            )
        case .flushTimedOut(let pending):
            return Diagnostic(
                key: "sink.flush_timeout:\(sinkID)",
                severity: .warn,
                message: "sink flush timed out with \(pending) record(s) pending; the destination is slow or stalled",
                attributes: ["sink.id": .string(sinkID), "pending": .int(Int64(pending))]
            )
        case .abandoned(let dropped):
            return Diagnostic(
                key: "sink.abandoned:\(sinkID)",
                severity: .error,
                message: "sink closed while stalled: \(dropped) queued record(s) dropped",
                attributes: ["sink.id": .string(sinkID), "dropped": .int(Int64(dropped))]
            )
        }
    }
}
