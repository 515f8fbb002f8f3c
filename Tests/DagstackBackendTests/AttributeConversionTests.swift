import DagstackBackend
import Logging
import Testing

struct AttributeConversionTests {
    @Test
    func bodyIsTheMessageAndScopeIsTheLabel() throws {
        let pipeline = TestPipeline()
        pipeline.logger("orders.api").info("order \(42) placed")
        let record = try #require(pipeline.onlyRecord)
        #expect(record.body == .string("order 42 placed"))
        #expect(record.instrumentationScope == InstrumentationScope(name: "orders.api"))
        #expect(record.traceID == nil)
        #expect(record.timeUnixNano > 1_700_000_000_000_000_000)
    }

    @Test
    func stringConvertibleValuesKeepTheirTypes() throws {
        let pipeline = TestPipeline(includeCodeLocation: false)
        pipeline.logger().info(
            "typed",
            metadata: [
                "string": "text",
                "int": .stringConvertible(42),
                "int8": .stringConvertible(Int8(-8)),
                "int16": .stringConvertible(Int16(-16)),
                "int32": .stringConvertible(Int32(-32)),
                "int64": .stringConvertible(Int64.min),
                "uint": .stringConvertible(UInt(7)),
                "uint8": .stringConvertible(UInt8(255)),
                "uint16": .stringConvertible(UInt16(16)),
                "uint32": .stringConvertible(UInt32.max),
                "uint64.small": .stringConvertible(UInt64(Int64.max)),
                "uint64.big": .stringConvertible(UInt64.max),
                "double": .stringConvertible(2.5),
                "float": .stringConvertible(Float(0.1)),
                "bool": .stringConvertible(true),
                "boxed.string": .stringConvertible("boxed"),
                "other": .stringConvertible(Coordinates()),
                "interpolated": "\(7)",
            ]
        )
        let attributes = try #require(pipeline.onlyRecord).attributes
        #expect(attributes["string"] == .string("text"))
        #expect(attributes["int"] == .int(42))
        #expect(attributes["int8"] == .int(-8))
        #expect(attributes["int16"] == .int(-16))
        #expect(attributes["int32"] == .int(-32))
        #expect(attributes["int64"] == .int(-9_223_372_036_854_775_808))
        #expect(attributes["uint"] == .int(7))
        #expect(attributes["uint8"] == .int(255))
        #expect(attributes["uint16"] == .int(16))
        #expect(attributes["uint32"] == .int(4_294_967_295))
        #expect(attributes["uint64.small"] == .int(9_223_372_036_854_775_807))
        #expect(attributes["uint64.big"] == .string("18446744073709551615"))
        #expect(attributes["double"] == .double(2.5))
        #expect(attributes["float"] == .double(0.1))
        #expect(attributes["bool"] == .bool(true))
        #expect(attributes["boxed.string"] == .string("boxed"))
        #expect(attributes["other"] == .string("52.5N 13.4E"))
        #expect(attributes["interpolated"] == .string("7"))
        // Only the metadata and code.namespace: nothing else is added with code location off.
        #expect(attributes.count == 19)
    }

    @Test
    func dictionariesAndArraysStayNested() throws {
        let pipeline = TestPipeline(includeCodeLocation: false)
        pipeline.logger().info(
            "nested",
            metadata: [
                "order": [
                    "id": .stringConvertible(7),
                    "lines": [
                        ["sku": "A-1", "qty": .stringConvertible(2)], ["sku": "B-2", "qty": .stringConvertible(1)],
                    ],
                    "tags": ["new", .stringConvertible(false)],
                ],
                "empty.map": [:],
                "empty.array": [],
            ]
        )
        let attributes = try #require(pipeline.onlyRecord).attributes
        let expected: Value = .map([
            "id": .int(7),
            "lines": .array([
                .map(["sku": .string("A-1"), "qty": .int(2)]),
                .map(["sku": .string("B-2"), "qty": .int(1)]),
            ]),
            "tags": .array([.string("new"), .bool(false)]),
        ])
        #expect(attributes["order"] == expected)
        #expect(attributes["empty.map"] == .map([:]))
        #expect(attributes["empty.array"] == .array([]))
    }

