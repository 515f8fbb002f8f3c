"""Byte-parity driver: rebuilds records from neutral descriptions and prints the reference bytes.

Usage: python3 reference_wire.py INPUT OUTPUT
INPUT has one description per line (see NeutralDescription.swift): strings as UTF-8 hex,
integers as decimal strings, doubles as IEEE-754 bit patterns in hex. OUTPUT gets, per input
line, `to_dagstack_jsonl(record)` followed by LF, or a line starting with `!ERROR ` when the
reference raises.
"""

import json
import struct
import sys

from dagstack.logger.records import InstrumentationScope, LogRecord, Resource
from dagstack.logger.wire import to_dagstack_jsonl


def text(hex_utf8):
    return bytes.fromhex(hex_utf8).decode("utf-8")


def value(node):
    (tag, payload), = node.items()
    if tag == "s":
        return text(payload)
    if tag == "i":
        return int(payload)
    if tag == "d":
        return struct.unpack(">d", bytes.fromhex(payload))[0]
    if tag == "b":
        return bool(payload)
    if tag == "n":
        return None
    if tag == "m":
        return attributes(payload)
    if tag == "a":
        return [value(item) for item in payload]
    raise ValueError(f"unknown tag {tag!r}")


def attributes(pairs):
    return {text(key): value(item) for key, item in pairs}


def record(description):
    scope = description.get("scope")
    resource = description.get("resource")
    trace_id = description.get("trace_id")
    span_id = description.get("span_id")
    return LogRecord(
        time_unix_nano=description["time"],
        severity_number=description["severity_number"],
        severity_text=description["severity_text"],
        body=value(description["body"]),
        attributes=attributes(description["attributes"]),
        instrumentation_scope=None
        if scope is None
        else InstrumentationScope(
            name=text(scope["name"]),
            version=text(scope["version"]) if "version" in scope else None,
            attributes=attributes(scope["attributes"]),
        ),
        resource=None if resource is None else Resource(attributes=attributes(resource)),
        trace_id=bytes.fromhex(trace_id) if trace_id is not None else None,
        span_id=bytes.fromhex(span_id) if span_id is not None else None,
        trace_flags=description["trace_flags"],
        observed_time_unix_nano=description.get("observed"),
    )


def main():
    with open(sys.argv[1], "rb") as source, open(sys.argv[2], "wb") as sink:
        for line in source:
            try:
                out = to_dagstack_jsonl(record(json.loads(line)))
                sink.write(out.encode("utf-8") + b"\n")
            except Exception as error:  # noqa: BLE001 - reported per record to the Swift test
                sink.write(f"!ERROR {type(error).__name__}: {error}".encode("utf-8", "replace") + b"\n")


if __name__ == "__main__":
    main()
