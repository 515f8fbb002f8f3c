import DagstackTestSupport
import Testing

@testable import DagstackCore

struct RotationStateMachineTests {
    @Test
    func rotatesBeforeTheLineThatWouldPassTheLimit() {
        var machine = RotationStateMachine(maxBytes: 10, keep: 2, liveSize: 0)
        #expect(machine.admit(lineLength: 4) == .append)
        #expect(machine.admit(lineLength: 6) == .append)
        #expect(machine.liveSize == 10)
        #expect(machine.admit(lineLength: 1) == .rotateThenAppend)
        #expect(machine.liveSize == 1)
    }

    @Test
    func zeroMaxBytesNeverRotates() {
        var machine = RotationStateMachine(maxBytes: 0, keep: 3, liveSize: 1 << 40)
        for _ in 0..<100 { #expect(machine.admit(lineLength: 1 << 20) == .append) }
    }

    @Test
    func anOversizeLineGoesAloneIntoAFreshFileWithoutLooping() {
        var machine = RotationStateMachine(maxBytes: 10, keep: 1, liveSize: 3)
        #expect(machine.admit(lineLength: 25) == .rotateThenAppend)
        #expect(machine.liveSize == 25)
        #expect(machine.admit(lineLength: 2) == .rotateThenAppend)
        #expect(machine.admit(lineLength: 2) == .append)
    }

    @Test
    func anOversizeLineIntoAnEmptyFileIsAppendedWithoutRotation() {
        var machine = RotationStateMachine(maxBytes: 10, keep: 1, liveSize: 0)
        #expect(machine.admit(lineLength: 25) == .append)
        #expect(machine.admit(lineLength: 1) == .rotateThenAppend)
    }

    @Test
    func resumesTheSizeOfAnExistingFile() {
        var machine = RotationStateMachine(maxBytes: 1024 * 1024, keep: 5, liveSize: 900 * 1024)
        #expect(machine.admit(lineLength: 100 * 1024) == .append)
        #expect(machine.admit(lineLength: 24 * 1024) == .append)
        #expect(machine.admit(lineLength: 1) == .rotateThenAppend)
    }

    @Test(arguments: [1, 2, 5, 40])
    func seededLinesNeverOverfillAFileAndEveryFileGetsALine(maxLine: Int) {
        var generator = SplitMix64(seed: UInt64(maxLine))
        let maxBytes: UInt64 = 64
        var machine = RotationStateMachine(maxBytes: maxBytes, keep: 3, liveSize: 0)
        var fileSizes: [UInt64] = [0]
        for _ in 0..<5000 {
            let length = Int(generator.next() % UInt64(maxLine * 4)) + 1
            if machine.admit(lineLength: length) == .rotateThenAppend {
                #expect(fileSizes.last ?? 0 > 0)
                fileSizes.append(0)
            }
            fileSizes[fileSizes.count - 1] += UInt64(length)
            #expect(machine.liveSize == fileSizes.last)
        }
        // A file is over the limit only when it holds one oversize line.
        #expect(fileSizes.allSatisfy { $0 <= maxBytes || $0 <= UInt64(maxLine * 4) })
    }

    @Test
    func archivingShiftsFromTheOldestAndDropsBeyondKeep() {
        #expect(
            RotationStateMachine.archiveOperations(path: "/l/a.log", keep: 3) == [
                .remove("/l/a.log.3"),
                .rename(from: "/l/a.log.2", to: "/l/a.log.3"),
                .rename(from: "/l/a.log.1", to: "/l/a.log.2"),
                .rename(from: "/l/a.log", to: "/l/a.log.1"),
            ]
        )
        #expect(
            RotationStateMachine.archiveOperations(path: "/l/a.log", keep: 1) == [
                .remove("/l/a.log.1"), .rename(from: "/l/a.log", to: "/l/a.log.1"),
            ]
        )
    }

    @Test
    func keepZeroDeletesTheLiveFileAtOnce() {
        #expect(RotationStateMachine.archiveOperations(path: "/l/a.log", keep: 0) == [.remove("/l/a.log")])
    }
}
