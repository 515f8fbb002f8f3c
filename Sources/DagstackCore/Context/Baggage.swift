/// The baggage keys that become record attributes: `tenant.id`, `request.id`, `user.id`.
public let loggedBaggageKeys: [String] = ["tenant.id", "request.id", "user.id"]

/// Runs `body` with `baggage` merged over the task's baggage (new keys win).
///
/// The entries `tenant.id`, `request.id` and `user.id` become attributes of every record emitted
/// inside, unless the call site sets the same key; other entries are carried but not logged.
/// Task-local: child tasks inherit it, and it ends with the closure.
public func withBaggage<Success, Failure: Error>(
    _ baggage: [String: String],
    _ body: () throws(Failure) -> Success
) throws(Failure) -> Success {
    var ambient = Ambient.current
    ambient.baggage.merge(baggage) { $1 }
    return try Ambient.binding(ambient, body)
}

/// Runs the async `body` with `baggage` merged over the task's baggage (new keys win).
///
/// The entries `tenant.id`, `request.id` and `user.id` become attributes of every record emitted
/// inside, unless the call site sets the same key; other entries are carried but not logged.
/// Task-local: child tasks inherit it, and it ends with the closure.
public func withBaggage<Success, Failure: Error>(
    _ baggage: [String: String],
    isolation: isolated (any Actor)? = #isolation,
    _ body: () async throws(Failure) -> Success
) async throws(Failure) -> Success {
    var ambient = Ambient.current
    ambient.baggage.merge(baggage) { $1 }
    return try await Ambient.binding(ambient, isolation: isolation, body)
}

/// The task's current baggage; empty outside any `withBaggage` scope.
public var currentBaggage: [String: String] {
    Ambient.current.baggage
}
