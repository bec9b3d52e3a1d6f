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
//
// Step mode (settings.policy "manual"): the engine thread does nothing on its own; the GUI
// queues step requests (stepInstruction / stepStatement) and the engine carries each one out
// whole, under the mutex, by choosing the task in the ManualPolicy and stepping the runtime
// until it waits for the next choice (timers of sleepers fire meanwhile when nobody can run).
//
// Schedule mode (constructed from a ScheduleReplay, live_run_schedule.cpp): the run replays a
// recorded or found schedule under a PausingPolicy that lets it take `step` of the schedule's
// choices and pauses it at the next one. stepForward() allows one more and runs to the next
// pause; stepping back is a new LiveRun at step - 1 (exact: a run is a function of the script,
// the settings and the choices). Every other run records its choices, so schedule() can save it.
//
// Native mode (settings.executor native, live_run_native.cpp): the script runs on real OS threads
// and forked children in real time, so there is nothing to step, pace or pause. The engine
// thread compiles under m_mutex as usual, then calls Runtime::run() once WITHOUT m_mutex (the
// run's own threads change the runtime under its NativeLock instead). sync() takes m_mutex,
// then Runtime::lockForReading() inside it: the lock order is always m_mutex, then NativeLock,
// then m_outputMutex, and no thread holding NativeLock ever waits for m_mutex (the script's
// output goes to m_outputMutex only). ~LiveRun calls requestStop(): run() returns within ~50 ms
// (child processes killed) and the engine thread is joined as in the other modes.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "app/cli/explorer.hpp"
#include "engine/runtime/settings.hpp"
#include "engine/trace/event.hpp"

namespace il::rt {
class Runtime;
}
namespace il::sched {
class PausingPolicy;
class RecordingPolicy;
}
namespace il::vm {
struct Program;
}

namespace il::gui {

struct TraceSession;

inline constexpr double kUnlimitedSpeed = 1000.0;  // the speed slider's top: "max"

// A task as step mode shows it: who can take the next step and where each one is.
struct TaskSnapshot {
    trace::TaskId id = trace::kNoId;
    std::string name;
    trace::TaskState state = trace::TaskState::New;
    uint32_t line = 0;      // current source line of the script (0: none yet, or ended)
    int64_t cpuNs = 0;      // virtual CPU time so far: one instructionNs per instruction stepped
    bool runnable = false;  // ready: a step of it can be taken now
};

// What the status bar shows; a copy taken by sync(), so reading it needs no lock.
struct RunStatus {
    bool compiling = true;   // the engine thread has not compiled the script yet
    bool compileFailed = false;
    rt::Verdict verdict = rt::Verdict::Running;
    std::string message;     // the verdict's message (deadlock, limit, uncaught exception)
    int64_t nowNs = 0;
    uint64_t steps = 0;
    bool ended = false;      // the runtime has no more steps (verdict known)
    bool stopReached = false;  // stopped at `stopAtNs` (a native run is ended there, not paused)
    bool native = false;       // real threads, real time: no pause, speed or steps
    uint64_t instructions = 0;
    // --- step mode only (settings.policy "manual") ---
    bool manual = false;
    bool waitingForChoice = false;  // every requested step is done: the run waits for the next
    size_t stepsPending = 0;        // step requests the engine has not carried out yet
    std::optional<trace::TaskId> lastStepped;  // the task that took the latest step
    std::optional<trace::TaskId> nextInTurn;   // who a step with no task named moves
    std::vector<TaskSnapshot> tasks;           // threads (with code), by id
    // --- schedule mode only ---
    bool schedule = false;
    uint64_t scheduleStep = 0;   // k: the schedule's choices taken so far
    uint64_t scheduleSteps = 0;  // N: the choices the whole schedule takes
    rt::Verdict scheduleVerdict = rt::Verdict::Running;  // how the whole schedule ends
    std::string scheduleMessage;                          // and why (deadlock, failed assert…)
    bool scheduleUncaught = false;  // a task of it ended with an uncaught exception
};

// What the explorer said of a schedule it found: its size after and before minimisation, shown
// beside "step k of N" (a schedule opened from a file has none).
struct FoundFigures {
    uint64_t steps = 0, originalSteps = 0;
    uint32_t preemptions = 0, originalPreemptions = 0;
};

// A schedule to walk through: replayed from the start, paused after `step` of its choices.
struct ScheduleReplay {
    cli::Schedule schedule;
    uint64_t step = 0;
    std::optional<FoundFigures> found = std::nullopt;  // set when the window's search found it
};

// How far one step request goes.
enum class StepSize : uint8_t {
    Instruction,  // one bytecode instruction
    Statement,    // instructions until the task's source line changes, it blocks or it ends
};
inline constexpr int kMaxStatementInstructions = 10'000;  // a statement step never runs away

class LiveRun {
public:
    // Starts the engine thread: it compiles `path` and runs it with `settings`, stopping (not
    // ending) once virtual time reaches `stopAtNs` (0: never). Starts paused if `paused`.
    // With `text`, that text is run instead of the file's (unsaved edits, @param values), still
    // named `path` in messages.
    LiveRun(std::string path, rt::Settings settings, double speed, bool paused, int64_t stopAtNs = 0,
            std::optional<std::string> text = std::nullopt);
    // Schedule mode: replays `replay.schedule` (its settings, policy and seed) on `path`, or on
    // `text` if given, paused after replay.step choices. Precondition: the schedule's script
    // hash is the text's (checked by whoever loads it).
    LiveRun(std::string path, ScheduleReplay replay, std::optional<std::string> text = std::nullopt);
    // Stops the engine thread and joins it (never detached).
    ~LiveRun();
    LiveRun(const LiveRun&) = delete;
    LiveRun& operator=(const LiveRun&) = delete;

