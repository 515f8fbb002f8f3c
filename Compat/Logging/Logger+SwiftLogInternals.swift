// swift-log's internal members that its own test suites reach through `@testable import Logging`.
// They forward to the facade so that such tests compile unchanged; nothing here is public.

extension Logger {
    /// Creates a logger around an existing handler, bypassing every factory.
    internal init(label: String, _ handler: any LogHandler) {
        self.init(label: label, existingHandler: handler)
    }

    /// The module part of a `#fileID`, or `"n/a"`.
    internal static func currentModule(fileID: String = #fileID) -> String {
        self.moduleName(fileID: fileID)
    }

    /// The directory part of a `#file` path, or `"n/a"`.
    internal static func currentModule(filePath: String = #file) -> String {
        self.moduleName(filePath: filePath)
    }
}

extension LogEvent {
    /// The explicit source of the event; `nil` when ``source`` is derived from the file.
    internal var _source: String? {
        get { self.explicitSource }
        set { self.explicitSource = newValue }
    }
}
