#pragma once
// ShmRing: a bounded multi-producer multi-consumer queue of byte strings in a ShmArena, shared
// by every forked process (multiprocessing.Queue's transport; two of them make a duplex Pipe).
// Messages are arena blocks linked first to last; the bounds are a message count (maxsize, 0 =
// unbounded) and a byte budget (0 = unbounded), so the arena cannot be exhausted by one queue.
//
// A message is copied into its own block before the queue's lock is taken, and copied out after
// it is released: the lock only guards the links and counters. A process killed while holding
// the lock leaves the links in a state repair() rebuilds, so the queue stays usable.

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/native/shm_arena.hpp"
#include "engine/native/shm_sync.hpp"

namespace il::native {

enum class RingStatus : uint8_t {
    Ok,
    Timeout,    // put: still full at the deadline / get: still empty
    Closed,     // put after close(); get on a closed, drained queue (EOF)
    Cancelled,  // the run's cancel flag was set
    NoMemory,   // the arena has no block for the message (error() says how much)
};

[[nodiscard]] const char* statusName(RingStatus s);

class ShmRing {
public:
    // create() allocates a new empty queue in `arena`; on failure the returned ring is invalid
    // (valid() false) and `error` says why.
    static ShmRing create(ShmArena& arena, uint64_t maxItems, uint64_t maxBytes, std::string* error);
    // Attaches to a queue made by create() (in this or a parent process).
    ShmRing(ShmArena& arena, Offset state) : m_arena(&arena), m_state(state) {}
    [[nodiscard]] bool valid() const { return m_state != 0; }
    [[nodiscard]] Offset offset() const { return m_state; }

    // put() blocks while the queue is full (maxsize messages, or the byte budget would be
    // exceeded; a lone message larger than the budget is still admitted into an empty queue).
    [[nodiscard]] RingStatus put(std::string_view message, const WaitSpec& w = {}, std::string* error = nullptr);
    // get() blocks while the queue is empty and open; Closed once it is closed and drained.
    [[nodiscard]] RingStatus get(std::string& out, const WaitSpec& w = {});

    [[nodiscard]] uint64_t qsize() const;
    [[nodiscard]] uint64_t bytes() const;  // payload bytes queued
    [[nodiscard]] bool empty() const { return qsize() == 0; }
    [[nodiscard]] bool full() const;
    [[nodiscard]] uint64_t maxsize() const;
    // close(): later puts fail with Closed, getters drain what is queued then see Closed.
    void close();
    [[nodiscard]] bool closed() const;
    // ownerDeaths(): how many times a process died holding this queue's lock (each repaired).
    [[nodiscard]] uint32_t ownerDeaths() const;
    // destroy() frees the queued messages and the queue itself. Precondition: no process uses it.
    void destroy();

private:
    struct State;
    [[nodiscard]] State& state() const;
    // lock() takes the queue's lock, repairing the links if a previous owner died.
    [[nodiscard]] WaitResult lock(const WaitSpec& w) const;
    // repairLocked() rebuilds the counters and tail from the chain (lock held, owner died).
    void repairLocked() const;

    ShmArena* m_arena;
    Offset m_state;
};

}  // namespace il::native