    void setPaused(bool paused);
    void setSpeed(double speed);
    // Step mode: queue a step of `task` (nothing: the next task in turn, see step_order.hpp).
    // A task that cannot run when the engine gets to the request is not stepped. Ignored when
    // the run is not in step mode.
    void step(StepSize size, std::optional<trace::TaskId> task = std::nullopt);
    void stepInstruction(std::optional<trace::TaskId> task = std::nullopt) { step(StepSize::Instruction, task); }
    void stepStatement(std::optional<trace::TaskId> task = std::nullopt) { step(StepSize::Statement, task); }
    [[nodiscard]] bool manual() const { return m_manual; }
    [[nodiscard]] bool native() const { return m_native; }
    // Schedule mode: take one more of the schedule's choices and run to the next pause (or the
    // end). Ignored in other modes, before the script compiled, and once every choice of the
    // schedule is taken or asked for.
    void stepForward();
    [[nodiscard]] bool scheduleMode() const { return m_replay.has_value(); }
    // schedule() is the run so far as a schedule file holds it: in schedule mode the one loaded;
    // otherwise the settings, seed and choices taken so far. Nothing before the script compiled,
    // and in step mode (the learner's choices are per instruction: no schedule replays them).
    [[nodiscard]] std::optional<cli::Schedule> schedule();
    // sync() copies what the engine produced since the last call into `session` (events,
    // output, diagnostics) and refreshes its model. Precondition: always the same session.
    void sync(TraceSession& session);
    // status() is the snapshot taken by the last sync().
    [[nodiscard]] const RunStatus& status() const { return m_status; }
    [[nodiscard]] bool paused() const { return m_pausedView; }
    // idle() says the engine will not step again on its own: ended, stopped at stopAtNs, the
    // script did not compile, or (step mode) every requested step is done. As of the last sync().
    // A native run at stopAtNs is idle once it has ended (its threads stopped), a moment later.
    [[nodiscard]] bool idle() const {
        return m_status.ended || (m_status.stopReached && !m_native) || m_status.compileFailed ||
               m_status.waitingForChoice;
    }

private:
    struct StepRequest {
        StepSize size = StepSize::Statement;
        std::optional<trace::TaskId> task;
    };
    void engineLoop();
    void pacedLoop(std::unique_lock<std::mutex>& lock);
    // Native mode (live_run_native.cpp): run() once, m_mutex released meanwhile.
    void nativeLoop(std::unique_lock<std::mutex>& lock);
    // GUI thread, m_mutex held: a native run that reached stopAtNs is asked to stop (once).
    [[nodiscard]] bool nativeStopDue();
    void appendOutput(std::string_view text);  // any thread: the script's stdout and stderr
    // Step mode, on the engine thread with the mutex held.
    void stepLoop(std::unique_lock<std::mutex>& lock);
    void carryOut(const StepRequest& request);
    void runOneInstruction(trace::TaskId task);
    void settle();  // steps until the runtime waits for a choice (or the run ends)
    [[nodiscard]] std::optional<trace::TaskId> nextInTurn() const;
    void snapshotTasks();  // GUI thread, mutex held
    bool compile();  // on the engine thread, mutex held
    // Schedule mode (live_run_schedule.cpp), on the engine thread with the mutex held.
    bool startSchedule(std::shared_ptr<const vm::Program> program);
    void scheduleLoop(std::unique_lock<std::mutex>& lock);
    void runToPause(std::unique_lock<std::mutex>& lock);
    void snapshotSchedule();  // GUI thread, mutex held
    // The lock the GUI takes: it raises m_guiWaiting first so the engine's batch ends early and
    // the engine does not grab the mutex straight back (std::mutex is not fair).
    std::unique_lock<std::mutex> guiLock();

