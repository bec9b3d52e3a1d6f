#pragma once
// Which of Coffman's four conditions for a deadlock hold at the moment a WaitView shows, and a
// one-line why for each. A deadlock needs all four; removing any one is a way out (the lesson of
// deadlock_fixed.py: a global lock order breaks circular wait, acquire(timeout=) breaks hold and
// wait).

#include <array>
#include <cstdint>
#include <string>

#include "app/viewmodel/wait_view.hpp"

namespace il::viewmodel {

enum class Coffman : uint8_t {
    MutualExclusion,  // a resource someone waits for can be held by only so many tasks at once
    HoldAndWait,      // a task holds one resource while it waits for another
    NoPreemption,     // nothing takes a held resource away: only its holder releases it
    CircularWait,     // the wait-for graph has a cycle
};
inline constexpr int kCoffmanCount = 4;

// The reason shown under a condition; the panel turns it into a translated sentence.
enum class CoffmanWhy : uint8_t {
    ExclusiveHeld,     // `resource` (a lock...) is held by `task` while `other` waits: yes
    NothingExclusive,  // no waited-for resource is held at all: no
    HoldsWhileWaiting, // `task` holds `resource` and waits for `otherResource`: yes
    NoHoldWhileWaiting,// no waiting task holds anything: no
    OnlyHolderReleases,// `resource` is a lock: only its holder releases it: yes
    NothingHeld,       // no waited-for resource is held, so nothing could be taken away: no
    Cycle,             // the cycle of the view: yes
    NoCycle,           // the wait-for graph has no cycle: no
};

struct CoffmanCondition {
    Coffman which = Coffman::MutualExclusion;
    bool holds = false;
    CoffmanWhy why = CoffmanWhy::NoCycle;
    trace::TaskId task = trace::kNoId, other = trace::kNoId;
    trace::ResourceId resource = trace::kNoId, otherResource = trace::kNoId;
};

// checkCoffman() evaluates the four conditions on `view`, looking at the cycle first when there
// is one (so the why names the tasks of the deadlock), else at any wait.
[[nodiscard]] std::array<CoffmanCondition, kCoffmanCount> checkCoffman(const WaitView& view,
                                                                      const trace::TraceModel& model);

}  // namespace il::viewmodel
