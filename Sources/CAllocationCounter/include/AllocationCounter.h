#ifndef DAGSTACK_ALLOCATION_COUNTER_H
#define DAGSTACK_ALLOCATION_COUNTER_H

#include <stdint.h>

/// Calls of malloc, calloc, realloc (with a size), posix_memalign, aligned_alloc and memalign
/// made by the whole process since it started.
uint64_t dagstack_allocation_count(void);

/// Calls of free (with a non-null pointer) and realloc to size 0 made since the process started.
uint64_t dagstack_free_count(void);

#endif
