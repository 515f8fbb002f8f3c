/// Records grouped by resource, then by scope, in order of first appearance, as
/// `ExportLogsServiceRequest` nests them.
struct OTLPGrouping {
    struct ScopeGroup {
        var scope: InstrumentationScope?
        var records: [LogRecord]
    }

    struct ResourceGroup {
        var resource: Resource?
        var scopes: [ScopeGroup]
    }

    private(set) var resources: [ResourceGroup] = []

    init(_ records: some Collection<LogRecord>) {
        // Consecutive records usually share both, so the last group is tried first.
        for record in records {
            let resource = record.resource?.attributes.isEmpty == false ? record.resource : nil
            let resourceIndex =
                resources.indices.last.flatMap { resources[$0].resource == resource ? $0 : nil }
                ?? resources.firstIndex { $0.resource == resource }
                ?? append(ResourceGroup(resource: resource, scopes: []))
            let scopes = resources[resourceIndex].scopes
            if let scopeIndex = scopes.indices.last.flatMap({
                scopes[$0].scope == record.instrumentationScope ? $0 : nil
            })
                ?? scopes.firstIndex(where: { $0.scope == record.instrumentationScope })
            {
                resources[resourceIndex].scopes[scopeIndex].records.append(record)
            } else {
                resources[resourceIndex].scopes.append(
                    ScopeGroup(scope: record.instrumentationScope, records: [record])
                )
            }
        }
    }

    private mutating func append(_ group: ResourceGroup) -> Int {
        resources.append(group)
        return resources.count - 1
    }
}
