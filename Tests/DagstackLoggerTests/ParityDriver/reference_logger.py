"""Logger-level parity driver: runs a scenario of logger calls on the reference binding.

Usage: python3 reference_logger.py SCENARIO OUTPUT
SCENARIO is a JSON list of steps (see LoggerParityTests.swift):
  {"configure": {"root_level": ..., "per_logger_levels": {...}, "resource": {...}}}
  {"get": {"name": ..., "version": ...}, "as": handle}
  {"child": {"of": handle, "attributes": {...}}, "as": handle}
  {"log": {"logger": handle, "method": "info", "severity_number": n?, "body": ..., "attributes": {...},
           "traceparent": "00-...", "baggage": {...}}}
OUTPUT gets one dagstack JSON-line per record captured by an InMemorySink, with the
timestamps zeroed (time_unix_nano = 0, observed_time_unix_nano absent).
"""

import dataclasses
import json
import sys

from opentelemetry import baggage, context, trace
from opentelemetry.trace import NonRecordingSpan, SpanContext, TraceFlags

from dagstack.logger import InMemorySink, Logger, configure
from dagstack.logger.wire import to_dagstack_jsonl


def activate(step):
    ctx = context.get_current()
    header = step.get("traceparent")
    if header:
        _, trace_id, span_id, flags = header.split("-")
        span_context = SpanContext(
            trace_id=int(trace_id, 16),
            span_id=int(span_id, 16),
            is_remote=False,
            trace_flags=TraceFlags(int(flags, 16)),
        )
        ctx = trace.set_span_in_context(NonRecordingSpan(span_context), ctx)
    for key, value in (step.get("baggage") or {}).items():
        ctx = baggage.set_baggage(key, value, context=ctx)
    return context.attach(ctx)


def main():
    with open(sys.argv[1], encoding="utf-8") as source:
        steps = json.load(source)
    sink = InMemorySink(capacity=10_000)
    handles = {}
    for step in steps:
        if "configure" in step:
            options = step["configure"]
            configure(
                root_level=options.get("root_level", "INFO"),
                sinks=[sink],
                per_logger_levels=options.get("per_logger_levels") or None,
                resource_attributes=options.get("resource") or None,
            )
        elif "get" in step:
            handles[step["as"]] = Logger.get(step["get"]["name"], version=step["get"].get("version"))
        elif "child" in step:
            handles[step["as"]] = handles[step["child"]["of"]].child(step["child"]["attributes"])
        elif "log" in step:
            call = step["log"]
            logger = handles[call["logger"]]
            token = activate(call)
            try:
                attributes = call.get("attributes")
                if call["method"] == "log":
                    logger.log(call["severity_number"], call["body"], attributes=attributes)
                else:
                    getattr(logger, call["method"])(call["body"], attributes=attributes)
            finally:
                context.detach(token)
    with open(sys.argv[2], "wb") as output:
        for record in sink.records():
            normalised = dataclasses.replace(record, time_unix_nano=0, observed_time_unix_nano=None)
            output.write(to_dagstack_jsonl(normalised).encode("utf-8") + b"\n")


if __name__ == "__main__":
    main()
