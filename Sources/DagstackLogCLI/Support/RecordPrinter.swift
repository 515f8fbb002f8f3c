import DagstackCore

/// Decodes lines, filters and pretty-prints them; reports bad lines with file and line number.
final class RecordPrinter {
    let formatter: PrettyFormatter
    let filter: RecordFilter
    private let plain = PrettyFormatter(colors: false)
    private var output: [UInt8] = []

    init(formatter: PrettyFormatter, filter: RecordFilter) {
        self.formatter = formatter
        self.filter = filter
        self.output.reserveCapacity(64 * 1024)
    }

    /// Handles one line of `file`; `number` is 1-based.
    func handle(_ line: [UInt8], file: String, number: Int) {
        if line.isEmpty { return }
        let record: LogRecord
        do throws(WireDecodingError) {
            record = try JSONLinesDecoder.decode(line)
        } catch {
            self.flush()
            Terminal.standardError.write("dagstack-log view: warning: \(file):\(number): \(error.message)\n")
            return
        }
        guard self.filter.admits(record) else { return }
        let start = self.output.count
        self.formatter.format(record, into: &self.output)
        if self.filter.text != nil {
            // The text filter reads the line as shown without colours: the line just written
            // when there are none, else a plain rendering of it.
            let displayed =
                self.formatter.colors
                ? self.plain.line(for: record) : String(decoding: self.output[start...], as: UTF8.self)
            guard self.filter.admits(displayed: displayed) else {
                self.output.removeSubrange(start...)
                return
            }
        }
        if self.output.count >= 32 * 1024 { self.flush() }
    }

    func flush() {
        guard !self.output.isEmpty else { return }
        Terminal.standardOutput.write(self.output)
        self.output.removeAll(keepingCapacity: true)
    }
}
