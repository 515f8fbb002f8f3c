// DagstackCore: records, wire formats, redaction, context, sinks, delivery, registry.
