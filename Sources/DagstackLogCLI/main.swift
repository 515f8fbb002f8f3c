#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// `dagstack-log`: the demo, a viewer for dagstack JSON-lines files, and a canonicaliser.
// A closed pipe (`dagstack-log view … | head`) must end the tool quietly, not kill it mid-write.
signal(SIGPIPE, SIG_IGN)
exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst())))
