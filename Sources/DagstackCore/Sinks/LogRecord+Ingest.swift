extension LogRecord {
    /// The record with its observed time set to now when it has none (SPEC §1: the sink sets it
    /// at ingest, before serialising).
    func ingested() -> LogRecord {
        guard observedTimeUnixNano == nil else { return self }
        var record = self
        record.observedTimeUnixNano = InternalChannel.unixNanoseconds()
        return record
    }
}
