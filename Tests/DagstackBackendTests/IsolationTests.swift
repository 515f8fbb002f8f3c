import DagstackBackend
import Logging
import Testing

struct IsolationTests {
    /// Many pipelines logging at once, under the same label: each sink holds exactly its own records.
    @Test
    func parallelPipelinesNeverSeeEachOthersRecords() async {
        let pipelines = (0..<16).map { _ in TestPipeline(includeCodeLocation: false) }
        await withTaskGroup(of: Void.self) { group in
            for (index, pipeline) in pipelines.enumerated() {
                group.addTask {
                    let logger = pipeline.logger("shared.label")
                    for sequence in 0..<200 {
                        logger.info(
                            "record",
                            metadata: ["pipeline": .stringConvertible(index), "seq": .stringConvertible(sequence)]
                        )
                    }
                }
            }
        }
        for (index, pipeline) in pipelines.enumerated() {
            let records = pipeline.sink.records()
            #expect(records.count == 200)
            #expect(records.allSatisfy { $0.attributes["pipeline"] == .int(Int64(index)) })
            #expect(records.map { $0.attributes["seq"] } == (0..<200).map { .int(Int64($0)) })
        }
    }

    @Test
    func aFactoryTouchesNoGlobalState() {
        let sink = InMemorySink()
        let logger = Logger(label: "isolated", factory: DagstackLogHandler.factory(sinks: [sink]))
        logger.info("m")
        #expect(sink.count == 1)
        #expect(!LoggerRegistry.shared.sinkIDs.contains(sink.id))
    }
}
