#include "app/viewmodel/wait_view.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace il::viewmodel {

using trace::kNoId;
using trace::ResourceKind;
using trace::TaskId;
using trace::TaskState;

namespace {

constexpr size_t kMaxGraphTasks = 12;      // past this the circle gets too crowded to read
constexpr size_t kMaxGraphResources = 12;
constexpr float kMaxNodeRadius = 30.0f;

// Builds the node list in circle order; keeps an index from task/resource id to node.
struct NodeList {
    WaitView& view;
    std::vector<uint32_t> taskNode, resourceNode;  // by id; kNoId: not a node
    size_t tasks = 0, resources = 0;

    bool hasTask(TaskId t) const { return t < taskNode.size() && taskNode[t] != kNoId; }
    bool hasResource(uint32_t r) const { return r < resourceNode.size() && resourceNode[r] != kNoId; }
    void addTask(TaskId t) {
        if (hasTask(t) || tasks >= kMaxGraphTasks) return;
        if (t >= taskNode.size()) taskNode.resize(t + 1, kNoId);
        taskNode[t] = static_cast<uint32_t>(view.nodes.size());
        view.nodes.push_back(WaitNode{NodeKind::Task, t});
        ++tasks;
    }
    void addResource(uint32_t r) {
        if (hasResource(r) || resources >= kMaxGraphResources) return;
        if (r >= resourceNode.size()) resourceNode.resize(r + 1, kNoId);
        resourceNode[r] = static_cast<uint32_t>(view.nodes.size());
        view.nodes.push_back(WaitNode{NodeKind::Resource, r});
        ++resources;
    }
};

}  // namespace

bool isSyncObject(ResourceKind k) {
    switch (k) {
        case ResourceKind::Lock:
        case ResourceKind::RLock:
        case ResourceKind::Semaphore:
        case ResourceKind::Condition:
        case ResourceKind::Event:
        case ResourceKind::Barrier: return true;
        default: return false;
    }
}

WaitView buildWaitView(const trace::TraceModel& model, const HolderHistory& history, uint64_t atNs, float width,
                       float height) {
    WaitView v;
    v.atNs = atNs;
    const auto& resources = model.resources();
    const auto isGil = [&](uint32_t r) { return r < resources.size() && resources[r].kind == ResourceKind::Gil; };
    // Waits: the state span of every task at the moment. A GIL wait is the GIL view's business.
    std::vector<uint32_t> waitsFor(model.tasks().size(), kNoId);
    std::vector<uint16_t> lineOf(model.tasks().size(), 0);
    for (const trace::TaskInfo& t : model.tasks()) {
        if (t.id == kNoId) continue;
        const trace::StateSpan* s = model.spanAt(t.id, atNs);
        if (s == nullptr || s->state != TaskState::Blocked || s->object >= resources.size() || isGil(s->object)) continue;
        waitsFor[t.id] = s->object;
        lineOf[t.id] = s->line;
        v.graph.setWaiting(t.id, s->object);
    }
    std::vector<std::vector<TaskId>> holders(resources.size());
    for (const trace::ResourceInfo& r : resources) {
        if (r.id == kNoId || r.kind == ResourceKind::Gil) continue;
        holders[r.id] = history.holdersAt(r.id, atNs);
        for (TaskId h : holders[r.id]) v.graph.addHolder(r.id, h);
    }
    // Every sync object; a join only while somebody waits for it (a run makes one per process
    // and per joined thread: listing them all would bury the locks).
    for (const bool joins : {false, true}) {
        for (const trace::ResourceInfo& r : resources) {
            if (r.id == kNoId || (joins ? r.kind != ResourceKind::Join : !isSyncObject(r.kind))) continue;
            ResourceRow row{r.id, r.kind, r.name, holders[r.id], {}};
            for (TaskId t = 0; t < waitsFor.size(); ++t)
                if (waitsFor[t] == r.id) row.waiters.push_back(t);
            if (joins && row.waiters.empty()) continue;
            v.resources.push_back(std::move(row));
        }
    }
    if (const auto cycle = v.graph.findCycle()) {
        const size_t n = cycle->tasks.size();
        for (size_t i = 0; i < n; ++i) {
            const TaskId t = cycle->tasks[i];
            v.cycle.push_back(CycleStep{t, lineOf[t], cycle->resources[i], cycle->tasks[(i + 1) % n]});
        }
    }
    // Nodes in circle order: the cycle first (task, resource, task, ... so it reads as a ring),
    // then each other waiting task followed by what it waits for and who holds that, then sync
    // objects that are held with nobody waiting.
    NodeList list{v, {}, {}};
    for (const CycleStep& s : v.cycle) {
        list.addTask(s.task);
        list.addResource(s.resource);
    }
    for (TaskId t = 0; t < waitsFor.size(); ++t) {
        if (waitsFor[t] == kNoId) continue;
        list.addTask(t);
        if (!list.hasTask(t)) continue;
        list.addResource(waitsFor[t]);
        for (TaskId h : holders[waitsFor[t]]) list.addTask(h);
    }
    for (const ResourceRow& row : v.resources) {
        if (row.holders.empty() || list.hasResource(row.id)) continue;
        list.addResource(row.id);
        for (TaskId h : row.holders) list.addTask(h);
    }
    // Arrows, and which of them close the cycle.
    const auto cycleEdge = [&](TaskId t, uint32_t r, bool towardsTask) {
        for (const CycleStep& s : v.cycle)
            if (s.resource == r && (towardsTask ? s.holder == t : s.task == t)) return true;
        return false;
    };
    for (TaskId t = 0; t < waitsFor.size(); ++t)
        if (list.hasTask(t) && waitsFor[t] != kNoId && list.hasResource(waitsFor[t]))
            v.edges.push_back(WaitEdge{list.taskNode[t], list.resourceNode[waitsFor[t]], cycleEdge(t, waitsFor[t], false)});
    for (uint32_t r = 0; r < holders.size(); ++r) {
        if (!list.hasResource(r)) continue;
        for (TaskId h : holders[r])
            if (list.hasTask(h)) v.edges.push_back(WaitEdge{list.resourceNode[r], list.taskNode[h], cycleEdge(h, r, true)});
    }
    for (WaitNode& n : v.nodes) {
        for (const CycleStep& s : v.cycle)
            if ((n.kind == NodeKind::Task && n.id == s.task) || (n.kind == NodeKind::Resource && n.id == s.resource))
                n.inCycle = true;
    }
    layoutNodes(v, width, height);
    return v;
}

