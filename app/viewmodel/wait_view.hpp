#pragma once
// The Locks & waits panel's view-model: at one moment, every synchronisation object with its
// holders and waiters, the wait-for graph (tasks → the resource they wait for → its holders),
// a deadlock cycle if there is one, and where each node of the graph goes in a box.
//
// The moment may be in the past (the learner scrubbed back): waiters come from the tasks' state
// spans at that time and holders from a HolderHistory, never from the current holders.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/viewmodel/holder_history.hpp"
#include "engine/trace/trace_model.hpp"
#include "engine/trace/wait_graph.hpp"

namespace il::viewmodel {

// One lock, semaphore, condition, event or barrier at the moment, or a join somebody waits for
// (its holders: the tasks whose end it waits for).
struct ResourceRow {
    trace::ResourceId id = trace::kNoId;
    trace::ResourceKind kind = trace::ResourceKind::Other;
    std::string name;
    std::vector<trace::TaskId> holders;
    std::vector<trace::TaskId> waiters;
};

// One link of a deadlock cycle: `task` (at source `line`) waits for `resource`, held by `holder`.
struct CycleStep {
    trace::TaskId task = trace::kNoId;
    uint16_t line = 0;
    trace::ResourceId resource = trace::kNoId;
    trace::TaskId holder = trace::kNoId;
};

enum class NodeKind : uint8_t {
    Task,      // drawn as a circle
    Resource,  // drawn as a box
};

// Where a node's name goes: outside the ring, on the side facing away from its middle.
enum class LabelSide : uint8_t { Above, Below, Left, Right };

struct WaitNode {
    NodeKind kind = NodeKind::Task;
    uint32_t id = trace::kNoId;  // task or resource id
    float x = 0, y = 0;          // centre, relative to the box's top-left corner
    bool inCycle = false;
    LabelSide label = LabelSide::Below;  // depends only on the node's place in the ring
};

// An arrow between two nodes (indices into WaitView::nodes): task → resource it waits for,
// resource → task holding it.
struct WaitEdge {
    uint32_t from = 0, to = 0;
    bool inCycle = false;
};

struct WaitView {
    uint64_t atNs = 0;
    std::vector<ResourceRow> resources;  // sync objects, then the joins waited for
    trace::WaitGraph graph;              // every wait at the moment except for a GIL
    std::vector<CycleStep> cycle;        // empty: no deadlock cycle
    std::vector<WaitNode> nodes;
    std::vector<WaitEdge> edges;
    float nodeRadius = 0;  // a task's circle radius and half a resource box's side
};

// isSyncObject() is true for the kinds listed in the panel's table.
[[nodiscard]] bool isSyncObject(trace::ResourceKind k);

// buildWaitView() describes moment `atNs`, laid out in a box of `width` × `height` pixels.
// Precondition: `history` and `model` follow the same log, up to date.
[[nodiscard]] WaitView buildWaitView(const trace::TraceModel& model, const HolderHistory& history, uint64_t atNs,
                                     float width, float height);

// layoutNodes() places `nodes` in order round one ellipse filling the box, evenly spaced in angle (a
// ring of task, resource, task... for a cycle), and sets
// `nodeRadius` so no two nodes (circles or boxes) overlap and every node stays inside the box.
void layoutNodes(WaitView& view, float width, float height);

}  // namespace il::viewmodel
