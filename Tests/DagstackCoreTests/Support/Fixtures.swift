import Foundation

/// Test data shipped in the `Fixtures` resource folder.
enum Fixtures {
    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw FixtureMissing(name: name)
        }
        return try Data(contentsOf: url)
    }

    /// The lines of a JSON-lines fixture, each with its LF.
    static func lines(_ name: String) throws -> [[UInt8]] {
        try data(name).split(separator: UInt8(ascii: "\n")).map { Array($0) + [UInt8(ascii: "\n")] }
    }

    struct FixtureMissing: Error {
        var name: String
    }
}
