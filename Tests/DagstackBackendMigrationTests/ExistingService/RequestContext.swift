// Part of a small "existing service" written against swift-log only: nothing in ExistingService/
// imports anything but `Logging`.
import Logging

/// The request being handled, carried in a task-local and logged through a metadata provider.
enum RequestContext {
    @TaskLocal static var requestID: String?

    /// Adds `request.id` to every record logged while a request is being handled.
    static let metadataProvider = Logger.MetadataProvider {
        guard let requestID else { return [:] }
        return ["request.id": .string(requestID)]
    }
}
