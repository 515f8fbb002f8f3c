import Foundation
import Testing

/// MIGRATING.md quotes compiled code: every Swift block of the guide not marked `// Not compiled`
/// appears, line for line (indentation aside), in the sources of this test target.
struct MigratingGuideTests {
    static let targetDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let guide = targetDirectory.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("MIGRATING.md")

    /// The Swift code blocks of the guide, each as its trimmed, non-empty lines.
    static func swiftBlocks() throws -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]?
        for line in try String(contentsOf: guide, encoding: .utf8).split(
            separator: "\n",
            omittingEmptySubsequences: false
        ) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if current == nil, trimmed == "```swift" {
                current = []
            } else if let block = current, trimmed == "```" {
                blocks.append(block)
                current = nil
            } else if current != nil, !trimmed.isEmpty {
                current?.append(trimmed)
            }
        }
        return blocks
    }

    /// The trimmed, non-empty lines of every Swift file of this target.
    static func sourceLines() throws -> [[String]] {
        let files =
            FileManager.default.enumerator(at: targetDirectory, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.map { file in
            try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    @Test
    func everyCompiledBlockOfTheGuideIsInTheSources() throws {
        let blocks = try Self.swiftBlocks()
        let sources = try Self.sourceLines()
        let compiled = blocks.filter { $0.first?.hasPrefix("// Not compiled") != true }
        #expect(compiled.count >= 8)
        for block in compiled {
            let found = sources.contains { lines in
                lines.count >= block.count
                    && (0...(lines.count - block.count)).contains { Array(lines[$0..<($0 + block.count)]) == block }
            }
            #expect(found, "MIGRATING.md block not found in the compiled sources:\n\(block.joined(separator: "\n"))")
        }
    }
}
