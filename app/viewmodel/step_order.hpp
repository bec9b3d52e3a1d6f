#pragma once
// Step mode: which task a "Step" with no task named moves. The rule a learner can predict and
// the status bar can say: tasks take turns in id order (creation order), starting after the
// task that stepped last, skipping those that cannot run now (blocked, sleeping, done).

#include <cstdint>
#include <optional>
#include <span>

#include "engine/trace/event.hpp"

namespace il::viewmodel {

// A task as step mode sees it: its id and whether it can take a step right now.
struct StepCandidate {
    trace::TaskId id = trace::kNoId;
    bool runnable = false;
};

// nextInTurn() is the first runnable candidate whose id comes after `last` (wrapping round),
// or the lowest runnable id when nobody stepped yet; nothing when no task can run.
[[nodiscard]] std::optional<trace::TaskId> nextInTurn(std::span<const StepCandidate> tasks,
                                                      std::optional<trace::TaskId> last);

}  // namespace il::viewmodel
