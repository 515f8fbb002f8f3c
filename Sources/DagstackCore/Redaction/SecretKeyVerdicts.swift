/// One thread's memory of which attribute keys are secret under the redaction policy in force.
///
/// A call site logs the same literal keys on every call, and matching a key against the secret
/// suffixes costs about a hundred instructions; looking it up here costs a few. Keys are found by
/// identity (``Swift/String/isIdentical(to:)``): the same string value, not merely an equal one, so
/// a hit is proof of the same bytes and needs no hashing of the contents. A remembered key is kept
/// (retained), so its storage cannot be freed and reused by another string while it is here.
/// A key built afresh on each call misses and is matched as before.
///
/// 128 slots, each key with two possible places by its bits; the verdicts are of one
/// ``SuffixMatcher`` (``use(_:)`` with another forgets them). Owned by one thread's ``PipelineThreadState``.
struct SecretKeyVerdicts {
    static let slotCount = 128

    private struct Slot {
        var key: String
        var isSecret: Bool
        /// Hit since it was stored, or since its neighbour was last evicted.
        var used: Bool
    }

    private var slots: UnsafeMutablePointer<Slot>?
    /// The matcher the verdicts are of; kept, so the identity of its storage stays meaningful.
    private var matcher: SuffixMatcher?

    init() {}

    /// Makes the verdicts those of `matcher`, forgetting any of another matcher; call before a
    /// run of ``isSecret(_:under:)`` with the same matcher.
    @inline(__always)
    mutating func use(_ matcher: SuffixMatcher) {
        if slots == nil || !(self.matcher?.isSameMatcher(as: matcher) ?? false) {
            start(with: matcher)
        }
    }

    /// Whether `key` is secret under `matcher`, the one last passed to ``use(_:)``: remembered,
    /// or matched and remembered.
    ///
    /// A key has two possible slots (two positions from its bits), so keys of one call site that
    /// share a position do not evict each other on every record. A hit marks its slot as used; a
    /// new key takes a slot not used since the last eviction there (the first, when both were).
    @inline(__always)
    mutating func isSecret(_ key: String, under matcher: SuffixMatcher) -> Bool {
        guard let slots else { return matcher.matches(key) }
        let hash = key.identityHash
        let first = slots + Int(truncatingIfNeeded: hash >> 57)
        if first.pointee.key.isIdentical(to: key) {
            first.pointee.used = true
            return first.pointee.isSecret
        }
        let second = slots + Int(truncatingIfNeeded: (hash >> 50) & 127)
        if second.pointee.key.isIdentical(to: key) {
            second.pointee.used = true
            return second.pointee.isSecret
        }
        return remember(key, under: matcher, first: first, second: second)
    }

    @inline(never)
    private func remember(
        _ key: String,
        under matcher: SuffixMatcher,
        first: UnsafeMutablePointer<Slot>,
        second: UnsafeMutablePointer<Slot>
    ) -> Bool {
        let isSecret = matcher.matches(key)
        let slot: UnsafeMutablePointer<Slot>
        if !first.pointee.used {
            slot = first
        } else if !second.pointee.used {
            slot = second
        } else {
            second.pointee.used = false
            slot = first
        }
        slot.pointee = Slot(key: key, isSecret: isSecret, used: false)
        return isSecret
    }

    @inline(never)
    private mutating func start(with matcher: SuffixMatcher) {
        release()
        let slots = UnsafeMutablePointer<Slot>.allocate(capacity: Self.slotCount)
        // The empty string is never secret (every suffix has a byte), so it marks a free slot.
        slots.initialize(repeating: Slot(key: "", isSecret: false, used: false), count: Self.slotCount)
        self.slots = slots
        self.matcher = matcher
    }

    /// Forgets every verdict and frees the slots.
    mutating func release() {
        guard let slots else { return }
        slots.deinitialize(count: Self.slotCount)
        slots.deallocate()
        self.slots = nil
        self.matcher = nil
    }
}
