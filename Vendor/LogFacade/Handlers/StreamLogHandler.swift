#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#endif

/// A handler that writes one human-readable line per event to a text stream, such as standard error.
///
/// The line is `<local time ISO 8601> <level> <label>: <metadata k=v, sorted> [<source>] <message>`,
/// byte for byte as swift-log's handler writes it. It is the default handler before bootstrap.
public struct StreamLogHandler: LogHandler {
    /// A handler writing to standard output, with the system-wide metadata provider.
    public static func standardOutput(label: String) -> StreamLogHandler {
        StreamLogHandler(
            label: label,
            stream: StdioStream.standardOutput,
            metadataProvider: LoggingSystem.metadataProvider
        )
    }

    /// A handler writing to standard output, with the given metadata provider.
    public static func standardOutput(label: String, metadataProvider: Logger.MetadataProvider?) -> StreamLogHandler {
        StreamLogHandler(label: label, stream: StdioStream.standardOutput, metadataProvider: metadataProvider)
    }

    /// A handler writing to standard error, with the system-wide metadata provider.
    public static func standardError(label: String) -> StreamLogHandler {
        StreamLogHandler(
            label: label,
            stream: StdioStream.standardError,
            metadataProvider: LoggingSystem.metadataProvider
        )
    }

    /// A handler writing to standard error, with the given metadata provider.
    public static func standardError(label: String, metadataProvider: Logger.MetadataProvider?) -> StreamLogHandler {
        StreamLogHandler(label: label, stream: StdioStream.standardError, metadataProvider: metadataProvider)
    }

    private let stream: any TextOutputStream & Sendable
    private let label: String
    private var renderedMetadata: String?

    /// Supplies the wall-clock second of each line; replaced only by tests.
    package var now: @Sendable () -> Int = { Int(time(nil)) }

    /// The lowest level written; `.info` by default.
    public var logLevel: Logger.Level = .info

    /// The provider consulted on every line.
    public var metadataProvider: Logger.MetadataProvider?

    /// The handler's own metadata, written on every line.
    public var metadata = Logger.Metadata() {
        didSet { self.renderedMetadata = Self.render(self.metadata) }
    }

    /// Reads or writes one entry of the handler's metadata.
    public subscript(metadataKey metadataKey: String) -> Logger.Metadata.Value? {
        get { self.metadata[metadataKey] }
        set { self.metadata[metadataKey] = newValue }
    }

    /// Creates a handler writing to `stream`, with the system-wide metadata provider.
    public init(label: String, stream: any TextOutputStream & Sendable) {
        self.init(label: label, stream: stream, metadataProvider: LoggingSystem.metadataProvider)
    }

    /// Creates a handler writing to `stream`, with the given metadata provider.
    public init(label: String, stream: any TextOutputStream & Sendable, metadataProvider: Logger.MetadataProvider?) {
        self.label = label
        self.stream = stream
        self.metadataProvider = metadataProvider
    }

    /// Writes the event as one line; an error adds `error.message` and `error.type` metadata.
    public func log(event: LogEvent) {
        let metadataText: String?
        if let merged = Self.mergedMetadata(
            base: self.metadata,
            provider: self.metadataProvider,
            explicit: event.metadata,
            error: event.error
        ) {
            metadataText = Self.render(merged)
        } else {
            metadataText = self.renderedMetadata
        }
        var line = Self.timestamp(self.now())
        line += " \(event.level)"
        if !self.label.isEmpty { line += " " }
        line += self.label + ":"
        if let metadataText { line += " " + metadataText }
        line += " [\(event.source)] \(event.message)\n"
        var stream = self.stream
        stream.write(line)
    }

    /// Writes the call as one line.
    @available(*, deprecated, renamed: "log(event:)")
    public func log(
        level: Logger.Level,
        message: Logger.Message,
        metadata: Logger.Metadata?,
        source: String,
        file: String,
        function: String,
        line: UInt
    ) {
        self.log(
            event: LogEvent(
                level: level,
                message: message,
                metadata: metadata,
                source: source,
                file: file,
                function: function,
                line: line
            )
        )
    }

    /// Handler metadata < provider < call site, plus the error; `nil` when the call adds nothing.
    internal static func mergedMetadata(
        base: Logger.Metadata,
        provider: Logger.MetadataProvider?,
        explicit: Logger.Metadata?,
        error: (any Error)?
    ) -> Logger.Metadata? {
        let provided = provider?.get() ?? [:]
        let explicit = explicit ?? [:]
        if provided.isEmpty && explicit.isEmpty && error == nil { return nil }
        var merged = base
        merged.merge(provided) { _, new in new }
        merged.merge(explicit) { _, new in new }
        if let error {
            merged["error.message"] = "\(error)"
            merged["error.type"] = "\(String(reflecting: type(of: error)))"
        }
        return merged
    }

    /// `k=v` pairs sorted by key and joined by spaces; `nil` for no metadata.
    private static func render(_ metadata: Logger.Metadata) -> String? {
        if metadata.isEmpty { return nil }
        return metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }

    /// The local time as `%Y-%m-%dT%H:%M:%S%z`, or `<unknown>`.
    package static func timestamp(_ seconds: Int) -> String {
        var seconds = time_t(seconds)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return "<unknown>" }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            guard let base = buffer.baseAddress else { return "<unknown>" }
            let length = strftime(base, buffer.count, "%Y-%m-%dT%H:%M:%S%z", &parts)
            return String(decoding: UnsafeRawBufferPointer(start: base, count: length), as: UTF8.self)
        }
    }
}
