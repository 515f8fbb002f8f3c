@_exported public import LogFacade
