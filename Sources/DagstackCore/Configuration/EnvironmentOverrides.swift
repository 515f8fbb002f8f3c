internal import Foundation

/// The logging settings read from environment variables, with the problems found in them.
///
/// - `LOG_LEVEL`: the root level.
/// - `LOG_LEVEL_<name>`: the level of a logger, `.` written as `_`, matched case-insensitively
///   (`LOG_LEVEL_HTTPX_CLIENT` sets `httpx.client`, and also `HTTPX_client`).
/// - `OTEL_RESOURCE_ATTRIBUTES`: comma-separated `key=value` resource attributes, both sides
///   percent-decoded (W3C Baggage octet rules, as OpenTelemetry specifies).
/// - `OTEL_SERVICE_NAME`: the resource's `service.name`; wins over one in
///   `OTEL_RESOURCE_ATTRIBUTES`.
///
/// A bad value is not fatal: it is left out and described in ``problems``.
struct EnvironmentOverrides: Sendable, Equatable {
    static let levelVariable = "LOG_LEVEL"
    static let loggerLevelPrefix = "LOG_LEVEL_"
    static let resourceVariable = "OTEL_RESOURCE_ATTRIBUTES"
    static let serviceNameVariable = "OTEL_SERVICE_NAME"

    var rootLevel: Severity?
    /// By ``LevelResolution/environmentKey(_:)``.
    var loggerLevels: [String: Severity] = [:]
    var resourceAttributes: [String: Value] = [:]
    var problems: [Diagnostic] = []

    init(_ environment: [String: String]) {
        for (variable, value) in environment {
            if variable == Self.levelVariable {
                rootLevel = parseLevel(value, variable: variable)
            } else if variable.hasPrefix(Self.loggerLevelPrefix) {
                let name = variable.dropFirst(Self.loggerLevelPrefix.count)
                guard !name.isEmpty, let level = parseLevel(value, variable: variable) else { continue }
                loggerLevels[LevelResolution.environmentKey(name)] = level
            }
        }
        if let attributes = environment[Self.resourceVariable] {
            parseResourceAttributes(attributes)
        }
        if let serviceName = environment[Self.serviceNameVariable] {
            if serviceName.isEmpty {
                problem(Self.serviceNameVariable, "is empty; it is ignored")
            } else {
                resourceAttributes["service.name"] = .string(serviceName)
            }
        }
        problems.sort { $0.key < $1.key }
    }

    private mutating func parseLevel(_ value: String, variable: String) -> Severity? {
        do {
            return try Severity(parsing: value)
        } catch {
            problem(variable, "is not a level and is ignored: \(error.message)")
            return nil
        }
    }

    private mutating func parseResourceAttributes(_ text: String) {
        for (index, entry) in text.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let trimmed = entry.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let equals = trimmed.firstIndex(of: "=") else {
                problem(Self.resourceVariable, "entry \(index) \"\(trimmed)\" has no '='; it is ignored")
                continue
            }
            let rawKey = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            let rawValue = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard let key = PercentDecoding.decode(rawKey), !key.isEmpty else {
                problem(
                    Self.resourceVariable,
                    "entry \(index) \"\(trimmed)\" has an empty or badly encoded key; it is ignored"
                )
                continue
            }
            guard let value = PercentDecoding.decode(rawValue) else {
                problem(
                    Self.resourceVariable,
                    "entry \(index) \"\(trimmed)\" has a badly percent-encoded value; it is ignored"
                )
                continue
            }
            resourceAttributes[key] = .string(value)
        }
    }

    private mutating func problem(_ variable: String, _ text: String) {
        problems.append(
            Diagnostic(
                key: "config.environment:\(variable)",
                severity: .warn,
                message: "environment variable \(variable) \(text)",
                attributes: ["env.variable": .string(variable)]
            )
        )
    }
}
