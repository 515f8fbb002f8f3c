import Synchronization
import Testing

@testable import Logging

/// The one suite that touches the process-wide bootstrap, through swift-log's `bootstrapInternal`.
@Suite(.serialized)
struct GlobalBootstrapTests {
    @Test func loggersUseTheBootstrappedFactory() {
        let box = RecordingHandler.Box()
        LoggingSystem.bootstrapInternal { _ in RecordingHandler(box: box) }
        defer { LoggingSystem.bootstrapInternal(StreamLogHandler.standardError) }
        let logger = Logger(label: "global")
        logger.info("through bootstrap")
        #expect(box.all.map(\.message) == ["through bootstrap"])
        #expect(LoggingSystem.metadataProvider == nil)
    }

    @Test func systemProviderReachesFactoryAndHandlers() {
        let box = RecordingHandler.Box()
        let system = Logger.MetadataProvider { ["system": "yes"] }
        LoggingSystem.bootstrapInternal(
            { _, provider in
                var handler = RecordingHandler(box: box)
                handler.metadataProvider = provider
                return handler
            },
            metadataProvider: system
        )
        defer { LoggingSystem.bootstrapInternal(StreamLogHandler.standardError) }
        #expect(LoggingSystem.metadataProvider?.get() == ["system": "yes"])
        #expect(Logger(label: "a").metadataProvider?.get() == ["system": "yes"])
        let custom = Logger(label: "b", metadataProvider: Logger.MetadataProvider { ["custom": "1"] })
        #expect(custom.metadataProvider?.get() == ["custom": "1"])
        let viaTwoArgumentFactory = Logger(
            label: "c",
            factory: { _, provider in
                var handler = RecordingHandler(box: box)
                handler.metadataProvider = provider
                return handler
            }
        )
        #expect(viaTwoArgumentFactory.metadataProvider?.get() == ["system": "yes"])
    }

    @Test func bootstrappingTwiceStopsTheProcess() async {
        await #expect(processExitsWith: .failure) {
            LoggingSystem.bootstrap { _ in SwiftLogNoOpLogHandler() }
            LoggingSystem.bootstrap { _ in SwiftLogNoOpLogHandler() }
        }
    }

    @Test func firstBootstrapInAFreshProcessSucceeds() async {
        await #expect(processExitsWith: .success) {
            LoggingSystem.bootstrap({ _, _ in SwiftLogNoOpLogHandler() }, metadataProvider: nil)
            _ = Logger(label: "fresh")
        }
    }

    #if DEBUG
    @Test func settingAProviderOnAHandlerWithoutSupportWarnsOncePerType() {
        struct NoProviderSupport: LogHandler {
            let box: RecordingHandler.Box
            var logLevel: Logger.Level = .trace
            var metadata: Logger.Metadata = [:]
            subscript(metadataKey key: String) -> Logger.Metadata.Value? {
                get { self.metadata[key] }
                set { self.metadata[key] = newValue }
            }
            func log(event: LogEvent) { self.box.events.withLock { $0.append(event) } }
        }
        let box = RecordingHandler.Box()
        var handler = NoProviderSupport(box: box)
        handler.metadataProvider = Logger.MetadataProvider { [:] }
        handler.metadataProvider = Logger.MetadataProvider { [:] }
        #expect(handler.metadataProvider == nil)
        #expect(box.all.count == 1)
        #expect(box.all.first?.level == .warning)
        #expect(
            box.all.first?.message.description.hasPrefix("Attempted to set metadataProvider on NoProviderSupport")
                == true
        )
    }
    #endif
}
