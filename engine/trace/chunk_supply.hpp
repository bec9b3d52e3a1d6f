#pragma once
// Chunks for a TraceLog that grows fast, mapped and faulted in ahead of time by a helper thread.
//
// Writing an event into fresh memory costs ~3.6 ns here, most of it the kernel zeroing the page
// on first touch; into memory already faulted in, ~1.2 ns (docs/performance.md, "Native
// executor"). A native run records from several OS threads, one at a time under the runtime
// lock, and every native run leaves a core free often enough for the helper: it keeps the next
// chunks ready so that the recording thread never faults. A log with no supply, or whose
// supply has nothing ready, maps its own chunk as before.

#include <condition_variable>
#include <mutex>
#include <thread>

namespace il::trace {

class ChunkSupply {
public:
    // Chunks kept ready: two absorb a recording thread that fills one before the helper is
    // scheduled again (4 MiB of memory held, populated).
    static constexpr int kReady = 2;

    // Starts the helper and returns once it runs (its start-up allocations are over, which a
    // process about to fork needs to know).
    ChunkSupply();
    // Stops and joins the helper; unmaps the chunks nobody took.
    ~ChunkSupply();
    ChunkSupply(const ChunkSupply&) = delete;
    ChunkSupply& operator=(const ChunkSupply&) = delete;

    // take() hands over a ready chunk (kChunkBytes, mapped and faulted in), or null when none is.
    [[nodiscard]] void* take();
    // Chunks handed over so far, and requests that found none ready.
    [[nodiscard]] size_t taken() const;
    [[nodiscard]] size_t missed() const;

private:
    void helperMain();

    mutable std::mutex m_mx;
    std::condition_variable m_cv;  // the helper waits here for a chunk to be taken, or to stop
    void* m_ready[kReady] = {};
    int m_count = 0;
    bool m_started = false;
    bool m_stop = false;
    size_t m_taken = 0;
    size_t m_missed = 0;
    std::thread m_helper;
};

}  // namespace il::trace