    @Test
    func codeLocationComesFromTheCallSite() throws {
        let pipeline = TestPipeline()
        let line = #line + 1
        pipeline.logger().warning("here")
        let attributes = try #require(pipeline.onlyRecord).attributes
        #expect(attributes["code.filepath"] == .string("DagstackBackendTests/AttributeConversionTests.swift"))
        #expect(attributes["code.function"] == .string("codeLocationComesFromTheCallSite()"))
        #expect(attributes["code.lineno"] == .int(Int64(line)))
        #expect(attributes["code.namespace"] == .string("DagstackBackendTests"))
        #expect(attributes.count == 4)
    }

    @Test
    func theNamespaceFollowsEachCallsFileWhateverCameBefore() throws {
        let pipeline = TestPipeline()
        let logger = pipeline.logger()
        // Files as literals, as built at run time (equal bytes, other storage), without a module
        // part, and interleaved with an explicit source, all on one thread.
        let billing = "Billing/Invoice.swift"
        let built = String(decoding: Array("Shipping/Label.swift".utf8), as: UTF8.self)
        let calls: [(file: String, source: String?, namespace: String)] = [
            ("", nil, "n/a"), (billing, nil, "Billing"), (billing, nil, "Billing"), (built, nil, "Shipping"),
            (billing, nil, "Billing"), (billing, "audit", "audit"), (billing, nil, "Billing"),
            ("NoModule.swift", nil, "n/a"), (String(decoding: Array(billing.utf8), as: UTF8.self), nil, "Billing"),
            (built, nil, "Shipping"),
        ]
        for call in calls {
            logger.info("m", source: call.source, file: call.file)
        }
        let namespaces = pipeline.sink.records().map { $0.attributes["code.namespace"] }
        #expect(namespaces == calls.map { .string($0.namespace) })
    }

    @Test
    func explicitSourceIsTheNamespace() throws {
        let pipeline = TestPipeline()
        pipeline.logger().info("m", source: "billing")
        #expect(try #require(pipeline.onlyRecord).attributes["code.namespace"] == .string("billing"))
    }

    @Test
    func codeLocationCanBeSwitchedOff() throws {
        let pipeline = TestPipeline(includeCodeLocation: false)
        pipeline.logger().info("m")
        #expect(try #require(pipeline.onlyRecord).attributes == ["code.namespace": .string("DagstackBackendTests")])
    }

    @Test
    func codeLocationCanBeSwitchedOffOnOneHandler() throws {
        let pipeline = TestPipeline()
        var logger = pipeline.logger()
        let handler = try #require(logger.handler as? DagstackLogHandler)
        var quiet = handler
        quiet.includeCodeLocation = false
        logger.handler = quiet
        logger.info("m")
        #expect(try #require(pipeline.onlyRecord).attributes.keys.sorted() == ["code.namespace"])
    }

    @Test
    func anErrorBecomesExceptionAttributes() throws {
        let pipeline = TestPipeline(includeCodeLocation: false)
        pipeline.logger().error("payment failed", error: OrderError(orderID: 7))
        let attributes = try #require(pipeline.onlyRecord).attributes
        #expect(attributes["exception.type"] == .string("DagstackBackendTests.OrderError"))
        #expect(attributes["exception.message"] == .string("order 7 was rejected"))
        #expect(attributes.count == 3)
    }

    @Test
    func callSiteMetadataWinsOverBindingAttributes() throws {
        let pipeline = TestPipeline()
        pipeline.logger().info("m", metadata: ["code.namespace": "mine"])
        #expect(try #require(pipeline.onlyRecord).attributes["code.namespace"] == .string("mine"))
    }
}
