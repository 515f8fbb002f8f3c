import Glibc

/// A pseudo-terminal pair opened through `/dev/ptmx`, for code that checks `isatty`.
struct PseudoTerminal {
    let controller: Int32
    let terminal: Int32

    // Linux x86_64/arm64 ioctl numbers: TIOCSPTLCK = _IOW('T', 0x31, int), TIOCGPTN = _IOR('T', 0x30, unsigned).
    private static let unlock: UInt = 0x4004_5431
    private static let number: UInt = 0x8004_5430

    /// Opens a pair, or returns `nil` when the system has no pseudo-terminals.
    static func open() -> PseudoTerminal? {
        let controller = Glibc.open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard controller >= 0 else { return nil }
        var locked: Int32 = 0
        var index: UInt32 = 0
        guard ioctl(controller, unlock, &locked) == 0, ioctl(controller, number, &index) == 0 else {
            Glibc.close(controller)
            return nil
        }
        let terminal = Glibc.open("/dev/pts/\(index)", O_RDWR | O_NOCTTY)
        guard terminal >= 0 else {
            Glibc.close(controller)
            return nil
        }
        return PseudoTerminal(controller: controller, terminal: terminal)
    }

    func close() {
        Glibc.close(terminal)
        Glibc.close(controller)
    }
}
