/// The worker side of ``ConsoleSink``: formats a batch into one buffer and writes it with one
/// `write` (completed if short), so lines from one sink are never interleaved.
///
/// Confined to the sink's worker thread (see ``DeliveryTarget``). The descriptor is not owned.
final class ConsoleTarget: DeliveryTarget {
    typealias Element = LogRecord

    let descriptor: Int32
    let format: ConsoleFormat
    private var buffer: [UInt8] = []
    private var lineEnds: [Int] = []
    // The attribute layouts of the call sites seen so far (see `AttributeLayouts`).
    private var layouts: AttributeLayouts? = AttributeLayouts()

    init(descriptor: Int32, format: ConsoleFormat) {
        self.descriptor = descriptor
        self.format = format
        buffer.reserveCapacity(16 * 1024)
    }

    func deliver(_ batch: inout QueueBatch<LogRecord>) -> DeliveryReport {
        var report = DeliveryReport()
        buffer.removeAll(keepingCapacity: true)
        lineEnds.removeAll(keepingCapacity: true)
        let now = InternalChannel.unixNanoseconds()
        batch.forEachInPlace { record in
            if append(record, observedAt: now) { report.nonFiniteReplaced += 1 }
            lineEnds.append(buffer.count)
        }
        let (written, error) = buffer.withUnsafeBytes { LiveFile.writeAll(descriptor, $0) }
        report.delivered = lineEnds.prefix { $0 <= written }.count
        report.droppedSinkError = lineEnds.count - report.delivered
        if let error {
            report.failure = "cannot write to file descriptor \(descriptor): \(LiveFile.describe(errno: error))"
        }
        return report
    }

    func finish() {}

    /// Appends one line, `now` standing in for a missing observed time (the pretty line shows
    /// none); returns whether a non-finite double was replaced.
    private func append(_ record: LogRecord, observedAt now: UInt64) -> Bool {
        switch format {
        case .json:
            let outcome = JSONLinesEncoder.encode(record, observedAt: now, layouts: &layouts, into: &buffer)
            return outcome.replacedNonFiniteDoubles
        case .pretty(let colors):
            return PrettyFormatter(colors: colors).format(record, into: &buffer).replacedNonFiniteDoubles
        }
    }
}
