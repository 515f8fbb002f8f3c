public import DagstackCore

extension Logger {
    /// The event domains the logger itself emits in, which user code may not use.
    public static let reservedEventDomains: [String] = ["dagstack", "operation", "progress"]

    /// Emits an INFO event record: body `<domain>.<name>`, attributes `event.domain` and
    /// `event.name` plus `attributes` (which cannot override the two).
    ///
    /// - Throws: ``EventError`` with code ``EventError/Code/reservedDomain`` for the domains
    ///   `dagstack`, `operation` and `progress` and their subdomains (`dagstack.internal`), which
    ///   belong to the logger's own conventions; ``EventError/Code/emptyName`` for an empty domain
    ///   or name. Nothing is emitted then.
    public func emitEvent(domain: String, name: String, attributes: [String: Value] = [:]) throws(EventError) {
        guard !domain.isEmpty, !name.isEmpty else {
            throw EventError(
                code: .emptyName,
                message: "an event needs a non-empty domain and name (got domain \"\(domain)\", name \"\(name)\")"
            )
        }
        let lowered = domain.lowercased()
        if let reserved = Self.reservedEventDomains.first(where: { lowered == $0 || lowered.hasPrefix($0 + ".") }) {
            throw EventError(
                code: .reservedDomain,
                message: "event domain \"\(domain)\" is reserved: the \"\(reserved)\" domain belongs to the "
                    + "logger's own conventions (operation(name:kind:), progress(...), internal diagnostics); "
                    + "use a domain of your own, such as \"billing\""
            )
        }
        emitEvent(.info, domain: domain, name: name, body: "\(domain).\(name)", attributes: attributes)
    }

    /// Emits an event record of any domain (the conventions helpers' own path).
    func emitEvent(
        _ severity: Severity,
        domain: String,
        name: String,
        body: Value,
        attributes: [String: Value]
    ) {
        var all = attributes
        all["event.domain"] = .string(domain)
        all["event.name"] = .string(name)
        emit(severity, { body }, { all })
    }
}
