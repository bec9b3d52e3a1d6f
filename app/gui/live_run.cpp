#include "app/gui/live_run.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <utility>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "app/cli/compile_file.hpp"
#include "app/cli/schedule_file.hpp"
#include "app/gui/app_state.hpp"
#include "app/viewmodel/step_order.hpp"
#include "engine/runtime/runtime.hpp"
#include "engine/sched/policy.hpp"
#include "engine/sched/recording_policy.hpp"

namespace il::gui {
namespace {

using Clock = std::chrono::steady_clock;

// Longest the engine holds the mutex in one go: short enough that a frame (33 ms at 30 fps)
// never waits on it noticeably, long enough that locking costs nothing next to stepping.
constexpr auto kBatch = std::chrono::milliseconds(4);
// Longest pacing sleep: a quit, pause or speed change is seen within this.
constexpr auto kMaxSleep = std::chrono::milliseconds(20);
constexpr auto kMinSleep = std::chrono::milliseconds(1);
constexpr int kStepsPerClockCheck = 32;

// scriptLine() is the task's line in the script itself: 0 while it runs only the runtime's own
// Python (a thread's start-up and end), where Runtime::lineOf would give a line of that code.
uint32_t scriptLine(const rt::SimTask& t) {
    if (!t.vt) return 0;
    for (const vm::Frame* f = t.vt->top; f != nullptr; f = f->back)
        if (!rt::isPreludeCode(f->code)) return f->line();
    return 0;
}

}  // namespace

LiveRun::LiveRun(std::string path, rt::Settings settings, double speed, bool paused, int64_t stopAtNs,
                 std::optional<std::string> text)
    : m_path(std::move(path)), m_text(std::move(text)), m_settings(std::move(settings)), m_stopAtNs(stopAtNs),
      m_manual(m_settings.policy == "manual" && m_settings.executor != rt::Executor::Native),
      m_native(m_settings.executor == rt::Executor::Native), m_paused(paused && !m_native),
      m_speed(speed), m_pausedView(m_paused), m_thread([this] { engineLoop(); }) {}

LiveRun::LiveRun(std::string path, ScheduleReplay replay, std::optional<std::string> text)
    : m_path(std::move(path)), m_text(std::move(text)), m_settings(replay.schedule.settings), m_stopAtNs(0),
      m_manual(false), m_native(false), m_replay(std::move(replay)), m_speed(kUnlimitedSpeed), m_thread([this] { engineLoop(); }) {}

LiveRun::~LiveRun() {
    {
        auto lock = guiLock();
        m_quit = true;
        // A native run does not look at m_quit: it is told to stop (it may not have begun yet;
        // then run() returns at once). Runtime::requestStop() takes only its NativeLock.
        if (m_native && m_runtime) m_runtime->requestStop();
    }
    m_cv.notify_all();
    m_thread.join();
}

std::unique_lock<std::mutex> LiveRun::guiLock() {
    m_guiWaiting.store(true, std::memory_order_relaxed);
    std::unique_lock<std::mutex> lock(m_mutex);
    m_guiWaiting.store(false, std::memory_order_relaxed);
    return lock;
}

void LiveRun::setPaused(bool paused) {
    if (m_native) return;  // real threads in real time cannot be held
    {
        auto lock = guiLock();
        m_paused = paused;
        m_repace = true;
    }
    m_pausedView = paused;
    m_cv.notify_all();
}

void LiveRun::setSpeed(double speed) {
    {
        auto lock = guiLock();
        m_speed = speed;
        m_repace = true;
    }
    m_cv.notify_all();
}

void LiveRun::step(StepSize size, std::optional<trace::TaskId> task) {
    if (!m_manual) return;
    {
        auto lock = guiLock();
        m_stepRequests.push_back({size, task});
    }
    m_cv.notify_all();
}

// compile() does what `interleave run` does before running, keeping the diagnostics' text for
// the window instead of printing it; limits the script declares apply as in `run`.
bool LiveRun::compile() {
    cli::CompiledFile compiled =
        m_text ? cli::compileText(m_path, *m_text, &m_diagnostics) : cli::compileFile(m_path, &m_diagnostics);
    if (!compiled.program) return false;
    m_scriptHash = cli::scriptHash(compiled.source->text());
    if (m_replay) return startSchedule(std::move(compiled.program));
    rt::Settings settings = m_settings;
    cli::applyLimits(compiled.limits, settings);
    // The callbacks run inside step() (engine thread, m_mutex held) or, in a native run, on the
    // script's own OS threads (its NativeLock held): appendOutput() takes only m_outputMutex.
    auto capture = [this](std::string_view text) { appendOutput(text); };
    // The policy the Runtime would make, recorded, so that schedule() can save the run. Not in
    // step mode: the manual policy's choices are per instruction and stepLoop drives it itself.
    std::unique_ptr<sched::Policy> policy;
    m_policyOptions.seed = settings.seed;
    // Nor in a native run: the OS schedules its threads.
    if (std::unique_ptr<sched::Policy> inner = m_manual || m_native ? nullptr : cli::makeRunPolicy(settings.policy, m_policyOptions)) {
        auto recorder = std::make_unique<sched::RecordingPolicy>(std::move(inner));
        m_recorder = recorder.get();
        policy = std::move(recorder);
    }
    m_runSettings = settings;
    m_runtime = std::make_unique<rt::Runtime>(settings, std::move(compiled.program), capture, capture, std::move(policy));
    return true;
}

void LiveRun::engineLoop() {
#ifdef __linux__
    // Below the window in priority: at full speed the engine would otherwise take the core that
    // a software GL renderer (Mesa's llvmpipe under Xvfb) needs to keep frames coming. On Linux
    // a nice value set on a thread id applies to that thread only.
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
    std::unique_lock<std::mutex> lock(m_mutex);
    m_compiled = compile();
    if (!m_compiled) {
        m_ended = true;
        return;
    }
    if (m_native)
        nativeLoop(lock);
    else if (m_replay)
        scheduleLoop(lock);
    else if (m_manual)
        stepLoop(lock);
    else
        pacedLoop(lock);
}

void LiveRun::pacedLoop(std::unique_lock<std::mutex>& lock) {
    rt::Runtime& run = *m_runtime;
    auto stopReached = [&] { return m_stopAtNs > 0 && run.nowNs() >= m_stopAtNs; };
    Clock::time_point anchorReal;
    int64_t anchorVirtual = 0;
    while (!m_quit) {
        if (m_paused || m_ended || stopReached()) {
            m_cv.wait(lock, [&] { return m_quit || (!m_paused && !m_ended && !stopReached()); });
            m_repace = true;
            continue;
        }
        const auto start = Clock::now();
        if (m_repace) {
            anchorReal = start;
            anchorVirtual = run.nowNs();
            m_repace = false;
        }
        const bool unlimited = !(m_speed < kUnlimitedSpeed);
        const double realNs = std::chrono::duration<double, std::nano>(start - anchorReal).count();
        const int64_t target =
            unlimited ? INT64_MAX : anchorVirtual + static_cast<int64_t>(std::min(realNs * m_speed, 9e18));
        for (int n = 1; run.nowNs() < target && !stopReached(); ++n) {
            if (!run.step()) {
                m_ended = true;
                break;
            }
            if (n % kStepsPerClockCheck == 0 &&
                (m_guiWaiting.load(std::memory_order_relaxed) || Clock::now() - start >= kBatch))
                break;
        }
        if (!unlimited && run.nowNs() >= target && !m_ended) {
            // Ahead of the clock: sleep (mutex released) until real time catches up; at least
            // kMinSleep, so being exactly on time does not spin.
            const double aheadNs = static_cast<double>(run.nowNs() - target) / m_speed;
            const auto sleep = std::clamp<std::chrono::nanoseconds>(
                std::chrono::nanoseconds(static_cast<int64_t>(std::min(aheadNs, 1e9))), kMinSleep, kMaxSleep);
            m_cv.wait_for(lock, sleep, [&] { return m_quit || m_repace || m_paused; });
        } else {
            // Let a waiting GUI frame in before the next batch.
            lock.unlock();
            while (m_guiWaiting.load(std::memory_order_relaxed)) std::this_thread::yield();
            lock.lock();
        }
    }
}

// [SECTION] step mode

void LiveRun::stepLoop(std::unique_lock<std::mutex>& lock) {
    settle();  // nothing is chosen yet: this only records the start (or ends a run with no task)
    while (!m_quit) {
        if (m_ended) m_stepRequests.clear();  // nothing left to step
        if (m_stepRequests.empty()) {
            m_cv.wait(lock, [&] { return m_quit || (!m_stepRequests.empty() && !m_ended); });
            continue;
        }
        const StepRequest request = m_stepRequests.front();
        m_stepRequests.pop_front();
        carryOut(request);
        // Let a waiting GUI frame in before the next request.
        lock.unlock();
        while (m_guiWaiting.load(std::memory_order_relaxed)) std::this_thread::yield();
        lock.lock();
    }
}

void LiveRun::settle() {
    rt::Runtime& run = *m_runtime;
    while (run.step()) {
    }
    if (run.verdict() != rt::Verdict::Running) m_ended = true;
}

void LiveRun::runOneInstruction(trace::TaskId task) {
    static_cast<sched::ManualPolicy&>(m_runtime->policy()).choose(task);
    settle();
}

std::optional<trace::TaskId> LiveRun::nextInTurn() const {
    std::vector<viewmodel::StepCandidate> candidates;
    for (const auto& t : m_runtime->tasks())
        if (t->vt) candidates.push_back({t->id, t->state == trace::TaskState::Ready});
    return viewmodel::nextInTurn(candidates, m_lastStepped);
}

void LiveRun::carryOut(const StepRequest& request) {
    rt::Runtime& run = *m_runtime;
    const std::optional<trace::TaskId> id = request.task ? request.task : nextInTurn();
    if (!id || *id >= run.tasks().size()) return;
    rt::SimTask& t = run.task(*id);
    if (!t.vt || t.state != trace::TaskState::Ready) return;  // blocked, sleeping or done meanwhile
    m_lastStepped = *id;
    const uint32_t line = scriptLine(t);
    const int budget = request.size == StepSize::Statement ? kMaxStatementInstructions : 1;
    for (int i = 0; i < budget && !m_ended; ++i) {
        runOneInstruction(*id);
        if (t.state != trace::TaskState::Ready || scriptLine(t) != line) break;
    }
}

void LiveRun::snapshotTasks() {
    const rt::Runtime& run = *m_runtime;
    m_status.tasks.clear();
    for (const auto& t : run.tasks()) {
        if (!t->vt) continue;  // a process's own record runs no code
        m_status.tasks.push_back(
            {t->id, t->name, t->state, scriptLine(*t), t->cpuNs, t->state == trace::TaskState::Ready});
    }
    m_status.lastStepped = m_lastStepped;
    m_status.nextInTurn = nextInTurn();
}

void LiveRun::sync(TraceSession& session) {
    bool stop = false;
    {
        auto lock = guiLock();
        if (!m_diagnostics.empty() && !m_diagnosticsCopied) {
            session.diagnostics = m_diagnostics;
            m_diagnosticsCopied = true;
        }
        m_status.compiling = !m_compiled && !m_ended;
        m_status.compileFailed = !m_compiled && m_ended;
        m_status.native = m_native;
        if (m_runtime) {
            // A native run's threads change the runtime under its own lock (a sim run's engine
            // thread only under m_mutex, held here already: then this lock is empty).
            auto reading = m_runtime->lockForReading();
            const rt::Runtime& run = *m_runtime;
            const trace::TraceLog& from = run.log();
            // String ids belong to each log's own table: re-intern them in the session's.
            for (; m_copied < from.size(); ++m_copied) {
                trace::Event e = from.at(m_copied);
                if (e.aux != 0) e.aux = session.log.strings().intern(from.strings().get(e.aux));
                session.log.append(e);
            }
            m_status.verdict = run.verdict();
            m_status.message = run.verdictMessage();
            session.verdictMessage = m_status.message;
            m_status.nowNs = run.nowNs();
            m_status.steps = run.steps();
            m_status.ended = m_ended;
            m_status.stopReached = !m_manual && m_stopAtNs > 0 && run.nowNs() >= m_stopAtNs;
            m_status.instructions = run.instructions();
            if (m_manual) snapshotTasks();
            if (m_replay) snapshotSchedule();
            if (m_native) stop = nativeStopDue();
            // Still under the run's lock, which its threads print with: the output and the
            // events are taken at the same moment.
            std::lock_guard out(m_outputMutex);
            session.output += m_pendingOutput;
            m_pendingOutput.clear();
        }
        m_status.manual = m_manual;
        m_status.stepsPending = m_stepRequests.size();
        m_status.waitingForChoice = m_manual && m_compiled && !m_ended && m_stepRequests.empty();
        if (m_replay) {
            m_status.stepsPending = m_forwardRequests + (m_runningToPause ? 1 : 0);
            m_status.waitingForChoice = m_compiled && !m_ended && m_status.stepsPending == 0;
        }
    }
    // Outside both locks: requestStop() takes the native run's lock itself.
    if (stop) m_runtime->requestStop();
    session.refresh();  // the session is the GUI thread's own: no lock needed
}

}  // namespace il::gui
