"""Writes Fixtures/dagstack_jsonl_corpus.jsonl with the reference binding (dagstack-logger 0.2.0).

Run from Tests/DagstackCoreTests: python3 ParityDriver/make_corpus.py > Fixtures/dagstack_jsonl_corpus.jsonl
Every line is the reference's `to_dagstack_jsonl` of one hand-picked record; the Swift tests
parse each line and require that encoding it again gives the same bytes.
"""

import sys

from dagstack.logger.records import InstrumentationScope, LogRecord, Resource
from dagstack.logger.wire import to_dagstack_jsonl

TEXT = {1: "TRACE", 5: "DEBUG", 9: "INFO", 13: "WARN", 17: "ERROR", 21: "FATAL"}


def rec(number=9, body="hello", **fields):
    text = TEXT[max(n for n in TEXT if n <= number)]
    return LogRecord(
        time_unix_nano=fields.pop("time", 1776592800123456789),
        severity_number=number,
        severity_text=text,
        body=body,
        **fields,
    )


RECORDS = [
    rec(),
    rec(1, "trace"), rec(4, "trace 4"), rec(5), rec(8), rec(10, "notice"), rec(12), rec(13, "warn"),
    rec(16), rec(17, "error"), rec(20), rec(21, "fatal"), rec(24, "fatal 24"),
    rec(time=0), rec(time=2**64 - 1), rec(observed_time_unix_nano=1776592800223456789),
    rec(body=""), rec(body=None), rec(body=True), rec(body=False), rec(body=0), rec(body=-9223372036854775808),
    rec(body=9223372036854775807), rec(body=1.0), rec(body=-0.0), rec(body=0.1), rec(body=1e-07), rec(body=1e16),
    rec(body=1e21), rec(body=1e300), rec(body=1e-300), rec(body=5e-324), rec(body=1.7976931348623157e308),
    rec(body=1000000.0), rec(body=12.345), rec(body=[]), rec(body={}), rec(body=[1, 1.0, "1", None, True, [], {}]),
    rec(body={"nested": {"deeper": {"deepest": [{"a": [{"b": [1]}]}]}}}),
    rec(body="quote \" backslash \\ slash / tab \t newline \n return \r bell \x07 nul \x00 esc \x1b del \x7f"),
    rec(body="unicode é ж 漢字 \u2028 \u2029 \ufeff \uffff 😀 \U0010ffff"),
    rec(attributes={"request.id": "9f86d081884c7d65", "user.id": 421337, "path": "/api/v1/orders",
                    "status": 200, "duration_ms": 12.345}),
    rec(attributes={"b": 1, "a": 2, "A": 3, "_": 4, "": 5, " ": 6, "\x00": 7, "a.b": 8, "a_b": 9}),
    rec(attributes={"\ue000": 1, "\U0001f600": 2, "\uffff": 3, "\U00010000": 4, "\ud7ff": 5, "z": 6}),
    rec(attributes={"password_key": "***", "events": [{"type": "auth"}, {"type": "fetch"}]}),
    rec(instrumentation_scope=InstrumentationScope(name="")),
    rec(instrumentation_scope=InstrumentationScope(name="dagstack.rag.retriever", version="1.2.3")),
    rec(instrumentation_scope=InstrumentationScope(name="svc", version="", attributes={"k": [1, 2]})),
    rec(resource=Resource(attributes={"service.name": "order-service", "process.pid": 4242})),
    rec(trace_id=bytes.fromhex("4bf92f3577b34da6a3ce929d0e0e4736"), span_id=bytes.fromhex("00f067aa0ba902b7"),
        trace_flags=1),
    rec(trace_id=bytes(16), span_id=bytes(8), trace_flags=255),
    rec(17, "everything", time=1, observed_time_unix_nano=2, attributes={"exception.type": "Swift.DecodingError"},
        instrumentation_scope=InstrumentationScope(name="a.b", version="0.1", attributes={"x": 1.5}),
        resource=Resource(attributes={"host.name": "h"}), trace_id=bytes(range(16)), span_id=bytes(range(8)),
        trace_flags=3),
]

for record in RECORDS:
    sys.stdout.buffer.write(to_dagstack_jsonl(record).encode("utf-8") + b"\n")
