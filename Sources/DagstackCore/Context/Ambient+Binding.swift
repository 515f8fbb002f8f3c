internal import Synchronization

extension Ambient {
    /// Runs `body` with `ambient` bound as the task's ambient state.
    package static func binding<Success, Failure: Error>(
        _ ambient: Ambient,
        _ body: () throws(Failure) -> Success
    ) throws(Failure) -> Success {
        everBound.store(true, ordering: .relaxed)
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
        everBound.store(true, ordering: .relaxed)
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
