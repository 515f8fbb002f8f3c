import Logging

struct OrderRequest: Sendable {
    var id: String
    var sku: String
    var quantity: Int
    var amountCents: Int
}

/// The service: one logger of its own, request metadata bound for the duration of a request.
struct OrderService {
    private let logger = Logger(label: "shop.orders")
    private let inventory = Inventory(stock: ["A-1": 5, "B-2": 1], logger: Logger(label: "shop.inventory"))
    private let payments = PaymentGateway()

    func handle(_ request: OrderRequest) async {
        await RequestContext.$requestID.withValue(request.id) {
            await withLogger(logger) { _ in
                await withLogger(mergingMetadata: ["route": "POST /orders"]) { logger in
                    logger.info(
                        "order received",
                        metadata: [
                            "order": ["sku": "\(request.sku)", "quantity": .stringConvertible(request.quantity)]
                        ]
                    )
                    do {
                        try inventory.reserve(sku: request.sku, quantity: request.quantity)
                        _ = await payments.charge(
                            amountCents: request.amountCents,
                            currency: "EUR",
                            cardToken: "tok_visa_4242"
                        )
                        logger.notice(
                            "order placed",
                            metadata: ["amount": .stringConvertible(Double(request.amountCents) / 100)]
                        )
                    } catch {
                        logger.error("order failed", error: error)
                    }
                }
            }
        }
    }
}
