/// The destination side of a delivery engine: what a sink's worker does with a batch.
///
/// A sink built on ``DeliveryEngine`` implements this for its destination (a file, a stream, a
/// socket). The engine calls it from the sink's worker thread only, one call at a time, so the
/// target may keep unsynchronised state (a file descriptor, a reusable encode buffer).
package protocol DeliveryTarget: AnyObject, SendableMetatype {
    associatedtype Element: Sendable

    /// Encodes and writes `batch` (ideally in one write) and says what became of each element.
    ///
    /// The report must account for every element: `delivered + droppedSinkError +
    /// droppedEncodeError == batch.count`. It may block (that is what the worker is for). The
    /// batch is `inout` so the target can read its elements in place
    /// (``QueueBatch/forEachInPlace(_:)``) instead of copying each.
    func deliver(_ batch: inout QueueBatch<Element>) -> DeliveryReport

    /// Releases the destination (closes the file descriptor); called once, after the last batch.
    func finish()

    /// Empties a delivered batch's buffer, keeping its capacity; a target may reclaim parts of the
    /// elements first (see ``AttributeBufferPool``).
    func recycle(_ elements: inout [Element])
}

extension DeliveryTarget {
    package func recycle(_ elements: inout [Element]) {
        elements.removeAll(keepingCapacity: true)
    }
}

extension DeliveryTarget where Element == LogRecord {
    /// Hands the records' attribute buffers back to callers (see ``AttributeBufferPool``).
    package func recycle(_ records: inout [LogRecord]) {
        AttributeBufferPool.shared.recycle(&records)
    }
}

/// What became of one batch, as a ``DeliveryTarget`` reports it.
package struct DeliveryReport: Sendable, Equatable {
    package var delivered = 0
    package var droppedSinkError = 0
    package var droppedEncodeError = 0
    package var nonFiniteReplaced = 0
    /// The last failure while writing the batch, for the internal channel and `flush`.
    package var failure: String?

    package init(
        delivered: Int = 0,
        droppedSinkError: Int = 0,
        droppedEncodeError: Int = 0,
        nonFiniteReplaced: Int = 0,
        failure: String? = nil
    ) {
        self.delivered = delivered
        self.droppedSinkError = droppedSinkError
        self.droppedEncodeError = droppedEncodeError
        self.nonFiniteReplaced = nonFiniteReplaced
        self.failure = failure
    }
}
