extension LogRecord {
    /// The record with `observedTimeUnixNano` set to `now` when it has none.
    ///
    /// SPEC §1: the sink sets the observed time at ingest, before serialising. Buffered sinks do it
    /// on their worker when it takes the batch (one clock read per batch, none on the caller).
    func observed(at now: UInt64) -> LogRecord {
        guard observedTimeUnixNano == nil else { return self }
        var record = self
        record.observedTimeUnixNano = now
        return record
    }
}
