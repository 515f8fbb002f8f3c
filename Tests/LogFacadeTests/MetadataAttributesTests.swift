import Logging
import Testing

struct MetadataAttributesTests {
    enum Privacy: Int64, Logger.MetadataValueAttributes.Attribute {
        case `public` = 0
        case `private` = 1
    }

    enum Retention: Int64, Logger.MetadataValueAttributes.Attribute {
        case short = 1
        case long = 2
    }

    enum Tier: Int64, Logger.MetadataValueAttributes.Attribute {
        case gold = 7
    }

    @Test func setGetReplaceAndRemove() {
        var attributes = Logger.MetadataValueAttributes()
        #expect(attributes[Privacy.self] == nil)
        attributes[Privacy.self] = .private
        attributes[Retention.self] = .short
        attributes[Tier.self] = .gold
        #expect(attributes[Privacy.self] == .private)
        #expect(attributes[Retention.self] == .short)
        attributes[Retention.self] = .long
        #expect(attributes[Retention.self] == .long)
        attributes[Privacy.self] = nil
        #expect(attributes[Privacy.self] == nil)
        #expect(attributes[Retention.self] == .long)
        #expect(attributes[Tier.self] == .gold)
        attributes[Tier.self] = nil
        attributes[Retention.self] = nil
        #expect(attributes == Logger.MetadataValueAttributes())
    }

    @Test func equalityIgnoresOrder() {
        var first = Logger.MetadataValueAttributes()
        first[Privacy.self] = .private
        first[Retention.self] = .short
        var second = Logger.MetadataValueAttributes()
        second[Retention.self] = .short
        second[Privacy.self] = .private
        #expect(first == second)
        second[Retention.self] = .long
        #expect(first != second)
        let literal: Logger.MetadataValueAttributes = [Retention.short, Privacy.private]
        #expect(literal == first)
    }

    @Test func interpolationCarriesAttributes() {
        let userID = 17
        let value: Logger.MetadataValue = "user \(userID, attributes: [Privacy.private])"
        #expect(value.description == "user 17")
        #expect(value.attributes[Privacy.self] == .private)
        let viaClosure: Logger.MetadataValue = "\(userID, attributes: { $0[Retention.self] = .long })"
        #expect(viaClosure.attributes[Retention.self] == .long)
        let merged: Logger.MetadataValue =
            "\(1, attributes: [Privacy.public]) \(2, attributes: [Privacy.private, Retention.short])"
        #expect(merged.attributes[Privacy.self] == .private)
        #expect(merged.attributes[Retention.self] == .short)
        let plain: Logger.MetadataValue = "\(userID)"
        #expect(plain.attributes == Logger.MetadataValueAttributes())
        guard case .string = plain else {
            Issue.record("interpolation without attributes must stay a string")
            return
        }
    }

    @Test func settingAttributesKeepsTheText() {
        var value: Logger.MetadataValue = "secret"
        value.attributes[Privacy.self] = .private
        #expect(value.description == "secret")
        #expect(value.attributes[Privacy.self] == .private)
        // An attributed value is a `.stringConvertible` carrying the same text.
        #expect(value == .stringConvertible("secret"))
        #expect(value != .string("secret"))
        let attributed = Logger.MetadataValue.attributed(3.5, attributes: [Tier.gold])
        #expect(attributed.description == "3.5")
        #expect(attributed.attributes[Tier.self] == .gold)
    }

    @Test func containersCarryNoAttributes() {
        var value: Logger.MetadataValue = ["a", "b"]
        value.attributes = [Privacy.private]
        #expect(value.attributes[Privacy.self] == nil)
        #expect(value == ["a", "b"])
    }

    @Test func interpolationOfOptionalsUsesDefault() {
        let missing: Int? = nil
        let present: Int? = 5
        let value: Logger.MetadataValue = "\(missing, default: "none")/\(present, default: "none")"
        #expect(value.description == "none/5")
    }
}
