import Foundation
import Logging

// The demo's "existing service": request handlers written only against swift-log's API (`import Logging`).
// Nothing here knows about dagstack; the bootstrap in DemoCommand decides where the records go.

/// One incoming order request.
struct OrderRequest: Sendable {
    var orderID: Int
    var customerID: Int
    var items: Int
    var amountCents: Int
    /// Whether the payment provider declines this order (a failure with an error).
    var declined: Bool
    /// Whether the inventory lookup is slow (a warning).
    var slow: Bool
}

/// The payment provider's refusal.
struct PaymentDeclined: Error, CustomStringConvertible {
    var code: String
    var description: String { "card declined by issuer (\(self.code))" }
}

/// A library component that takes a `Logger` parameter, as swift-log recommends.
struct PaymentClient {
    let logger: Logger

    func charge(_ request: OrderRequest, cardToken: String) throws -> String {
        self.logger.info(
            "payment authorization requested",
            metadata: [
                "order.id": "\(request.orderID)",
                "payment.amount_cents": .stringConvertible(request.amountCents),
                // A secret by its key: the `_token` suffix makes dagstack write "***".
                "payment.card_token": "\(cardToken)",
            ]
        )
        if request.declined {
            throw PaymentDeclined(code: "do_not_honor")
        }
        return "auth-\(request.orderID)"
    }
}

/// The request handler of the order service.
struct OrderHandler {
    let logger: Logger
    let payments: PaymentClient

    init() {
        self.logger = Logger(label: "order-service.http")
        self.payments = PaymentClient(logger: Logger(label: "order-service.payments"))
    }

    /// Handles one order; every record carries the request id through task-local metadata.
    func handle(_ request: OrderRequest) {
        withLogger(self.logger) { _ in
            withLogger(mergingMetadata: ["request.id": "req-\(request.orderID)"]) { logger in
                logger.info(
                    "order received",
                    metadata: [
                        "http.method": "POST",
                        "http.route": "/api/v1/orders",
                        "customer.id": .stringConvertible(request.customerID),
                        "order.items": .stringConvertible(request.items),
                        "session.api_key": "sk_live_demo_\(request.customerID)",
                    ]
                )
                logger.debug("inventory lookup", metadata: ["order.items": .stringConvertible(request.items)])
                if request.slow {
                    logger.warning(
                        "inventory lookup slow",
                        metadata: ["duration_ms": .stringConvertible(850.5), "threshold_ms": .stringConvertible(500)]
                    )
                }
                do {
                    let authorization = try self.payments.charge(request, cardToken: "tok_\(request.customerID)_visa")
                    Logger.current.notice(
                        "order placed",
                        metadata: [
                            "order.id": "\(request.orderID)",
                            "payment.authorization": "\(authorization)",
                            "http.status_code": .stringConvertible(201),
                        ]
                    )
                } catch {
                    Logger.current.error(
                        "order rejected",
                        error: error,
                        metadata: ["order.id": "\(request.orderID)", "http.status_code": .stringConvertible(402)]
                    )
                }
            }
        }
    }
}

/// A long-running operation with progress, logged through the facade with the dagstack conventions
/// (`operation.*`, `progress.*` attributes).
struct CatalogSync {
    let logger = Logger(label: "order-service.catalog")

    func run(batches: Int) {
        let operationID = "op-catalog-sync"
        let started = Date()
        var logger = self.logger
        logger[metadataKey: "operation.name"] = "catalog.sync"
        logger[metadataKey: "operation.id"] = "\(operationID)"
        logger.info("operation started", metadata: ["operation.status": "started"])
        for batch in 1...max(batches, 1) {
            if batch % max(batches / 4, 1) == 0 || batch == batches {
                logger.info(
                    "progress",
                    metadata: [
                        "progress.current": .stringConvertible(batch),
                        "progress.total": .stringConvertible(batches),
                        "progress.unit": "batches",
                    ]
                )
            }
        }
        logger.info(
            "operation completed",
            metadata: [
                "operation.status": "ok",
                "operation.duration_ms": .stringConvertible(Date().timeIntervalSince(started) * 1000),
            ]
        )
    }
}
