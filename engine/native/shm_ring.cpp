// The shared message queue (see shm_ring.hpp).

#include "engine/native/shm_ring.hpp"

#include <cstring>

namespace il::native {

namespace {

struct Message {
    Offset next;
    uint64_t length;
    // the payload follows
};

char* payload(Message* m) { return reinterpret_cast<char*>(m + 1); }

}  // namespace

struct ShmRing::State {
    Mutex mutex;
    Condition notEmpty, notFull;
    uint64_t maxItems, maxBytes;
    uint64_t count, bytes;
    Offset head, tail;
    uint32_t closed;
    uint32_t ownerDeaths;

    [[nodiscard]] bool fits(uint64_t length) const {
        if (maxItems && count >= maxItems) return false;
        return !maxBytes || count == 0 || bytes + length <= maxBytes;
    }
};

const char* statusName(RingStatus s) {
    switch (s) {
    case RingStatus::Ok: return "ok";
    case RingStatus::Timeout: return "timeout";
    case RingStatus::Closed: return "closed";
    case RingStatus::Cancelled: return "cancelled";
    case RingStatus::NoMemory: return "no memory";
    }
    return "?";
}

ShmRing ShmRing::create(ShmArena& arena, uint64_t maxItems, uint64_t maxBytes, std::string* error) {
    Offset off = arena.allocate(sizeof(State), error);
    if (!off) return ShmRing(arena, 0);
    State& s = *arena.at<State>(off);
    if (!s.mutex.init()) {
        arena.release(off);
        if (error) *error = "cannot create a process-shared mutex for the queue";
        return ShmRing(arena, 0);
    }
    s.notEmpty.init();
    s.notFull.init();
    s.maxItems = maxItems;
    s.maxBytes = maxBytes;
    return ShmRing(arena, off);
}

ShmRing::State& ShmRing::state() const { return *m_arena->at<State>(m_state); }

WaitResult ShmRing::lock(const WaitSpec& w) const {
    WaitResult r = state().mutex.lock(w);
    if (r != WaitResult::OwnerDead) return r;
    repairLocked();
    return WaitResult::Ok;
}

void ShmRing::repairLocked() const {
    State& s = state();
    // The dead owner may have stopped between any two stores of a link or unlink: the chain
    // from head is always intact (a node is written before it is linked), so walk it and
    // recompute everything else from it.
    ++s.ownerDeaths;
    s.count = s.bytes = 0;
    s.tail = 0;
    for (Offset o = s.head; o; o = m_arena->at<Message>(o)->next) {
        ++s.count;
        s.bytes += m_arena->at<Message>(o)->length;
        s.tail = o;
    }
}

RingStatus ShmRing::put(std::string_view message, const WaitSpec& w, std::string* error) {
    Offset off = m_arena->allocate(sizeof(Message) + message.size(), error);
    if (!off) return RingStatus::NoMemory;
    auto* m = m_arena->at<Message>(off);
    m->next = 0;
    m->length = message.size();
    if (!message.empty()) std::memcpy(payload(m), message.data(), message.size());

    State& s = state();
    auto fail = [&](RingStatus st, bool held) {
        if (held) s.mutex.unlock();
        m_arena->release(off);
        return st;
    };
    WaitResult r = lock(w);
    if (r != WaitResult::Ok) return fail(r == WaitResult::Timeout ? RingStatus::Timeout : RingStatus::Cancelled, false);
    while (!s.closed && !s.fits(m->length)) {
        r = s.notFull.wait(s.mutex, w);
        if (r == WaitResult::Cancelled) return fail(RingStatus::Cancelled, false);
        if (r == WaitResult::OwnerDead) repairLocked();
        if (r == WaitResult::Timeout && !s.closed && !s.fits(m->length)) return fail(RingStatus::Timeout, true);
    }
    if (s.closed) return fail(RingStatus::Closed, true);
    if (s.tail) m_arena->at<Message>(s.tail)->next = off;
    else s.head = off;
    s.tail = off;
    ++s.count;
    s.bytes += m->length;
    s.mutex.unlock();
    s.notEmpty.notifyAll();
    return RingStatus::Ok;
}

RingStatus ShmRing::get(std::string& out, const WaitSpec& w) {
    State& s = state();
    WaitResult r = lock(w);
    if (r != WaitResult::Ok) return r == WaitResult::Timeout ? RingStatus::Timeout : RingStatus::Cancelled;
    while (s.count == 0 && !s.closed) {
        r = s.notEmpty.wait(s.mutex, w);
        if (r == WaitResult::Cancelled) return RingStatus::Cancelled;
        if (r == WaitResult::OwnerDead) repairLocked();
        if (r == WaitResult::Timeout && s.count == 0 && !s.closed) {
            s.mutex.unlock();
            return RingStatus::Timeout;
        }
    }
    if (s.count == 0) {
        s.mutex.unlock();
        return RingStatus::Closed;
    }
    Offset off = s.head;
    auto* m = m_arena->at<Message>(off);
    s.head = m->next;
    if (!s.head) s.tail = 0;
    --s.count;
    s.bytes -= m->length;
    s.mutex.unlock();
    // Every waiting putter re-checks: with a byte budget the one a single wakeup picked might
    // still not fit while another would.
    s.notFull.notifyAll();
    out.assign(payload(m), m->length);
    m_arena->release(off);
    return RingStatus::Ok;
}

uint64_t ShmRing::qsize() const {
    if (lock({}) != WaitResult::Ok) return 0;
    uint64_t n = state().count;
    state().mutex.unlock();
    return n;
}

uint64_t ShmRing::bytes() const {
    if (lock({}) != WaitResult::Ok) return 0;
    uint64_t n = state().bytes;
    state().mutex.unlock();
    return n;
}

bool ShmRing::full() const {
    if (lock({}) != WaitResult::Ok) return false;
    bool f = state().maxItems && state().count >= state().maxItems;
    state().mutex.unlock();
    return f;
}

uint64_t ShmRing::maxsize() const { return state().maxItems; }

void ShmRing::close() {
    if (lock({}) != WaitResult::Ok) return;
    state().closed = 1;
    state().mutex.unlock();
    state().notEmpty.notifyAll();
    state().notFull.notifyAll();
}

bool ShmRing::closed() const {
    if (lock({}) != WaitResult::Ok) return true;
    bool c = state().closed != 0;
    state().mutex.unlock();
    return c;
}

uint32_t ShmRing::ownerDeaths() const {
    if (lock({}) != WaitResult::Ok) return 0;
    uint32_t n = state().ownerDeaths;
    state().mutex.unlock();
    return n;
}

void ShmRing::destroy() {
    if (!m_state) return;
    State& s = state();
    for (Offset o = s.head; o;) {
        Offset next = m_arena->at<Message>(o)->next;
        m_arena->release(o);
        o = next;
    }
    s.mutex.destroy();
    m_arena->release(m_state);
    m_state = 0;
}

}  // namespace il::native
