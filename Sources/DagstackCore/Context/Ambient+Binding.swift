internal import Synchronization

extension Ambient {
    /// Runs `body` with `ambient` bound as the task's ambient state.
    package static func binding<Success, Failure: Error>(
        _ ambient: Ambient,
        _ body: () throws(Failure) -> Success
    ) throws(Failure) -> Success {
        markBound()
        let result: Result<Success, Failure> = $current.withValue(ambient) {
            do throws(Failure) { return .success(try body()) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Runs the async `body` with `ambient` bound as the task's ambient state.
    package static func binding<Success, Failure: Error>(
        _ ambient: Ambient,
        isolation: isolated (any Actor)? = #isolation,
        _ body: () async throws(Failure) -> Success
    ) async throws(Failure) -> Success {
        markBound()
        let result: Result<Success, Failure> = await $current.withValue(
            ambient,
            operation: {
                do throws(Failure) { return .success(try await body()) } catch { return .failure(error) }
            },
            isolation: isolation
        )
        return try result.get()
    }
}

extension Ambient {
    /// Sets ``everBound``, writing the shared flag only the first time: a store on every binding
    /// would take the flag's cache line from every core that is reading it to log.
    @inline(__always)
    static func markBound() {
        if !everBound.load(ordering: .relaxed) {
            everBound.store(true, ordering: .relaxed)
        }
    }
}
