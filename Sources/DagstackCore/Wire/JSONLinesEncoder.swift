/// The dagstack JSON-lines encoder (SPEC §3.1): one Canonical JSON object per record, LF-terminated.
///
/// The bytes equal the reference binding's `to_dagstack_jsonl` plus `"\n"`. Empty fields are
/// omitted (`observed_time_unix_nano` when nil, `attributes` when empty, and so on). Safe to
/// call from any thread; it allocates only when the buffer has to grow.
public enum JSONLinesEncoder {
    /// Appends one record's line, LF included, to `buffer`.
    ///
    /// - Returns: how many non-finite doubles were written as strings; the record is never lost.
    @discardableResult
    public static func encode(_ record: LogRecord, into buffer: inout [UInt8]) -> EncodeOutcome {
        var noLayouts: AttributeLayouts?
        return append(record, observedFallback: nil, layouts: &noLayouts, to: &buffer)
    }

    /// Appends one record's line as ``encode(_:into:)`` does, for a sink's worker: `observedAt`
    /// stands in for a missing observed time (what a sink does at ingest, SPEC §1, without copying
    /// the record to set the field), and the attributes go through the layouts of the call sites
    /// the worker has seen (`nil`: sorted afresh, as ``encode(_:into:)`` does).
    @discardableResult
    package static func encode(
        _ record: LogRecord,
        observedAt fallback: UInt64,
        layouts: inout AttributeLayouts?,
        into buffer: inout [UInt8]
    ) -> EncodeOutcome {
        append(record, observedFallback: fallback, layouts: &layouts, to: &buffer)
    }

    private static func append(
        _ record: LogRecord,
        observedFallback: UInt64?,
        layouts: inout AttributeLayouts?,
        to buffer: inout [UInt8]
    ) -> EncodeOutcome {
        ByteWriter.append(to: &buffer) { writer in
            var nonFinite = 0
            write(record, to: &writer, nonFinite: &nonFinite, observedFallback: observedFallback, layouts: &layouts)
            return EncodeOutcome(nonFiniteDoubles: nonFinite)
        }
    }

    /// Writes one record's line, LF included: `observedFallback` stands in for a missing observed
    /// time, and the attributes go through `layouts` when there are some.
    private static func write(
        _ record: LogRecord,
        to writer: inout ByteWriter,
        nonFinite: inout Int,
        observedFallback: UInt64?,
        layouts: inout AttributeLayouts?
    ) {
        // Keys in their fixed canonical (UTF-16) order.
        writer.write("{")
        if !record.attributeList.isEmpty {
            writer.write("\"attributes\":")
            if let match = layouts?.match(for: record.attributeList) {
                layouts?.writeMap(record.attributeList, layout: match, to: &writer, nonFinite: &nonFinite)
            } else {
                CanonicalJSON.writeMap(record.attributeList, to: &writer, nonFinite: &nonFinite)
            }
            writer.write(UInt8(ascii: ","))
        }
        writer.write("\"body\":")
        CanonicalJSON.write(record.body, to: &writer, nonFinite: &nonFinite)
        if let scope = record.instrumentationScope {
            writeScope(scope, to: &writer, nonFinite: &nonFinite)
        }
        if let observed = record.observedTimeUnixNano ?? observedFallback {
            writer.write(",\"observed_time_unix_nano\":")
            CanonicalJSON.writeUInt(observed, to: &writer)
        }
        if let resource = record.resource, !resource.attributes.isEmpty {
            writer.write(",\"resource\":{\"attributes\":")
            CanonicalJSON.writeMap(resource.attributes, to: &writer, nonFinite: &nonFinite)
            writer.write(UInt8(ascii: "}"))
        }
        writer.write(",\"severity_number\":")
        CanonicalJSON.writeUInt(UInt64(truncatingIfNeeded: record.severity.number), to: &writer)
        writer.write(",\"severity_text\":\"")
        writer.write(record.severity.staticText)
        if let spanID = record.spanID {
            writer.write("\",\"span_id\":\"")
            spanID.writeHex(to: &writer)
        }
        writer.write("\",\"time_unix_nano\":")
        CanonicalJSON.writeUInt(record.timeUnixNano, to: &writer)
        if record.traceFlags != 0 {
            writer.write(",\"trace_flags\":")
            CanonicalJSON.writeUInt(UInt64(record.traceFlags), to: &writer)
        }
        if let traceID = record.traceID {
            writer.write(",\"trace_id\":\"")
            traceID.writeHex(to: &writer)
            writer.write(UInt8(ascii: "\""))
        }
        writer.write("}\n")
    }

    /// Returns one record's line, LF included, as a string; a convenience over ``encode(_:into:)``.
    public static func line(for record: LogRecord) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(256)
        encode(record, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    private static func writeScope(_ scope: InstrumentationScope, to writer: inout ByteWriter, nonFinite: inout Int) {
        writer.write(",\"instrumentation_scope\":{")
        if !scope.attributes.isEmpty {
            writer.write("\"attributes\":")
            CanonicalJSON.writeMap(scope.attributes, to: &writer, nonFinite: &nonFinite)
            writer.write(UInt8(ascii: ","))
        }
        writer.write("\"name\":")
        CanonicalJSON.writeString(scope.name, to: &writer)
        if let version = scope.version {
            writer.write(",\"version\":")
            CanonicalJSON.writeString(version, to: &writer)
        }
        writer.write(UInt8(ascii: "}"))
    }
}
