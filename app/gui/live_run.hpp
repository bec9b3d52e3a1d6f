#pragma once
// LiveRun: one scenario run on its own engine thread, so the window stays responsive whatever
// the engine does (a long chunk, a deadlock search, an endless loop up to the limits).
//
// Threading: the engine thread owns the rt::Runtime but only touches it with m_mutex held; it
// steps in short batches (a few ms) and lets go of the mutex between them. The GUI thread calls
// sync() once per frame: under the same mutex it copies the events appended since the last
// call (strings re-interned) into the session's own log, takes the script's output and a status
// snapshot, then folds the new events into the model outside the lock. Nothing of the Runtime
// is reachable from the GUI thread otherwise.
//
// Pacing: virtual time advances at `speed` virtual seconds per real second; the engine sleeps
// (mutex released) when it is ahead. kUnlimitedSpeed and above: as fast as possible.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "engine/runtime/settings.hpp"

namespace il::rt {
class Runtime;
}

namespace il::gui {

struct TraceSession;

inline constexpr double kUnlimitedSpeed = 1000.0;  // the speed slider's top: "max"

// What the status bar shows; a copy taken by sync(), so reading it needs no lock.
struct RunStatus {
    bool compiling = true;   // the engine thread has not compiled the script yet
    bool compileFailed = false;
    rt::Verdict verdict = rt::Verdict::Running;
    std::string message;     // the verdict's message (deadlock, limit, uncaught exception)
    int64_t nowNs = 0;
    uint64_t steps = 0;
    bool ended = false;      // the runtime has no more steps (verdict known)
    bool stopReached = false;  // stopped at `stopAtNs`
};

class LiveRun {
public:
    // Starts the engine thread: it compiles `path` and runs it with `settings`, stopping (not
    // ending) once virtual time reaches `stopAtNs` (0: never). Starts paused if `paused`.
    // With `text`, that text is run instead of the file's (unsaved edits, @param values), still
    // named `path` in messages.
    LiveRun(std::string path, rt::Settings settings, double speed, bool paused, int64_t stopAtNs = 0,
            std::optional<std::string> text = std::nullopt);
    // Stops the engine thread and joins it (never detached).
    ~LiveRun();
    LiveRun(const LiveRun&) = delete;
    LiveRun& operator=(const LiveRun&) = delete;

    void setPaused(bool paused);
    void setSpeed(double speed);
    // sync() copies what the engine produced since the last call into `session` (events,
    // output, diagnostics) and refreshes its model. Precondition: always the same session.
    void sync(TraceSession& session);
    // status() is the snapshot taken by the last sync().
    [[nodiscard]] const RunStatus& status() const { return m_status; }
    [[nodiscard]] bool paused() const { return m_pausedView; }
    // idle() says the engine will not step again on its own: ended, stopped at stopAtNs, or
    // the script did not compile. As of the last sync().
    [[nodiscard]] bool idle() const { return m_status.ended || m_status.stopReached || m_status.compileFailed; }

private:
    void engineLoop();
    bool compile();  // on the engine thread, mutex held
    // The lock the GUI takes: it raises m_guiWaiting first so the engine's batch ends early and
    // the engine does not grab the mutex straight back (std::mutex is not fair).
    std::unique_lock<std::mutex> guiLock();

    const std::string m_path;
    const std::optional<std::string> m_text;
    const rt::Settings m_settings;
    const int64_t m_stopAtNs;

    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::atomic<bool> m_guiWaiting{false};
    // --- guarded by m_mutex ---
    std::unique_ptr<rt::Runtime> m_runtime;
    std::string m_pendingOutput;  // the script's stdout and stderr since the last sync()
    std::string m_diagnostics;    // compile errors, as `interleave check` prints them
    bool m_compiled = false;
    bool m_quit = false;
    bool m_paused = false;
    bool m_ended = false;
    bool m_repace = true;         // re-anchor the pacing clock (start, resume, speed change)
    double m_speed = 1.0;
    // --- GUI thread only ---
    size_t m_copied = 0;          // events of the runtime's log already in the session
    bool m_pausedView = false;
    bool m_diagnosticsCopied = false;
    RunStatus m_status;

    std::thread m_thread;  // last: starts once every member above is constructed
};

}  // namespace il::gui
