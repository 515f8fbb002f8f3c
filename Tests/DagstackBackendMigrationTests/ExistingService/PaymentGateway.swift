import Logging

/// A client that logs through the task-local logger instead of taking one.
struct PaymentGateway {
    func charge(amountCents: Int, currency: String, cardToken: String) async -> Bool {
        await Task.yield()
        Logger.current.info(
            "charging card",
            metadata: [
                "amount_cents": .stringConvertible(amountCents),
                "currency": "\(currency)",
                "card_token": "\(cardToken)",
                "retry": .stringConvertible(false),
            ]
        )
        return true
    }
}
