import DagstackCore

/// The benchmark record of issue 3: body "request handled", five attributes (a 16-char string,
/// an int, a path string, an int, a double) and a scope; about 270 bytes as JSON-lines.
let benchRecord = LogRecord(
    timeUnixNano: 1_776_592_800_123_456_789,
    severity: .info,
    body: "request handled",
    attributes: [
        "request.id": "9f86d081884c7d65",
        "user.id": 421_337,
        "path": "/api/v1/orders",
        "status": 200,
        "duration_ms": 12.345,
    ],
    instrumentationScope: InstrumentationScope(name: "bench")
)
