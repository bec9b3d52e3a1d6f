#include "app/viewmodel/step_order.hpp"

namespace il::viewmodel {

std::optional<trace::TaskId> nextInTurn(std::span<const StepCandidate> tasks, std::optional<trace::TaskId> last) {
    std::optional<trace::TaskId> lowest, after;
    for (const StepCandidate& t : tasks) {
        if (!t.runnable) continue;
        if (!lowest || t.id < *lowest) lowest = t.id;
        if (last && t.id > *last && (!after || t.id < *after)) after = t.id;
    }
    return after ? after : lowest;
}

}  // namespace il::viewmodel
