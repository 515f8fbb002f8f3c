import DagstackBackend
import Logging
import Testing

struct SeverityMappingTests {
    /// SPEC §2, written out: the number and text each facade level must produce.
    static let expected: [(Logger.Level, Int, String)] = [
        (.trace, 1, "TRACE"),
        (.debug, 5, "DEBUG"),
        (.info, 9, "INFO"),
        (.notice, 10, "INFO"),
        (.warning, 13, "WARN"),
        (.error, 17, "ERROR"),
        (.critical, 21, "FATAL"),
    ]

    @Test(arguments: SeverityMappingTests.expected)
    func everyLevelHasItsSpecSeverity(level: Logger.Level, number: Int, text: String) throws {
        let pipeline = TestPipeline()
        pipeline.logger().log(level: level, "at \(level)")
        let record = try #require(pipeline.onlyRecord)
        #expect(record.severity.number == number)
        #expect(record.severityText == text)
        #expect(record.body == .string("at \(level)"))
        #expect(Severity(level).number == number)
    }

    @Test
    func allSevenLevelsGoThroughInOrder() {
        let pipeline = TestPipeline()
        let logger = pipeline.logger()
        for level in Logger.Level.allCases {
            logger.log(level: level, "m")
        }
        #expect(pipeline.sink.records().map(\.severity.number) == [1, 5, 9, 10, 13, 17, 21])
        #expect(
            pipeline.sink.records().map(\.severityText) == ["TRACE", "DEBUG", "INFO", "INFO", "WARN", "ERROR", "FATAL"]
        )
    }

    /// The facade level a configured minimum severity gives, for every severity number.
    @Test(arguments: 1...24)
    func logLevelIsTheLowestLevelThatPasses(minimum: Int) throws {
        let pipeline = TestPipeline(rootLevel: try Severity(number: minimum))
        let logger = pipeline.logger()
        let passing = Logger.Level.allCases.filter { Severity($0).number >= minimum }
        #expect(logger.logLevel == passing.first ?? .critical)
        for level in Logger.Level.allCases {
            logger.log(level: level, "m")
        }
        #expect(pipeline.sink.records().map(\.severity.number) == passing.map { Severity($0).number })
    }
}