void layoutNodes(WaitView& view, float width, float height) {
    const size_t n = view.nodes.size();
    if (n == 0) return;
    const float cx = width * 0.5f, cy = height * 0.5f;
    const float halfX = std::max(0.0f, width * 0.5f - 2.0f), halfY = std::max(0.0f, height * 0.5f - 2.0f);
    const float half = std::min(halfX, halfY);
    // A box of half-side r reaches r·√2 from its centre: keep that inside the box, and make
    // neighbours on the circle (a chord 2·R·sin(π/n) apart) at least 2·r·√2 apart.
    constexpr float kSqrt2 = std::numbers::sqrt2_v<float>;
    const float sine = n == 1 ? 1.0f : std::sin(std::numbers::pi_v<float> / static_cast<float>(n));
    // r = k·chord with chord = 2·sine·(half - √2·r), k = 0.9 / (2√2): solved for r.
    const float k = 0.9f / (2.0f * kSqrt2);
    float r = 2.0f * k * sine * half / (1.0f + 2.0f * kSqrt2 * k * sine);
    r = std::min({r, kMaxNodeRadius, half * 0.3f});
    view.nodeRadius = r;
    // An ellipse filling the box: stretching a circle apart never brings two points closer, so
    // the spacing worked out for the smaller radius still holds.
    const float rx = n == 1 ? 0.0f : halfX - kSqrt2 * r, ry = n == 1 ? 0.0f : halfY - kSqrt2 * r;
    for (size_t i = 0; i < n; ++i) {
        // From the left, clockwise on screen (y grows downwards): a 4-cycle reads left, top, right, bottom.
        const float a = std::numbers::pi_v<float> * (1.0f + 2.0f * static_cast<float>(i) / static_cast<float>(n));
        const float c = std::cos(a), s = std::sin(a);
        view.nodes[i].x = cx + rx * c;
        view.nodes[i].y = cy + ry * s;
        view.nodes[i].label = std::abs(s) < 0.5f ? (c < 0 ? LabelSide::Left : LabelSide::Right)
                                                 : (s < 0 ? LabelSide::Above : LabelSide::Below);
    }
}

}  // namespace il::viewmodel
