// A bootstrap needs only `import Logging` and `import DagstackBackend`: the core's sinks,
// configuration, records and `InMemorySink` come along. DagstackCore declares no type named
// `Logger`, so `Logger(label:)` in such a file is the facade's, without ambiguity.
@_exported public import DagstackCore
