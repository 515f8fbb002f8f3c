/// The OTLP JSON encoder (SPEC §3.2): an `ExportLogsServiceRequest` document,
/// `resourceLogs[].scopeLogs[].logRecords[]`, in the protobuf-JSON mapping OTLP/HTTP+JSON uses.
///
/// camelCase keys; `timeUnixNano`/`observedTimeUnixNano` and `intValue` as decimal strings;
/// `traceId`/`spanId` as lowercase hex; attributes as `KeyValue` lists (sorted by key) of
/// `AnyValue`s; trace flags as `flags`. Unset fields are omitted (a null body, empty
/// attributes, zero flags). Non-finite doubles become the protobuf-JSON strings `"NaN"`,
/// `"Infinity"`, `"-Infinity"` and are counted. Records sharing a resource and scope are grouped,
/// in order of first appearance.
public enum OTLPJSONEncoder {
    /// Appends one request holding `records` to `buffer` (no trailing LF).
    ///
    /// - Returns: how many non-finite doubles were written as strings.
    @discardableResult
    public static func encode(_ records: some Collection<LogRecord>, into buffer: inout [UInt8]) -> EncodeOutcome {
        let groups = OTLPGrouping(records)
        return ByteWriter.append(to: &buffer, minimumCapacity: 256 * max(records.count, 1)) { writer in
            var nonFinite = 0
            writeRequest(groups, to: &writer, nonFinite: &nonFinite)
            return EncodeOutcome(nonFiniteDoubles: nonFinite)
        }
    }

    /// Appends one record as a one-line request, LF included: the OTLP file-exporter line format.
    ///
    /// - Returns: how many non-finite doubles were written as strings.
    @discardableResult
    public static func encodeLine(_ record: LogRecord, into buffer: inout [UInt8]) -> EncodeOutcome {
        let outcome = encode(CollectionOfOne(record), into: &buffer)
        buffer.append(UInt8(ascii: "\n"))
        return outcome
    }

    private static func writeRequest(_ grouping: OTLPGrouping, to writer: inout ByteWriter, nonFinite: inout Int) {
        writer.write("{\"resourceLogs\":[")
        for (resourceIndex, resourceGroup) in grouping.resources.enumerated() {
            if resourceIndex > 0 {
                writer.write(UInt8(ascii: ","))
            }
            writer.write(UInt8(ascii: "{"))
            if let resource = resourceGroup.resource, !resource.attributes.isEmpty {
                writer.write("\"resource\":{\"attributes\":")
                OTLPValues.writeKeyValues(resource.attributes, to: &writer, nonFinite: &nonFinite)
                writer.write("},")
            }
            writer.write("\"scopeLogs\":[")
            for (scopeIndex, scopeGroup) in resourceGroup.scopes.enumerated() {
                if scopeIndex > 0 {
                    writer.write(UInt8(ascii: ","))
                }
                writer.write(UInt8(ascii: "{"))
                if let scope = scopeGroup.scope {
                    writeScope(scope, to: &writer, nonFinite: &nonFinite)
                    writer.write(UInt8(ascii: ","))
                }
                writer.write("\"logRecords\":[")
                for (recordIndex, record) in scopeGroup.records.enumerated() {
                    if recordIndex > 0 {
                        writer.write(UInt8(ascii: ","))
                    }
                    writeRecord(record, to: &writer, nonFinite: &nonFinite)
                }
                writer.write("]}")
            }
            writer.write("]}")
        }
        writer.write("]}")
    }

    private static func writeScope(_ scope: InstrumentationScope, to writer: inout ByteWriter, nonFinite: inout Int) {
        writer.write("\"scope\":{\"name\":")
        CanonicalJSON.writeString(scope.name, to: &writer)
        if let version = scope.version {
            writer.write(",\"version\":")
            CanonicalJSON.writeString(version, to: &writer)
        }
        if !scope.attributes.isEmpty {
            writer.write(",\"attributes\":")
            OTLPValues.writeKeyValues(scope.attributes, to: &writer, nonFinite: &nonFinite)
        }
        writer.write(UInt8(ascii: "}"))
    }

    private static func writeRecord(_ record: LogRecord, to writer: inout ByteWriter, nonFinite: inout Int) {
        writer.write("{\"timeUnixNano\":\"")
        CanonicalJSON.writeUInt(record.timeUnixNano, to: &writer)
        if let observed = record.observedTimeUnixNano {
            writer.write("\",\"observedTimeUnixNano\":\"")
            CanonicalJSON.writeUInt(observed, to: &writer)
        }
        writer.write("\",\"severityNumber\":")
        CanonicalJSON.writeUInt(UInt64(truncatingIfNeeded: record.severity.number), to: &writer)
        writer.write(",\"severityText\":\"")
        writer.write(record.severity.staticText)
        writer.write(UInt8(ascii: "\""))
        if record.body != .null {
            writer.write(",\"body\":")
            OTLPValues.writeAnyValue(record.body, to: &writer, nonFinite: &nonFinite)
        }
        if !record.attributeList.isEmpty {
            writer.write(",\"attributes\":")
            OTLPValues.writeKeyValues(record.attributeList, to: &writer, nonFinite: &nonFinite)
        }
        if record.traceFlags != 0 {
            writer.write(",\"flags\":")
            CanonicalJSON.writeUInt(UInt64(record.traceFlags), to: &writer)
        }
        if let traceID = record.traceID {
            writer.write(",\"traceId\":\"")
            traceID.writeHex(to: &writer)
            writer.write(UInt8(ascii: "\""))
        }
        if let spanID = record.spanID {
            writer.write(",\"spanId\":\"")
            spanID.writeHex(to: &writer)
            writer.write(UInt8(ascii: "\""))
        }
        writer.write(UInt8(ascii: "}"))
    }
}
