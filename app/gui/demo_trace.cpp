// TEMPORARY SCAFFOLDING: a synthetic producer–consumer trace for the GUI preview, until the GUI
// shows real runs of the VM. Everything about it is in this file (declared where it is used in
// gui_app.cpp); delete both together.
//
// The run it fakes: one process whose MainThread starts P producers and C consumers sharing a
// bounded queue (capacity 4) and a print lock, all under the process's GIL (new-style: a
// holder drops it when it blocks, sleeps or after the 5 ms switch interval if someone waits).
// Producers "fetch" (sleep, no GIL), compute (work, with the GIL) and put; consumers get,
// compute and write the result out under the lock. Deterministic: same arguments, same events.

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "engine/trace/trace_log.hpp"

namespace il::gui {

namespace {

using namespace il::trace;

constexpr uint64_t kUs = 1'000, kMs = 1'000'000;
constexpr uint64_t kSwitchInterval = 5 * kMs;

enum class Op { Sleep, Work, Put, Get, Acquire, Release, Note, Join, End };
struct Step {
    Op op;
    uint64_t ns = 0;
    uint16_t line = 0;
};

struct Thread {
    TaskId id = 0;
    std::vector<Step> program;
    size_t pc = 0;
    uint64_t left = 0;      // work still to do in the current Work step
    int loops = 0;          // times the program body repeats
    int loopStart = 0;      // step the body restarts at
    bool done = false;
};

class Sim {
public:
    Sim(TraceLog& out, int producers, int consumers) : m_out(out) { setUp(producers, consumers); }
    void run();

private:
    void emit(EventKind k, TaskId t, uint32_t object, uint64_t value, uint16_t line = 0, TaskState s = TaskState::New,
              const std::string& text = "") {
        Event e;
        e.kind = k;
        e.timeNs = m_now;
        e.task = t;
        e.object = object;
        e.value = value;
        e.line = line;
        e.state = s;
        if (!text.empty()) e.aux = m_out.strings().intern(text);
        m_out.append(e);
    }
    void setState(Thread& t, TaskState s, uint32_t object = kNoId, uint64_t value = 0) {
        emit(EventKind::TaskState, t.id, object, value, t.program[std::min(t.pc, t.program.size() - 1)].line, s);
    }
    TaskId create(const std::string& name, TaskKind kind, TaskId owner) {
        Event e;
        e.kind = EventKind::TaskCreated;
        e.timeNs = m_now;
        e.task = m_nextTask;
        e.object = owner;
        e.value = static_cast<uint64_t>(kind);
        e.aux = m_out.strings().intern(name);
        m_out.append(e);
        return m_nextTask++;
    }
    ResourceId resource(const std::string& name, ResourceKind kind, uint16_t capacity) {
        Event e;
        e.kind = EventKind::ResourceCreated;
        e.timeNs = m_now;
        e.object = m_nextResource;
        e.value = static_cast<uint64_t>(kind);
        e.aux = m_out.strings().intern(name);
        e.line = capacity;
        m_out.append(e);
        return m_nextResource++;
    }
    void setUp(int producers, int consumers);
    void wake(std::deque<size_t>& waiters, TaskId waker);
    void block(Thread& t, ResourceId on, std::deque<size_t>& waiters);
    void release(Thread& t, bool forced);
    void fireTimersUntil(uint64_t t);
    bool step(Thread& t);

