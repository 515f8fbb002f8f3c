// The module `Logging`: code written for swift-log's `import Logging` compiles unchanged against the
// facade, including module-qualified names such as `Logging.Logger`.
@_exported public import LogFacade
