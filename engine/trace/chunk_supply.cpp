#include "engine/trace/chunk_supply.hpp"

#include <new>

#include "engine/trace/chunk_memory.hpp"

namespace il::trace {

ChunkSupply::ChunkSupply() {
    m_helper = std::thread([this] { helperMain(); });
    std::unique_lock lk(m_mx);
    m_cv.wait(lk, [this] { return m_started; });
}

ChunkSupply::~ChunkSupply() {
    {
        std::lock_guard g(m_mx);
        m_stop = true;
    }
    m_cv.notify_all();
    m_helper.join();
    for (int i = 0; i < m_count; ++i) unmapChunk(m_ready[i]);
}

void* ChunkSupply::take() {
    void* chunk = nullptr;
    {
        std::lock_guard g(m_mx);
        if (m_count == 0) {
            ++m_missed;
            return nullptr;
        }
        chunk = m_ready[--m_count];
        ++m_taken;
    }
    m_cv.notify_all();
    return chunk;
}

size_t ChunkSupply::taken() const {
    std::lock_guard g(m_mx);
    return m_taken;
}

size_t ChunkSupply::missed() const {
    std::lock_guard g(m_mx);
    return m_missed;
}

// The mapping and the faulting happen outside the lock: take() never waits for the kernel.
void ChunkSupply::helperMain() {
    std::unique_lock lk(m_mx);
    m_started = true;
    m_cv.notify_all();
    for (;;) {
        m_cv.wait(lk, [this] { return m_stop || m_count < kReady; });
        if (m_stop) return;
        lk.unlock();
        void* chunk = nullptr;
        try {
            chunk = mapChunk();
            populateChunk(chunk);
        } catch (const std::bad_alloc&) {  // out of memory: the log will fail to map its own
        }
        lk.lock();
        if (!chunk) {
            m_cv.wait(lk, [this] { return m_stop; });
            return;
        }
        m_ready[m_count++] = chunk;
    }
}

}  // namespace il::trace
