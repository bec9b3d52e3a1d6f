#include "app/viewmodel/coffman.hpp"

#include <vector>

namespace il::viewmodel {

using trace::kNoId;
using trace::ResourceId;
using trace::ResourceKind;
using trace::TaskId;

namespace {

// A wait that some holder stands in the way of: `task` waits for `resource` held by `holder`.
struct BlockedWait {
    TaskId task;
    ResourceId resource;
    TaskId holder;
};

// The waits to reason about: the cycle's when there is one, else every wait with a holder.
std::vector<BlockedWait> blockedWaits(const WaitView& v, const trace::TraceModel& model) {
    std::vector<BlockedWait> out;
    for (const CycleStep& s : v.cycle) out.push_back(BlockedWait{s.task, s.resource, s.holder});
    if (!out.empty()) return out;
    for (const trace::TaskInfo& t : model.tasks()) {
        const ResourceId r = v.graph.waitingFor(t.id);
        if (t.id == kNoId || r == kNoId) continue;
        for (TaskId h : v.graph.holders(r))
            if (h != t.id) out.push_back(BlockedWait{t.id, r, h});
    }
    return out;
}

// What `task` holds at the moment (the first such resource), or kNoId. A join a task "holds"
// is only its own end, not a resource it could let go of.
ResourceId heldBy(const WaitView& v, TaskId task, ResourceId except) {
    for (const ResourceRow& row : v.resources)
        if (row.id != except && row.kind != ResourceKind::Join)
            for (TaskId h : row.holders)
                if (h == task) return row.id;
    return kNoId;
}

bool releasedOnlyByHolder(ResourceKind k) {
    // A Semaphore can be released by any task, but nothing forces a release either.
    return k == ResourceKind::Lock || k == ResourceKind::RLock || k == ResourceKind::Semaphore ||
           k == ResourceKind::Condition;
}

}  // namespace

std::array<CoffmanCondition, kCoffmanCount> checkCoffman(const WaitView& v, const trace::TraceModel& model) {
    std::array<CoffmanCondition, kCoffmanCount> c{};
    for (int i = 0; i < kCoffmanCount; ++i) c[static_cast<size_t>(i)].which = static_cast<Coffman>(i);
    const std::vector<BlockedWait> waits = blockedWaits(v, model);
    const auto kindOf = [&](ResourceId r) {
        return r < model.resources().size() ? model.resources()[r].kind : ResourceKind::Other;
    };

    CoffmanCondition& mutex = c[0];
    mutex.why = CoffmanWhy::NothingExclusive;
    if (!waits.empty()) {
        const BlockedWait& w = waits.front();
        mutex = {Coffman::MutualExclusion, true, CoffmanWhy::ExclusiveHeld, w.holder, w.task, w.resource, kNoId};
    }

    CoffmanCondition& hold = c[1];
    hold.why = CoffmanWhy::NoHoldWhileWaiting;
    for (const trace::TaskInfo& t : model.tasks()) {
        const ResourceId wanted = v.graph.waitingFor(t.id);
        if (t.id == kNoId || wanted == kNoId) continue;
        const ResourceId held = heldBy(v, t.id, wanted);
        if (held == kNoId) continue;
        hold = {Coffman::HoldAndWait, true, CoffmanWhy::HoldsWhileWaiting, t.id, kNoId, held, wanted};
        // Prefer a task of the cycle, whose hold-and-wait is the one that matters.
        bool inCycle = false;
        for (const CycleStep& s : v.cycle) inCycle = inCycle || s.task == t.id;
        if (inCycle || v.cycle.empty()) break;
    }

    CoffmanCondition& preempt = c[2];
    preempt.why = CoffmanWhy::NothingHeld;
    for (const BlockedWait& w : waits) {
        if (!releasedOnlyByHolder(kindOf(w.resource))) continue;
        preempt = {Coffman::NoPreemption, true, CoffmanWhy::OnlyHolderReleases, w.holder, kNoId, w.resource, kNoId};
        break;
    }

    CoffmanCondition& circular = c[3];
    circular.why = CoffmanWhy::NoCycle;
    if (!v.cycle.empty())
        circular = {Coffman::CircularWait, true, CoffmanWhy::Cycle, v.cycle.front().task, kNoId, v.cycle.front().resource,
                    kNoId};
    return c;
}

}  // namespace il::viewmodel
