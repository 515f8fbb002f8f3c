import Logging

/// The service's entry point, minus its logging bootstrap.
enum ShopApp {
    /// How the service bootstrapped logging before it moved to dagstack.
    static func bootstrapLoggingAsBefore() {
        LoggingSystem.bootstrap(StreamLogHandler.standardError, metadataProvider: RequestContext.metadataProvider)
    }

    static func run() async {
        let logger = Logger(label: "shop")
        logger.info("starting", metadata: ["version": "1.4.2"])
        let service = OrderService()
        await service.handle(OrderRequest(id: "req-1", sku: "A-1", quantity: 2, amountCents: 1999))
        await service.handle(OrderRequest(id: "req-2", sku: "B-2", quantity: 3, amountCents: 500))
        logger.trace("not written at the configured level")
        logger.info("stopping")
    }
}
