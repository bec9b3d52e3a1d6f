#include "engine/trace/chunk_memory.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <new>

namespace il::trace {

// With 4 KiB pages a fault every 128 events was most of an event's ~21 ns (the native
// executor's traced lock pair cost 9x a bare mutex); with a huge page it is one fault per chunk.
// Where the kernel gives no huge pages, the chunk faults in 4 KiB at a time.
void* mapChunk() {
    // Twice the size, then the unaligned ends are given back.
    void* raw = ::mmap(nullptr, 2 * kChunkBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) throw std::bad_alloc();
    auto start = reinterpret_cast<uintptr_t>(raw);
    uintptr_t aligned = (start + kChunkBytes - 1) & ~(uintptr_t{kChunkBytes} - 1);
    if (aligned > start) ::munmap(raw, aligned - start);
    if (size_t tail = start + 2 * kChunkBytes - (aligned + kChunkBytes)) ::munmap(reinterpret_cast<void*>(aligned + kChunkBytes), tail);
    auto* chunk = reinterpret_cast<void*>(aligned);
    (void)::madvise(chunk, kChunkBytes, MADV_HUGEPAGE);  // a hint: fine if refused
    (void)::madvise(chunk, kChunkBytes, MADV_WIPEONFORK);  // chunk_memory.hpp; a kernel without it copies
    return chunk;
}

void populateChunk(void* chunk) {
#ifdef MADV_POPULATE_WRITE
    if (::madvise(chunk, kChunkBytes, MADV_POPULATE_WRITE) == 0) return;
#endif
    // Kernels before 5.14: one write per page faults it in (zero stays zero for the log).
    static const size_t page = size_t(::sysconf(_SC_PAGESIZE));
    auto* bytes = static_cast<volatile unsigned char*>(chunk);
    for (size_t i = 0; i < kChunkBytes; i += page) bytes[i] = 0;
}

void unmapChunk(void* chunk) { ::munmap(chunk, kChunkBytes); }

void forgoHugePage(void* chunk) { (void)::madvise(chunk, kChunkBytes, MADV_NOHUGEPAGE); }

}  // namespace il::trace
