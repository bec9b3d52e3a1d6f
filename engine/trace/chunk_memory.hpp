#pragma once
// The memory a TraceLog keeps its events in: 2 MiB chunks, 2 MiB-aligned and marked for
// transparent huge pages. TraceLog maps its own; a ChunkSupply maps them ahead on a helper thread.

#include <cstddef>

namespace il::trace {

inline constexpr size_t kChunkBytes = size_t{2} << 20;

// mapChunk() maps a fresh chunk (its pages are faulted in on first touch); throws std::bad_alloc.
[[nodiscard]] void* mapChunk();
// populateChunk() faults every page of `chunk` in now, writable, so that writes to it later
// never wait for the kernel to zero a page.
void populateChunk(void* chunk);
void unmapChunk(void* chunk);

}  // namespace il::trace
