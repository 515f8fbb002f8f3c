// The swift-log 1.16 API, reimplemented. See Logger.swift.
