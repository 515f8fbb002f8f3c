extension FileSink {
    /// Test and benchmark hook: the worker stops taking batches until ``releaseWorker()``, as if
    /// the disk stalled; records keep arriving in the bounded queue and overflow by its policy.
    package func holdWorker() {
        engine.holdWorker()
    }

    /// Test and benchmark hook: lets a held worker take batches again.
    package func releaseWorker() {
        engine.releaseWorker()
    }
}
