import Logging

/// A library that takes its logger as a parameter, as swift-log recommends for libraries.
struct Inventory {
    private var logger: Logger
    private let stock: [String: Int]

    init(stock: [String: Int], logger: Logger) {
        self.stock = stock
        self.logger = logger
        self.logger[metadataKey: "component"] = "inventory"
    }

    func reserve(sku: String, quantity: Int) throws(InventoryError) {
        logger.debug("checking stock", metadata: ["sku": "\(sku)"])
        guard let available = stock[sku], available >= quantity else {
            throw .outOfStock(sku: sku, requested: quantity)
        }
        logger.info(
            "reserved",
            metadata: [
                "sku": "\(sku)",
                "quantity": .stringConvertible(quantity),
                "remaining": .stringConvertible(available - quantity),
            ]
        )
    }
}

enum InventoryError: Error, CustomStringConvertible {
    case outOfStock(sku: String, requested: Int)

    var description: String {
        switch self {
        case .outOfStock(let sku, let requested): "only part of \(requested) x \(sku) is in stock"
        }
    }
}
