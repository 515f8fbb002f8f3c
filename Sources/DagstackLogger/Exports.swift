// `import DagstackLogger` brings the core types its API uses (Value, sinks, TraceContext,
// LoggerRegistry) along, so one import is enough.
@_exported public import DagstackCore