    TraceLog& m_out;
    uint64_t m_now = 0;
    TaskId m_nextTask = 0;
    ResourceId m_nextResource = 0;
    TaskId m_process = 0;
    ResourceId m_gil = 0, m_queue = 0, m_lock = 0, m_join = 0;
    uint32_t m_queueLen = 0, m_capacity = 4;
    TaskId m_lockHolder = kNoId;
    std::vector<Thread> m_threads;  // [0] is MainThread
    std::deque<size_t> m_ready, m_putWaiters, m_getWaiters, m_lockWaiters, m_joinWaiters;
    std::vector<std::pair<uint64_t, size_t>> m_timers;  // (wake time, thread)
    long m_running = -1;
    uint64_t m_heldSince = 0;
};

void Sim::setUp(int producers, int consumers) {
    m_process = create("MainProcess", TaskKind::Process, kNoId);
    m_gil = resource("GIL", ResourceKind::Gil, 0);
    m_queue = resource("queue", ResourceKind::Queue, static_cast<uint16_t>(m_capacity));
    m_lock = resource("print_lock", ResourceKind::Lock, 0);
    m_join = resource("join(workers)", ResourceKind::Join, 0);
    emit(EventKind::TaskState, m_process, kNoId, 0, 1, TaskState::Running);
    Thread main{create("MainThread", TaskKind::Thread, m_process), {{Op::Work, 300 * kUs, 30}, {Op::Join, 0, 34},
                                                                  {Op::Note, 0, 35}, {Op::Work, 200 * kUs, 36},
                                                                  {Op::End, 0, 37}}};
    m_threads.push_back(main);
    const int items = 8;
    for (int i = 0; i < producers; ++i) {
        Thread p{create("Producer-" + std::to_string(i + 1), TaskKind::Thread, m_process),
                 {{Op::Sleep, (2 + static_cast<uint64_t>(i) % 3) * kMs, 9}, {Op::Work, 800 * kUs + 150 * kUs * static_cast<uint64_t>(i), 10},
                  {Op::Put, 0, 11}, {Op::End, 0, 12}}};
        p.loops = items;
        m_threads.push_back(p);
    }
    for (int i = 0; i < consumers; ++i) {
        // Consumers write each item out (I/O: sleeping) while holding the print lock, then
        // rest; so the queue fills, producers block on it, and consumers queue on the lock.
        Thread c{create("Consumer-" + std::to_string(i + 1), TaskKind::Thread, m_process),
                 {{Op::Get, 0, 17}, {Op::Work, 600 * kUs + 300 * kUs * static_cast<uint64_t>(i % 2), 18},
                  {Op::Acquire, 0, 19}, {Op::Sleep, 1200 * kUs, 20}, {Op::Release, 0, 20},
                  {Op::Sleep, (5 + static_cast<uint64_t>(i) % 3) * kMs, 21}, {Op::End, 0, 22}}};
        // Consumers share the items; the first ones take the remainder.
        c.loops = items * producers / consumers + (i < items * producers % consumers ? 1 : 0);
        m_threads.push_back(c);
    }
    for (size_t i = 0; i < m_threads.size(); ++i) {
        setState(m_threads[i], TaskState::Ready);
        m_ready.push_back(i);
    }
}

void Sim::wake(std::deque<size_t>& waiters, TaskId waker) {
    if (waiters.empty()) return;
    const size_t w = waiters.front();
    waiters.pop_front();
    setState(m_threads[w], TaskState::Ready, kNoId, waker + 1);
    m_ready.push_back(w);
}

void Sim::release(Thread& t, bool forced) {
    emit(EventKind::GilDropped, t.id, m_gil, forced ? 1 : 0);
    m_running = -1;
}

void Sim::block(Thread& t, ResourceId on, std::deque<size_t>& waiters) {
    setState(t, TaskState::Blocked, on);
    release(t, false);
    waiters.push_back(static_cast<size_t>(&t - m_threads.data()));
}

void Sim::fireTimersUntil(uint64_t until) {
    std::sort(m_timers.begin(), m_timers.end());
    while (!m_timers.empty() && m_timers.front().first <= until) {
        const auto [at, i] = m_timers.front();
        m_timers.erase(m_timers.begin());
        m_now = std::max(m_now, at);
        setState(m_threads[i], TaskState::Ready);
        m_ready.push_back(i);
    }
}

// step() runs the thread's current step; returns false when it stopped running.
bool Sim::step(Thread& t) {
    const Step& s = t.program[t.pc];
    switch (s.op) {
        case Op::Work: {
            if (t.left == 0) t.left = s.ns;
            if (m_now >= m_heldSince + kSwitchInterval) m_heldSince = m_now;  // nobody asked: keep it
            const uint64_t slice = std::min(t.left, m_heldSince + kSwitchInterval - m_now);
            const uint64_t start = m_now;
            fireTimersUntil(start + slice);  // sleepers wake (and queue for the GIL) meanwhile
            m_now = start + slice;
            t.left -= slice;
            if (t.left == 0) ++t.pc;
            if (m_now - m_heldSince >= kSwitchInterval && !m_ready.empty()) {
                setState(t, TaskState::Ready);
                release(t, true);  // the switch interval ran out and someone waits
                m_ready.push_back(static_cast<size_t>(&t - m_threads.data()));
                return false;
            }
            return true;
        }
        case Op::Sleep:
            setState(t, TaskState::Sleeping, kNoId, m_now + s.ns);
            release(t, false);
            m_timers.emplace_back(m_now + s.ns, static_cast<size_t>(&t - m_threads.data()));
            ++t.pc;
            return false;
        case Op::Put:
            if (m_queueLen == m_capacity) {
                if (m_putWaiters.empty()) emit(EventKind::Note, t.id, kNoId, 0, s.line, TaskState::New, "queue full");
                block(t, m_queue, m_putWaiters);
                return false;
            }
            m_now += 40 * kUs;
            emit(EventKind::QueuePut, t.id, m_queue, ++m_queueLen, s.line);
            wake(m_getWaiters, t.id);
            ++t.pc;
            return true;
        case Op::Get:
            if (m_queueLen == 0) {
                block(t, m_queue, m_getWaiters);
                return false;
            }
            m_now += 40 * kUs;
            emit(EventKind::QueueGet, t.id, m_queue, --m_queueLen, s.line);
            wake(m_putWaiters, t.id);
            ++t.pc;
            return true;
        case Op::Acquire:
            if (m_lockHolder != kNoId) {
                block(t, m_lock, m_lockWaiters);
                return false;
            }
            m_lockHolder = t.id;
            emit(EventKind::LockAcquired, t.id, m_lock, 1, s.line);
            ++t.pc;
            return true;
        case Op::Release:
            m_lockHolder = kNoId;
            emit(EventKind::LockReleased, t.id, m_lock, 0, s.line);
            wake(m_lockWaiters, t.id);
            ++t.pc;
            return true;
        case Op::Note:
            emit(EventKind::Note, t.id, kNoId, 0, s.line, TaskState::New, "all workers joined");
            ++t.pc;
            return true;
        case Op::Join: {
            const bool allDone = std::all_of(m_threads.begin() + 1, m_threads.end(), [](const Thread& w) { return w.done; });
            if (!allDone) {
                block(t, m_join, m_joinWaiters);
                return false;
            }
            ++t.pc;
            return true;
        }
        case Op::End:
            if (--t.loops > 0) {
                t.pc = static_cast<size_t>(t.loopStart);
                return true;
            }
            t.done = true;
            setState(t, TaskState::Done);
            emit(EventKind::TaskEnded, t.id, kNoId, 0);
            release(t, false);
            if (std::all_of(m_threads.begin() + 1, m_threads.end(), [](const Thread& w) { return w.done; }))
                wake(m_joinWaiters, t.id);
            return false;
    }
    return false;
}

void Sim::run() {
    m_now = 100 * kUs;
    while (!m_threads[0].done) {
        if (m_running < 0) {
            if (m_ready.empty()) {
                if (m_timers.empty()) break;  // nothing can ever run again
                fireTimersUntil(std::min_element(m_timers.begin(), m_timers.end())->first);
                continue;
            }
            m_running = static_cast<long>(m_ready.front());
            m_ready.pop_front();
            m_now += 20 * kUs;  // the cost of a switch
            m_heldSince = m_now;
            Thread& t = m_threads[static_cast<size_t>(m_running)];
            emit(EventKind::GilTaken, t.id, m_gil, 0);
            setState(t, TaskState::Running);
        }
        Thread& t = m_threads[static_cast<size_t>(m_running)];
        while (step(t)) {
        }
    }
    m_now += 100 * kUs;
    emit(EventKind::TaskState, m_process, kNoId, 0, 1, TaskState::Done);
}

}  // namespace

// buildDemoTrace() appends the synthetic run with `producers` and `consumers` threads to `out`.
void buildDemoTrace(trace::TraceLog& out, int producers, int consumers) {
    Sim sim(out, std::max(1, producers), std::max(1, consumers));
    sim.run();
}

}  // namespace il::gui
