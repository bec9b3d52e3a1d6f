#include "engine/trace/trace_log.hpp"

#include <sys/mman.h>

#include <algorithm>
#include <cstdint>

namespace il::trace {

namespace {

// Chunks are mapped 2 MiB-aligned and marked for transparent huge pages. Filling a log is mostly
// first touches of fresh memory: with 4 KiB pages a fault every 128 events was most of an
// event's ~21 ns (the native executor's traced lock pair cost 9x a bare mutex); with a huge page
// it is one fault per chunk. Where the kernel gives no huge pages, the chunk faults in 4 KiB at a
// time as before.
constexpr size_t kChunkBytes = sizeof(Event) * TraceLog::kChunkEvents;
static_assert(kChunkBytes == size_t{2} << 20, "a chunk is one huge page");

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
    return chunk;
}

void unmapChunk(void* chunk) { ::munmap(chunk, kChunkBytes); }

// The spare chunk of this thread. Trivially destructible, so a log destroyed late in the
// thread's exit (after SpareRelease ran) still finds it usable: its chunk is then freed.
struct Spare {
    void* chunk;
    bool exiting;
};
thread_local constinit Spare t_spare{};

struct SpareRelease {
    bool armed = false;
    ~SpareRelease() {
        if (t_spare.chunk) unmapChunk(t_spare.chunk);
        t_spare.chunk = nullptr;
        t_spare.exiting = true;
    }
};
thread_local SpareRelease t_release;

}  // namespace

void TraceLog::ChunkRecycler::operator()(Chunk* c) const noexcept {
    if (!t_spare.chunk && !t_spare.exiting) {
        t_release.armed = true;  // frees the spare when the thread ends
        t_spare.chunk = c;
        return;
    }
    unmapChunk(c);
}

std::unique_ptr<TraceLog::Chunk, TraceLog::ChunkRecycler> TraceLog::newChunk() {
    if (void* spare = t_spare.chunk) {
        t_spare.chunk = nullptr;
        return std::unique_ptr<Chunk, ChunkRecycler>(static_cast<Chunk*>(spare));
    }
    return std::unique_ptr<Chunk, ChunkRecycler>(::new (mapChunk()) Chunk);  // default-initialised: raw bytes
}

void TraceLog::append(const Event& e) {
    if (m_size % kChunkEvents == 0) m_chunks.push_back(newChunk());
    ::new (m_chunks.back()->slot(m_size % kChunkEvents)) Event(e);
    ++m_size;
    m_endTimeNs = std::max(m_endTimeNs, e.timeNs);
}

size_t TraceLog::byteSize() const {
    return m_chunks.size() * (sizeof(Chunk) + sizeof(void*)) + m_strings.byteSize();
}

}  // namespace il::trace
