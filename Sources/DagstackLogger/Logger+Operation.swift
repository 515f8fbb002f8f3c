public import DagstackCore

extension Logger {
    /// Starts an operation: logs `operation.started` and returns the ``Operation`` to end with
    /// ``Operation/complete(attributes:)`` or ``Operation/fail(_:attributes:)``.
    ///
    /// - Parameters:
    ///   - name: the operation's name, written as `operation.name`.
    ///   - kind: an optional category (`job`, `request`, `migration`), written as `operation.kind`.
    ///   - attributes: extra attributes of the started record only.
    public func operation(name: String, kind: String? = nil, attributes: [String: Value] = [:]) -> Operation {
        operation(
            name: name,
            kind: kind,
            attributes: attributes,
            id: Self.randomOperationID(),
            clock: Operation.monotonicNanoseconds
        )
    }

    /// Runs `body` as an operation: `operation.started` before, then `operation.completed`
    /// when it returns or `operation.failed` (with the error) when it throws; the error is
    /// rethrown. `body` gets the operation, whose ``Operation/logger`` carries its attributes.
    public func withOperation<Success, Failure: Error>(
        name: String,
        kind: String? = nil,
        _ body: (Operation) throws(Failure) -> Success
    ) throws(Failure) -> Success {
        let operation = operation(name: name, kind: kind)
        do {
            let result = try body(operation)
            operation.complete()
            return result
        } catch {
            operation.fail(error)
            throw error
        }
    }

    /// Runs the async `body` as an operation: `operation.started` before, then
    /// `operation.completed` when it returns or `operation.failed` (with the error) when it
    /// throws; the error is rethrown.
    public func withOperation<Success, Failure: Error>(
        name: String,
        kind: String? = nil,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (Operation) async throws(Failure) -> Success
    ) async throws(Failure) -> Success {
        let operation = operation(name: name, kind: kind)
        do {
            let result = try await body(operation)
            operation.complete()
            return result
        } catch {
            operation.fail(error)
            throw error
        }
    }

    /// The operation with an injected id and clock (tests).
    func operation(
        name: String,
        kind: String?,
        attributes: [String: Value],
        id: String,
        clock: @escaping @Sendable () -> UInt64
    ) -> Operation {
        var bound: [String: Value] = ["operation.name": .string(name), "operation.id": .string(id)]
        if let kind { bound["operation.kind"] = .string(kind) }
        let operation = Operation(logger: child(attributes: bound), name: name, id: id, clock: clock)
        operation.start(attributes: attributes)
        return operation
    }

    /// 16 lowercase hex digits, never all zero (a span id's text form).
    static func randomOperationID() -> String {
        SpanID(UInt64.random(in: 1...UInt64.max)).description
    }
}
