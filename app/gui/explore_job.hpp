#pragma once
// ExploreJob: "Find a failing schedule" in the background. It owns one std::thread that
// compiles the script and runs cli::explore() on it, so the window keeps drawing; the GUI thread
// reads the progress counters each frame, can cancel, and takes the result once finished().
//
// Threading: the worker writes only atomics while it runs and the result before it sets
// m_finished (release); the GUI reads the result only after seeing m_finished (acquire).

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <thread>

#include "app/cli/explorer.hpp"
#include "engine/runtime/settings.hpp"

namespace il::gui {

inline constexpr uint64_t kExploreRuns = 10'000;  // ~1 s on a small scenario (docs/performance.md)

struct ExploreRequest {
    std::string path;      // the scenario, for messages
    std::string text;      // what to explore: the text the window runs (edits included)
    rt::Settings settings; // limits; exploration is systematic (one core, no GIL), policy the explorer's
    uint64_t runs = kExploreRuns;
    uint64_t seed = 0;
    std::string strategy = "pct";  // random | pct | dfs
    uint32_t preemptions = 2;      // dfs: the preemption bound
    unsigned jobs = 1;
};

// windowSearch() is what "Find a failing schedule" runs: pct, kExploreRuns runs. Measured with
// `interleave explore` (seed 0): pct finds the five philosophers' deadlock in 1,174 runs
// (0.24 s) and the bundled dining_philosophers.py's in 312, where dfs bounded to 1 preemption
// has found neither after 10,000 schedules; both find the lost update and the two-lock deadlock
// at once. So no dfs stage first: it would only delay the searches that matter.
[[nodiscard]] ExploreRequest windowSearch(std::string path, std::string text, const rt::Settings& settings);

class ExploreJob {
public:
    // Starts the worker thread at once.
    explicit ExploreJob(ExploreRequest request);
    // Cancels and joins: a closed window or a new search never leaves a thread behind.
    ~ExploreJob();
    ExploreJob(const ExploreJob&) = delete;
    ExploreJob& operator=(const ExploreJob&) = delete;

    // cancel() asks the explorer to start no further run; finished() follows shortly.
    void cancel() { m_cancel.store(true); }
    [[nodiscard]] bool finished() const { return m_finished.load(std::memory_order_acquire); }
    [[nodiscard]] uint64_t done() const { return m_done.load(std::memory_order_relaxed); }
    [[nodiscard]] uint64_t total() const { return m_request.runs; }
    // seconds() is the real time since the start (the whole search's once finished).
    [[nodiscard]] double seconds() const;
    [[nodiscard]] const ExploreRequest& request() const { return m_request; }
    // Only once finished(): what the explorer found (ExploreResult::found / cancelled), or why
    // the script could not be explored (a compile error: non-empty error()).
    [[nodiscard]] const cli::ExploreResult& result() const { return m_result; }
    [[nodiscard]] const std::string& error() const { return m_error; }

private:
    void work();

    const ExploreRequest m_request;
    const std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_finished{false};
    std::atomic<uint64_t> m_done{0};
    std::atomic<int64_t> m_elapsedNs{0};  // set when finished
    cli::ExploreResult m_result;  // written by the worker before m_finished
    std::string m_error;          // idem
    std::thread m_thread;         // last: starts once every member above is constructed
};

}  // namespace il::gui
