#include "app/gui/explore_job.hpp"

#include <utility>

#include "app/cli/compile_file.hpp"
#include "app/cli/schedule_file.hpp"

namespace il::gui {
namespace {

// As `interleave explore`: explore runs are short, so a forgotten `while True` must not stall
// the search for seconds a run; limits the script declares win.
constexpr uint64_t kExploreMaxInstructions = 50'000'000;
constexpr uint64_t kExploreMaxHeapMb = 1024;
constexpr int kExploreMaxRecursion = 1000;

}  // namespace

ExploreRequest windowSearch(std::string path, std::string text, const rt::Settings& settings) {
    ExploreRequest r;
    r.path = std::move(path);
    r.text = std::move(text);
    r.settings = settings;
    r.settings.executor = rt::Executor::Sim;  // a search replays schedules: only the sim has them
    r.seed = settings.seed;  // the toolbar's seed: another seed, another search
    return r;
}

ExploreJob::ExploreJob(ExploreRequest request) : m_request(std::move(request)), m_thread([this] { work(); }) {}

ExploreJob::~ExploreJob() {
    cancel();
    m_thread.join();
}

double ExploreJob::seconds() const {
    if (finished()) return static_cast<double>(m_elapsedNs.load()) / 1e9;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
}

void ExploreJob::work() {
    std::string errors;
    cli::CompiledFile compiled = cli::compileText(m_request.path, m_request.text, &errors);
    if (!compiled.program) {
        m_error = errors.empty() ? m_request.path : errors;
    } else {
        rt::Settings base = m_request.settings;
        base.limits.maxInstructions = compiled.limits.maxInstructions.value_or(kExploreMaxInstructions);
        base.limits.maxHeapBytes = size_t(compiled.limits.maxHeapMb.value_or(kExploreMaxHeapMb)) << 20;
        base.limits.maxRecursion = compiled.limits.maxRecursion.value_or(kExploreMaxRecursion);
        cli::ExploreOptions options;
        options.strategy = m_request.strategy;
        options.runs = m_request.runs;
        options.seed = m_request.seed;
        options.preemptions = m_request.preemptions;
        options.jobs = m_request.jobs;
        options.cancel = &m_cancel;
        options.progress = [this](uint64_t done) { m_done.store(done, std::memory_order_relaxed); };
        // Each extra job compiles its own copy: a compiled program stays on one OS thread.
        std::shared_ptr<const vm::Program> first = std::move(compiled.program);
        cli::ProgramFactory compile = [this, &first]() -> std::shared_ptr<const vm::Program> {
            if (first) return std::exchange(first, nullptr);
            std::string ignored;
            return cli::compileText(m_request.path, m_request.text, &ignored).program;
        };
        m_result = cli::explore(compile, cli::scriptHash(m_request.text), base, options);
        m_done.store(m_result.made, std::memory_order_relaxed);
    }
    m_elapsedNs.store(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - m_start).count());
    m_finished.store(true, std::memory_order_release);
}

}  // namespace il::gui
