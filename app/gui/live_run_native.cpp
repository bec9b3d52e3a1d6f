// LiveRun's native mode (live_run.hpp): the script on real OS threads and forked children, in
// real time. Nothing is stepped or paced here: the engine thread hands the run to
// Runtime::run() and waits for it to end, holding no lock of LiveRun meanwhile, so sync() can
// read the run (under its NativeLock) at every frame while it goes on.

#include <mutex>

#include "app/gui/live_run.hpp"
#include "engine/runtime/runtime.hpp"

namespace il::gui {

void LiveRun::nativeLoop(std::unique_lock<std::mutex>& lock) {
    // Closed while compiling: never start real threads (or children) nobody will look at.
    if (m_quit) return;
    rt::Runtime& run = *m_runtime;
    lock.unlock();
    // Returns at the run's end, or within ~50 ms of requestStop() (~LiveRun, or sync() at
    // stopAtNs); every OS thread of it is joined and every child reaped by then.
    run.run();
    lock.lock();
    m_ended = true;
}

bool LiveRun::nativeStopDue() {
    // A real run cannot be held at --run-for as a sim run is paused there: it is ended there.
    if (m_stopRequested || m_stopAtNs <= 0 || m_ended || m_status.nowNs < m_stopAtNs) return false;
    m_stopRequested = true;
    return true;
}

void LiveRun::appendOutput(std::string_view text) {
    std::lock_guard out(m_outputMutex);
    m_pendingOutput.append(text);
}

}  // namespace il::gui
