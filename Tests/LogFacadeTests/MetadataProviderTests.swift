import Logging
import Testing

struct MetadataProviderTests {
    @Test func providerSuppliesMetadataWhenAsked() {
        let counter = EvaluationCounter()
        let provider = Logger.MetadataProvider { counter.touch(["request.id": "r-1"]) }
        #expect(counter.value == 0)
        #expect(provider.get() == ["request.id": "r-1"])
        #expect(counter.value == 1)
    }

    @Test func multiplexLaterProvidersWin() {
        let first = Logger.MetadataProvider { ["a": "1", "shared": "first"] }
        let empty = Logger.MetadataProvider { [:] }
        let second = Logger.MetadataProvider { ["b": "2", "shared": "second"] }
        let combined = Logger.MetadataProvider.multiplex([first, empty, second])
        #expect(combined?.get() == ["a": "1", "b": "2", "shared": "second"])
    }
}
