import DagstackBackend
import Logging

// The code of MIGRATING.md, "From Puppy": the "after" side only (Puppy is not a dependency).
// Compiled, never run.
enum FromPuppy {
    static func after() throws {
        try DagstackBackend.bootstrap(
            rootLevel: "TRACE",
            sinks: [
                ConsoleSink(minSeverity: .info),
                try FileSink(path: "/var/log/app/app.log", maxBytes: 10 << 20, keep: 3),
            ]
        )
    }
}
