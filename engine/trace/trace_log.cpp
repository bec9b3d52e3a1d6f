#include "engine/trace/trace_log.hpp"

#include "engine/trace/chunk_memory.hpp"
#include "engine/trace/chunk_supply.hpp"

namespace il::trace {

static_assert(sizeof(Event) * TraceLog::kChunkEvents == kChunkBytes);

namespace {

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
    if (m_supply)
        if (void* ready = m_supply->take()) return std::unique_ptr<Chunk, ChunkRecycler>(::new (ready) Chunk);
    if (void* spare = t_spare.chunk) {
        t_spare.chunk = nullptr;
        return std::unique_ptr<Chunk, ChunkRecycler>(static_cast<Chunk*>(spare));
    }
    return std::unique_ptr<Chunk, ChunkRecycler>(::new (mapChunk()) Chunk);  // default-initialised: raw bytes
}

void TraceLog::continueForked() {
    if (!m_chunks.empty() && m_size % kChunkEvents != 0) forgoHugePage(m_chunks.back().get());
}

size_t TraceLog::byteSize() const {
    return m_chunks.size() * (sizeof(Chunk) + sizeof(void*)) + m_strings.byteSize();
}

}  // namespace il::trace
