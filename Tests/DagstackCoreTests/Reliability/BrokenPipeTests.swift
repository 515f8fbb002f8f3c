import Foundation
import Glibc
import Testing

@testable import DagstackCore

/// Logging to a pipe whose reader went away: `write` fails with EPIPE, which a default process
/// turns into a fatal SIGPIPE. The logger must survive, count the loss, and leave the process's
/// signal dispositions alone. Each case runs in a child process with SIGPIPE at its default.
struct BrokenPipeTests {
    @Test
    func aConsoleSinkOnAPipeWithoutReaderCountsTheLossAndTheProcessSurvives() async {
        await #expect(processExitsWith: .success) {
            typealias C = ChildChecks
            signal(SIGPIPE, SIG_DFL)
            var fds: [Int32] = [0, 0]
            C.check(pipe(&fds) == 0, 2)
            close(fds[0])
            let (channel, captured) = FileFixtures.quietChannel()
            let sink = ConsoleSink(
                mode: .json,
                stream: ConsoleStream(fileDescriptor: fds[1]),
                minSeverity: .trace,
                delivery: DeliveryOptions(),
                environment: [:],
                diagnostics: channel
            )
            let memory = InMemorySink()
            let fanOut = SinkFanOut([sink, memory])
            for number in 0..<25 { fanOut.emit(FileFixtures.record(number)) }
            // (Whether close reports the failure depends on whether the worker wrote before it
            // began; the counters and the diagnostic are the record.)
            _ = fanOut.close(timeout: .seconds(5))
            C.check(sink.counters?.droppedSinkError == 25, 4)
            C.check(C.balanced(sink.counters), 5)
            C.check(memory.counters?.delivered == 25, 6)
            C.check(eventually { captured.lines.contains { $0.contains("Broken pipe") } }, 7)
            C.check(C.isDefaultDisposition(SIGPIPE), 8)
        }
    }

    @Test
    func theInternalChannelWritingToAClosedStandardErrorDoesNotKillTheProcess() async {
        await #expect(processExitsWith: .success) {
            typealias C = ChildChecks
            signal(SIGPIPE, SIG_DFL)
            var fds: [Int32] = [0, 0]
            C.check(pipe(&fds) == 0, 2)
            close(fds[0])
            let savedStandardError = dup(STDERR_FILENO)
            C.check(dup2(fds[1], STDERR_FILENO) == STDERR_FILENO, 3)
            let channel = InternalChannel()
            for number in 0..<3 {
                channel.report(Diagnostic(key: "test.broken_pipe.\(number)", severity: .error, message: "m"))
            }
            _ = dup2(savedStandardError, STDERR_FILENO)
            var pending = sigset_t()
            sigpending(&pending)
            C.check(sigismember(&pending, SIGPIPE) == 0, 4)
            // The caller's thread mask is restored: SIGPIPE is not left blocked.
            var mask = sigset_t()
            C.check(pthread_sigmask(SIG_SETMASK, nil, &mask) == 0 && sigismember(&mask, SIGPIPE) == 0, 6)
            C.check(C.isDefaultDisposition(SIGPIPE), 5)
        }
    }
}
