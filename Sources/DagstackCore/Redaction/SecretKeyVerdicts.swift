/// One thread's memory of which attribute keys are secret under the redaction policies in force.
///
/// A call site logs the same literal keys on every call, and matching a key against the secret
/// suffixes costs about a hundred instructions; looking it up here costs a few. Keys are found by
/// identity (``Swift/String/isIdentical(to:)``): the same string value, not merely an equal one, so
/// a hit is proof of the same bytes and needs no hashing of the contents. A remembered key is kept
/// (retained), so its storage cannot be freed and reused by another string while it is here.
/// A key built afresh on each call misses and is matched as before.
///
/// A table of 128 slots per ``SuffixMatcher``, each key with two possible places by its bits; up to
/// 4 tables, so a thread logging through loggers of different registries (different policies)
/// alternately does not start over on each record. Owned by one thread's ``PipelineThreadState``.
struct SecretKeyVerdicts {
    /// 128 slots a table; a key's two positions are two 7-bit fields of its identity hash.
    static let slotBits = 7
    static let slotCount = 1 << slotBits
    static let tableCount = 4

    private struct Slot {
        var key: String
        var isSecret: Bool
        /// Hit since it was stored, or since its neighbour was last evicted.
        var used: Bool
    }

    private struct Table {
        /// The matcher the verdicts are of; kept, so the identity of its storage stays meaningful.
        var matcher: SuffixMatcher
        let slots: UnsafeMutablePointer<Slot>
    }

    private var tables: [Table] = []
    /// The table of the matcher last passed to ``use(_:)``.
    private var active: Int?
    private var nextReplaced = 0

    init() {}

    /// Makes the verdicts those of `matcher`; call before a run of ``isSecret(_:under:)`` with it.
    @inline(__always)
    mutating func use(_ matcher: SuffixMatcher) {
        if let active, tables[active].matcher.isSameMatcher(as: matcher) {
            return
        }
        activate(matcher)
    }

    /// Whether `key` is secret under `matcher`, the one last passed to ``use(_:)``: remembered,
    /// or matched and remembered.
    ///
    /// A key has two possible slots (two positions from its bits), so keys of one call site that
    /// share a position do not evict each other on every record. A hit marks its slot as used; a
    /// new key takes a slot not used since the last eviction there (the first, when both were).
    @inline(__always)
    mutating func isSecret(_ key: String, under matcher: SuffixMatcher) -> Bool {
        guard let active else { return matcher.matches(key) }
        let slots = tables[active].slots
        let hash = key.identityHash
        let first = slots + Int(truncatingIfNeeded: hash >> (64 - Self.slotBits))
        if first.pointee.key.isIdentical(to: key) {
            first.pointee.used = true
            return first.pointee.isSecret
        }
        let second = slots + Int(truncatingIfNeeded: (hash >> (64 - 2 * Self.slotBits)) & UInt64(Self.slotCount - 1))
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

    /// Makes the table of `matcher` the active one: the table of the same matcher or of an equal
    /// one (built separately, the same suffixes), else a new table, replacing the oldest of
    /// ``tableCount``.
    @inline(never)
    private mutating func activate(_ matcher: SuffixMatcher) {
        if let index = tables.firstIndex(where: { $0.matcher.isSameMatcher(as: matcher) || $0.matcher == matcher }) {
            // Kept as this one, so the next record is recognised by identity.
            tables[index].matcher = matcher
            active = index
            return
        }
        let slots = UnsafeMutablePointer<Slot>.allocate(capacity: Self.slotCount)
        // The empty string is never secret (every suffix has a byte), so it marks a free slot.
        slots.initialize(repeating: Slot(key: "", isSecret: false, used: false), count: Self.slotCount)
        let table = Table(matcher: matcher, slots: slots)
        if tables.count < Self.tableCount {
            tables.append(table)
            active = tables.count - 1
        } else {
            Self.free(tables[nextReplaced])
            tables[nextReplaced] = table
            active = nextReplaced
            nextReplaced = (nextReplaced + 1) % Self.tableCount
        }
    }

    /// Forgets every verdict and frees the tables.
    mutating func release() {
        for table in tables {
            Self.free(table)
        }
        tables = []
        active = nil
        nextReplaced = 0
    }

    private static func free(_ table: Table) {
        table.slots.deinitialize(count: slotCount)
        table.slots.deallocate()
    }
}
