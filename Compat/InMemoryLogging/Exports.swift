// The module `InMemoryLogging`, as in swift-log: an in-memory handler for tests.
@_exported public import Logging
