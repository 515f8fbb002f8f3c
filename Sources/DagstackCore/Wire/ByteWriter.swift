/// A bounds-checked cursor over spare capacity of a byte array, used by every encoder.
///
/// Writing through a pointer avoids the per-call uniqueness and capacity checks of
/// `Array.append`. Writes past the end are not stored but still counted, so
/// ``ByteWriter/append(to:minimumCapacity:_:)`` can retry once with exactly the needed space.
struct ByteWriter: ~Copyable {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// Bytes written so far, including those that did not fit.
    private(set) var count = 0

    private init(base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    /// Runs `body` with a writer over the spare capacity of `buffer` and keeps what it wrote.
    ///
    /// `body` may run twice (when the first attempt did not fit), so it must be free of side
    /// effects apart from writing.
    @inline(__always)
    static func append<Result>(
        to buffer: inout [UInt8],
        minimumCapacity: Int = 512,
        _ body: (inout ByteWriter) -> Result
    ) -> Result {
        var needed = Swift.max(minimumCapacity, 1)  // an empty spare would have no base address
        while true {
            var outcome: Result?
            buffer.append(addingCapacity: needed) { span in
                span.withUnsafeMutableBufferPointer { spare, initialized in
                    guard let start = spare.baseAddress else { return }
                    var writer = ByteWriter(base: start + initialized, capacity: spare.count - initialized)
                    let result = body(&writer)
                    if writer.count <= writer.capacity {
                        initialized += writer.count
                        outcome = result
                    } else {
                        needed = writer.count
                    }
                }
            }
            if let outcome {
                return outcome
            }
        }
    }

    /// Writes one byte.
    @inline(__always)
    mutating func write(_ byte: UInt8) {
        if count < capacity {
            base[count] = byte
        }
        count += 1
    }

    /// Writes bytes.
    @inline(__always)
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        let length = bytes.count
        if count + length <= capacity, let source = bytes.baseAddress {
            (base + count).update(from: source, count: length)
        }
        count += length
    }

    /// Writes the bytes of a static literal.
    @inline(__always)
    mutating func write(_ literal: StaticString) {
        literal.withUTF8Buffer { write($0) }
    }
}
