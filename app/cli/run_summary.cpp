#include "app/cli/run_summary.hpp"

#include <algorithm>

namespace il::cli {

namespace {

using nlohmann::ordered_json;
using trace::ResourceKind;
using trace::TaskState;

double ms(int64_t ns) { return double(ns) / 1e6; }

// The time the run ended: the runtime's clock, or the last event if a core recorded one later
// (cores run up to one chunk ahead of the clock).
int64_t endOf(const rt::Runtime& runtime) {
    int64_t end = runtime.nowNs();
    const trace::TraceLog& log = runtime.log();
    if (!log.empty()) end = std::max(end, int64_t(log.at(log.size() - 1).timeNs));
    return end;
}

struct Times {
    int64_t cpu = 0, ready = 0, blocked = 0, sleeping = 0;
    uint64_t switches = 0;
};

// A thread's times with its current state closed at `end`: the runtime adds a state's time
// only when the state changes.
Times threadTimes(const rt::SimTask& t, int64_t end) {
    Times x{t.cpuNs, t.readyNs, t.blockedNs, t.sleepingNs, t.switches};
    int64_t open = std::max<int64_t>(0, end - t.stateSinceNs);
    switch (t.state) {
        case TaskState::Running: x.cpu += open; break;
        case TaskState::Ready: x.ready += open; break;
        case TaskState::Blocked: x.blocked += open; break;
        case TaskState::Sleeping: x.sleeping += open; break;
        default: break;
    }
    return x;
}

ordered_json taskJson(const rt::Runtime& runtime, const rt::SimTask& t, int64_t end) {
    Times x;
    if (t.kind == trace::TaskKind::Process && t.proc) {
        // A process's own record is "running" for its whole life, which says nothing about CPU:
        // report the sums over its threads instead (what `time` shows for a process).
        for (trace::TaskId id : t.proc->threads) {
            Times th = threadTimes(*runtime.tasks()[id], end);
            x.cpu += th.cpu;
            x.ready += th.ready;
            x.blocked += th.blocked;
            x.sleeping += th.sleeping;
            x.switches += th.switches;
        }
    } else {
        x = threadTimes(t, end);
    }
    ordered_json j;
    j["name"] = t.name;
    j["kind"] = trace::nameOf(t.kind);
    j["pid"] = t.proc ? t.proc->pid : 0;
    j["process"] = t.proc ? t.proc->name : "";
    j["state"] = trace::nameOf(t.state);
    j["cpu_ms"] = ms(x.cpu);
    j["ready_ms"] = ms(x.ready);
    j["blocked_ms"] = ms(x.blocked);
    j["sleeping_ms"] = ms(x.sleeping);
    j["switches"] = x.switches;
    return j;
}

bool isLock(ResourceKind k) {
    return k == ResourceKind::Lock || k == ResourceKind::RLock || k == ResourceKind::Semaphore ||
           k == ResourceKind::Condition;
}

ordered_json deadlockJson(const rt::Runtime& runtime) {
    if (runtime.verdict() != rt::Verdict::Deadlock) return nullptr;
    const rt::DeadlockInfo& d = runtime.deadlock();
    ordered_json tasks = ordered_json::array(), lines = ordered_json::array(), resources = ordered_json::array();
    for (trace::TaskId id : d.tasks) {
        const rt::SimTask& t = *runtime.tasks()[id];
        tasks.push_back(t.name);
        lines.push_back(runtime.lineOf(t));
    }
    for (trace::ResourceId id : d.resources) resources.push_back(runtime.resources()[id].name);
    ordered_json j;
    j["tasks"] = tasks;
    j["resources"] = resources;
    j["cycle"] = d.cycle;
    j["lines"] = lines;
    j["message"] = runtime.verdictMessage();
    return j;
}

}  // namespace

ordered_json buildRunSummary(const rt::Runtime& runtime) {
    const int64_t end = endOf(runtime);
    const rt::Settings& s = runtime.settings();
    ordered_json j;
    j["verdict"] = rt::nameOf(runtime.verdict());
    j["virtual_time_ms"] = ms(end);
    j["steps"] = runtime.steps();
    j["instructions"] = runtime.instructions();
    j["seed"] = s.seed;
    j["policy"] = s.policy;
    j["cores"] = s.cores;
    j["gil_mode"] = rt::nameOf(s.gil);

    ordered_json tasks = ordered_json::array();
    for (const auto& t : runtime.tasks()) tasks.push_back(taskJson(runtime, *t, end));
    j["tasks"] = tasks;

    ordered_json queues = ordered_json::array(), locks = ordered_json::array();
    for (const rt::Resource& r : runtime.resources()) {
        if (r.kind == ResourceKind::Queue || r.kind == ResourceKind::Pipe) {
            ordered_json q;
            q["name"] = r.name;
            q["kind"] = trace::nameOf(r.kind);
            q["capacity"] = r.capacity ? ordered_json(r.capacity) : ordered_json(nullptr);
            q["max_len"] = r.maxLength;
            q["puts"] = r.puts;
            q["gets"] = r.gets;
            queues.push_back(q);
        } else if (isLock(r.kind)) {
            ordered_json l;
            l["name"] = r.name;
            l["kind"] = trace::nameOf(r.kind);
            l["acquisitions"] = r.acquisitions;
            l["contended"] = r.contended;
            locks.push_back(l);
        }
    }
    j["queues"] = queues;
    j["locks"] = locks;

    ordered_json gils = ordered_json::array();
    for (const auto& p : runtime.processes()) {
        const rt::Gil& g = p->gil;
        // Waits still going on when the run ended count up to the end.
        int64_t wait = g.waitNs;
        for (trace::TaskId id : g.waiters) wait += std::max<int64_t>(0, end - runtime.tasks()[id]->gilWaitSince);
        ordered_json x;
        x["process"] = p->name;
        x["pid"] = p->pid;
        x["switches"] = g.switches;
        x["wait_ms"] = ms(wait);
        x["false_alarms"] = g.falseAlarms;
        gils.push_back(x);
    }
    j["gil"] = gils;  // per process, as the issue names it

    ordered_json pools = ordered_json::array();
    for (const rt::PoolStats& p : runtime.pools) {
        ordered_json x;
        x["name"] = p.name;
        x["workers"] = p.workers;
        x["max_busy"] = p.maxBusy;
        x["max_pending"] = p.maxPending;
        pools.push_back(x);
    }
    j["pools"] = pools;
    j["deadlock"] = deadlockJson(runtime);
    return j;
}

std::string runSummaryText(const rt::Runtime& runtime) { return buildRunSummary(runtime).dump(2) + "\n"; }

}  // namespace il::cli
