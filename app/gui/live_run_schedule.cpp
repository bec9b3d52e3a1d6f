// LiveRun's schedule mode: a schedule replayed under a PausingPolicy and walked through one of
// its choices at a time (live_run.hpp). Also schedule(): the current run as a schedule file.

#include <algorithm>
#include <utility>

#include "app/gui/live_run.hpp"
#include "engine/runtime/runtime.hpp"
#include "engine/sched/pausing_policy.hpp"
#include "engine/sched/recording_policy.hpp"

namespace il::gui {
namespace {

// How often a run to the next pause looks whether a GUI frame waits for the mutex.
constexpr int kStepsPerGuiCheck = 32;

}  // namespace

bool LiveRun::startSchedule(std::shared_ptr<const vm::Program> program) {
    const cli::Schedule& schedule = m_replay->schedule;
    std::unique_ptr<sched::Policy> inner = cli::replayPolicy(schedule);
    if (!inner) {
        m_diagnostics = "unknown scheduling policy \"" + schedule.settings.policy + "\" in the schedule\n";
        return false;
    }
    // The whole schedule once, headless, first: its number of choices (the N of "step k of N")
    // and how it ends, which the window shows from step 0 on. A run of the kind explore makes
    // by the thousand per second, so this costs little next to the replay itself.
    m_whole = cli::runHeadless(schedule.settings, program, cli::replayPolicy(schedule));
    auto pausing = std::make_unique<sched::PausingPolicy>(std::move(inner), m_replay->step);
    m_pausing = pausing.get();
    m_runSettings = schedule.settings;
    m_policyOptions = schedule.policyOptions;
    auto capture = [this](std::string_view text) { m_pendingOutput.append(text); };
    m_runtime = std::make_unique<rt::Runtime>(schedule.settings, std::move(program), capture, capture, std::move(pausing));
    m_target = m_replay->step;
    m_runningToPause = true;  // to step `m_replay->step`, which scheduleLoop runs first
    return true;
}

void LiveRun::scheduleLoop(std::unique_lock<std::mutex>& lock) {
    runToPause(lock);
    while (!m_quit) {
        if (m_ended) m_forwardRequests = 0;  // nothing left to step
        if (m_forwardRequests == 0) {
            m_cv.wait(lock, [&] { return m_quit || (m_forwardRequests > 0 && !m_ended); });
            continue;
        }
        --m_forwardRequests;
        m_runningToPause = true;
        m_pausing->allow(m_pausing->picks() + 1);
        runToPause(lock);
    }
}

// runToPause() steps until the PausingPolicy holds the run (step() false, verdict Running) or
// it ends, letting a waiting GUI frame in between batches as pacedLoop does.
void LiveRun::runToPause(std::unique_lock<std::mutex>& lock) {
    rt::Runtime& run = *m_runtime;
    for (int n = 1; !m_quit; ++n) {
        if (!run.step()) {
            if (run.verdict() != rt::Verdict::Running) m_ended = true;
            break;
        }
        if (n % kStepsPerGuiCheck == 0 && m_guiWaiting.load(std::memory_order_relaxed)) {
            lock.unlock();
            while (m_guiWaiting.load(std::memory_order_relaxed)) std::this_thread::yield();
            lock.lock();
        }
    }
    m_runningToPause = false;
}

void LiveRun::stepForward() {
    if (!m_replay) return;
    {
        auto lock = guiLock();
        // Past the last choice a replay has no turns of its own left: "step N+1 of N" would be
        // the fallback's pick, not the schedule's. N is known once the script compiled.
        const uint64_t n = m_whole.choices.size();
        if (m_pausing == nullptr || std::min(m_target, n) >= n) return;
        ++m_target;
        ++m_forwardRequests;
    }
    m_cv.notify_all();
}

void LiveRun::snapshotSchedule() {
    m_status.schedule = true;
    m_status.scheduleStep = m_pausing ? m_pausing->picks() : 0;
    m_status.scheduleSteps = m_whole.choices.size();
    m_status.scheduleVerdict = m_whole.verdict;
    m_status.scheduleMessage = m_whole.message;
    m_status.scheduleUncaught = m_whole.uncaught > 0;
}

std::optional<cli::Schedule> LiveRun::schedule() {
    auto lock = guiLock();
    if (m_replay) return m_replay->schedule;
    if (!m_compiled || m_recorder == nullptr) return std::nullopt;
    return cli::Schedule{m_scriptHash, m_runSettings, m_policyOptions, m_recorder->choices()};
}

}  // namespace il::gui
