import Testing

@testable import DagstackCore

@Suite("Severity")
struct SeverityTests {
    @Test(arguments: 1...24)
    func everyNumberMapsToItsBucketText(number: Int) throws {
        let buckets = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"]
        let severity = try Severity(number: number)
        #expect(severity.number == number)
        #expect(severity.text == buckets[(number - 1) / 4])
    }

    @Test func primaryConstantsUseTheFirstNumberOfEachBucket() {
        let constants: [Severity] = [.trace, .debug, .info, .warn, .error, .fatal]
        #expect(constants.map(\.number) == [1, 5, 9, 13, 17, 21])
        #expect(constants.map(\.text) == ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"])
        #expect(constants == constants.sorted())
    }

    @Test(arguments: [0, 25, -1, Int.max, Int.min])
    func numbersOutsideTheRangeAreRejected(number: Int) {
        #expect {
            _ = try Severity(number: number)
        } throws: { error in
            (error as? SeverityError)?.code == .outOfRange
                && (error as? SeverityError)?.message.hasPrefix("severity number \(number) is outside 1...24") == true
        }
    }

    @Test func clampingKeepsNumbersInRange() {
        #expect(Severity(clamping: 0) == .trace)
        #expect(Severity(clamping: 99) == Severity(unchecked: 24))
        #expect(Severity(clamping: 10).number == 10)
    }

    @Test(arguments: [
        ("INFO", 9), ("info", 9), ("Info", 9), (" info ", 9), ("warning", 13), ("WARN", 13), ("trace", 1),
        ("debug", 5), ("error", 17), ("fatal", 21), ("critical", 21), ("9", 9), ("24", 24), ("1", 1),
    ])
    func levelNamesAndNumbersParse(name: String, number: Int) throws {
        #expect(try Severity(parsing: name).number == number)
    }

    @Test func unknownLevelNameIsAClearError() {
        #expect {
            _ = try Severity(parsing: "verbose")
        } throws: { error in
            guard let error = error as? SeverityError else { return false }
            return error.code == .unknownName
                && error.message
                    == #"unknown severity name "verbose"; expected one of TRACE, DEBUG, INFO, WARN, WARNING, "#
                    + "ERROR, FATAL, CRITICAL (any case) or a number from 1 to 24"
        }
    }

    @Test func numericLevelOutOfRangeIsRejected() {
        #expect(throws: SeverityError.self) { try Severity(parsing: "25") }
    }

    @Test func descriptionShowsIntermediateNumbers() {
        #expect(Severity.info.description == "INFO")
        #expect(Severity(clamping: 10).description == "INFO(10)")
    }
}
