#pragma once
// The memory a TraceLog keeps its events in: 2 MiB chunks, 2 MiB-aligned and marked for
// transparent huge pages. TraceLog maps its own; a ChunkSupply maps them ahead on a helper thread.
//
// A forked process sees its chunks zeroed (MADV_WIPEONFORK): a native run's child records only
// its own events, after the fork, and never reads its parent's. So fork() copies none of their
// page tables (a chunk the parent wrote after an earlier fork is 512 small pages: ~10 us of every
// later fork, each chunk), and the parent's next write to each page is no copy-on-write fault.

#include <cstddef>

namespace il::trace {

inline constexpr size_t kChunkBytes = size_t{2} << 20;

// mapChunk() maps a fresh chunk (its pages are faulted in on first touch); throws std::bad_alloc.
[[nodiscard]] void* mapChunk();
// populateChunk() faults every page of `chunk` in now, writable, so that writes to it later
// never wait for the kernel to zero a page.
void populateChunk(void* chunk);
void unmapChunk(void* chunk);
// forgoHugePage() keeps `chunk` in small pages: a forked child writing a few events to the chunk
// it was forked with would otherwise get a whole huge page zeroed for them (~100 us).
void forgoHugePage(void* chunk);

}  // namespace il::trace
