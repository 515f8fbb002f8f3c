import Logging
import Synchronization

/// The demo's per-producer numbering: every record a producer emits gets `producer` and the next
/// `seq`, supplied by a swift-log metadata provider reading a task-local, so handler code stays
/// plain `import Logging`.
final class ProducerSequence: Sendable {
    let producer: Int
    private let counter = Atomic<Int>(0)

    init(producer: Int) {
        self.producer = producer
    }

    /// How many records this producer has emitted so far.
    var emitted: Int { self.counter.load(ordering: .relaxed) }

    /// The next sequence number, starting at 1.
    func next() -> Int {
        self.counter.wrappingAdd(1, ordering: .relaxed).newValue
    }

    @TaskLocal static var current: ProducerSequence?

    /// Supplies `producer` and `seq` to every record logged inside a producer's task.
    static let metadataProvider = Logger.MetadataProvider {
        guard let sequence = ProducerSequence.current else { return [:] }
        return [
            "producer": .stringConvertible(sequence.producer),
            "seq": .stringConvertible(sequence.next()),
        ]
    }
}
