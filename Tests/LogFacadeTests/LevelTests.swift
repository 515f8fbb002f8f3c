import Foundation
import Logging
import Testing

struct LevelTests {
    @Test func levelsAreOrderedBySeverity() {
        let ordered: [Logger.Level] = [.trace, .debug, .info, .notice, .warning, .error, .critical]
        #expect(Logger.Level.allCases == ordered)
        for (index, level) in ordered.enumerated() {
            for (otherIndex, other) in ordered.enumerated() {
                #expect((level < other) == (index < otherIndex))
            }
        }
        #expect(ordered.shuffled().sorted() == ordered)
    }

    @Test(arguments: Logger.Level.allCases)
    func rawValueIsLowercaseName(level: Logger.Level) {
        #expect(level.rawValue == "\(level)")
        #expect(level.description == level.rawValue)
        #expect(Logger.Level(rawValue: level.rawValue) == level)
        #expect(Logger.Level(level.rawValue.uppercased()) == level)
    }

    @Test func unknownNameDoesNotParse() {
        #expect(Logger.Level("verbose") == nil)
        #expect(Logger.Level(rawValue: "INFO") == nil)
    }

    @Test func levelsCodeAsTheirNames() throws {
        let data = try JSONEncoder().encode(Logger.Level.allCases)
        #expect(
            String(decoding: data, as: UTF8.self) == #"["trace","debug","info","notice","warning","error","critical"]"#
        )
        #expect(try JSONDecoder().decode([Logger.Level].self, from: data) == Logger.Level.allCases)
    }
}
