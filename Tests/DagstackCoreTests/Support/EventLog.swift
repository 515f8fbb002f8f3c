import Synchronization

@testable import DagstackCore

/// Collects delivery events for assertions.
final class EventLog: Sendable {
    let events = Mutex<[DeliveryEvent]>([])

    var handler: DeliveryEventHandler {
        { [self] event in
            events.withLock { $0.append(event) }
            return true
        }
    }

    var all: [DeliveryEvent] { events.withLock { $0 } }
}
