import Logging
import Synchronization
import Testing

/// A handler written before `LogEvent`: it implements only the flat form with `source`.
@available(*, deprecated, message: "exercises the deprecated flat LogHandler API on purpose")
private struct FlatSourceHandler: LogHandler {
    let seen: LineBox
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { self.metadata[key] }
        set { self.metadata[key] = newValue }
    }
    func log(
        level: Logger.Level,
        message: Logger.Message,
        metadata: Logger.Metadata?,
        source: String,
        file: String,
        function: String,
        line: UInt
    ) {
        self.seen.value.withLock { $0.append("\(level) \(message) [\(source)] \(metadata ?? [:])") }
    }
}

/// A handler older still: only the flat form without `source`.
@available(*, deprecated, message: "exercises the deprecated flat LogHandler API on purpose")
private struct FlatNoSourceHandler: LogHandler {
    let seen: LineBox
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { self.metadata[key] }
        set { self.metadata[key] = newValue }
    }
    func log(
        level: Logger.Level,
        message: Logger.Message,
        metadata: Logger.Metadata?,
        file: String,
        function: String,
        line: UInt
    ) {
        self.seen.value.withLock { $0.append("\(level) \(message) \(file)") }
    }
}

/// Lines shared by copies of a value-type handler.
private final class LineBox: Sendable {
    let value = Mutex<[String]>([])
    var all: [String] { self.value.withLock { $0 } }
}

struct DeprecatedBridgeTests {
    @Test @available(*, deprecated) func eventsReachHandlersThatImplementTheFlatFormWithSource() {
        let seen = LineBox()
        let logger = Logger(label: "old", factory: { _ in FlatSourceHandler(seen: seen) })
        logger.info("hello", metadata: ["k": "v"])
        logger.warning("explicit", source: "Src")
        #expect(seen.all == [#"info hello [LogFacadeTests] ["k": v]"#, "warning explicit [Src] [:]"])
    }

    @Test @available(*, deprecated) func eventsReachHandlersThatImplementTheOldestFlatForm() {
        let seen = LineBox()
        let logger = Logger(label: "older", factory: { _ in FlatNoSourceHandler(seen: seen) })
        logger.error("bye")
        #expect(seen.all == ["error bye \(#fileID)"])
    }

    @Test @available(*, deprecated) func flatCallsReachEventHandlers() {
        let box = RecordingHandler.Box()
        let handler = RecordingHandler(box: box)
        handler.log(
            level: .notice,
            message: "flat",
            metadata: nil,
            source: "S",
            file: "/src/F/f.swift",
            function: "f",
            line: 3
        )
        handler.log(level: .notice, message: "flatter", metadata: nil, file: "/src/Mod/f.swift", function: "f", line: 4)
        #expect(box.all.map(\.message) == ["flat", "flatter"])
        // As in swift-log, the bridge chain goes through the oldest flat form, which derives the source
        // from the enclosing directory of the path (the explicit "S" does not survive it).
        #expect(box.all.map(\.source) == ["F", "Mod"])
    }
}
