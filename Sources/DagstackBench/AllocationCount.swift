import CAllocationCounter

/// The process's heap allocations so far (malloc, calloc, realloc, the aligned ones), counted by
/// the `CAllocationCounter` interposer linked into this executable.
@inline(__always)
func allocationCount() -> UInt64 {
    dagstack_allocation_count()
}

/// Checks that the interposer sees allocations: a fresh array must move the count, and freeing it
/// must move the free count. Returns a message when it does not.
func checkAllocationCounter() -> String? {
    let allocationsBefore = dagstack_allocation_count()
    let freesBefore = dagstack_free_count()
    var array = [Int](repeating: 7, count: 1000 + Int(allocationsBefore % 3))
    blackHole(array)
    let allocationsAfter = dagstack_allocation_count()
    array = []
    blackHole(array)
    let freesAfter = dagstack_free_count()
    guard allocationsAfter > allocationsBefore else {
        return "allocation counter did not move for a new array (\(allocationsBefore) -> \(allocationsAfter))"
    }
    guard freesAfter > freesBefore else {
        return "free counter did not move for a released array (\(freesBefore) -> \(freesAfter))"
    }
    return nil
}