    const std::string m_path;
    const std::optional<std::string> m_text;
    const rt::Settings m_settings;
    const int64_t m_stopAtNs;
    const bool m_manual;
    const bool m_native;  // settings.executor native (never in schedule mode: schedules are sim)
    const std::optional<ScheduleReplay> m_replay;

    std::mutex m_mutex;
    // A leaf lock: a native run's threads print holding its NativeLock, never m_mutex.
    std::mutex m_outputMutex;
    std::string m_pendingOutput;  // guarded by m_outputMutex: stdout and stderr since the last sync()
    std::condition_variable m_cv;
    std::atomic<bool> m_guiWaiting{false};
    // --- guarded by m_mutex ---
    // Set by compile() and never replaced; a native run's engine thread then uses it unlocked.
    std::unique_ptr<rt::Runtime> m_runtime;
    std::string m_diagnostics;    // compile errors, as `interleave check` prints them
    bool m_compiled = false;
    bool m_quit = false;
    bool m_paused = false;
    bool m_ended = false;
    bool m_repace = true;         // re-anchor the pacing clock (start, resume, speed change)
    double m_speed = 1.0;
    std::deque<StepRequest> m_stepRequests;
    std::optional<trace::TaskId> m_lastStepped;
    std::string m_scriptHash;                  // of the text compiled
    rt::Settings m_runSettings;                // as run: the script's declared limits applied
    sched::PolicyOptions m_policyOptions;      // the policy's seed, as a schedule stores it
    sched::RecordingPolicy* m_recorder = nullptr;  // free runs: owned by the runtime
    sched::PausingPolicy* m_pausing = nullptr;     // schedule mode: owned by the runtime
    uint64_t m_forwardRequests = 0;            // schedule mode: steps asked for, not yet begun
    uint64_t m_target = 0;                     // schedule mode: picks once every request is done
    bool m_runningToPause = false;             // schedule mode: a run to the next pause is under way
    cli::RunOutcome m_whole;                   // schedule mode: the whole schedule, run headless
    // --- GUI thread only ---
    size_t m_copied = 0;          // events of the runtime's log already in the session
    bool m_pausedView = false;
    bool m_diagnosticsCopied = false;
    bool m_stopRequested = false;  // native: requestStop() was called at stopAtNs
    RunStatus m_status;

    std::thread m_thread;  // last: starts once every member above is constructed
};

}  // namespace il::gui
