extension Logger {
    /// The module part of a `#fileID` (`"Module/File.swift"` → `"Module"`), or `"n/a"`.
    @inlinable
    internal static func currentModule(fileID: String = #fileID) -> String {
        // A `#fileID` literal is contiguous UTF-8: its bytes are searched directly, since stepping
        // a `String.UTF8View` index costs tens of instructions a byte on every log call.
        if let module = fileID.utf8.withContiguousStorageIfAvailable({ bytes -> String? in
            guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<slash]), as: UTF8.self)
        }) {
            return module ?? "n/a"
        }
        guard let slash = fileID.utf8.firstIndex(of: UInt8(ascii: "/")) else { return "n/a" }
        return String(fileID[..<slash])
    }

    /// The enclosing directory of a `#file` path (`"/src/Module/File.swift"` → `"Module"`), or `"n/a"`.
    @inlinable
    internal static func currentModule(filePath: String = #file) -> String {
        let bytes = filePath.utf8
        guard let lastSlash = bytes.lastIndex(of: UInt8(ascii: "/")),
            let previousSlash = bytes[..<lastSlash].lastIndex(of: UInt8(ascii: "/"))
        else { return "n/a" }
        return String(filePath[bytes.index(after: previousSlash)..<lastSlash])
    }
}

extension Logger {
    /// The module part of a `#fileID`, for the `Logging` compatibility module.
    package static func moduleName(fileID: String) -> String {
        self.currentModule(fileID: fileID)
    }

    /// The directory part of a `#file` path, for the `Logging` compatibility module.
    package static func moduleName(filePath: String) -> String {
        self.currentModule(filePath: filePath)
    }
}
