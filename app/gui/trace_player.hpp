#pragma once
// Replays a recorded trace into a live one as time passes, so the GUI shows it growing the way
// a run would: the synthetic preview today, recorded runs and exported files later.

#include <cstddef>
#include <cstdint>

#include "engine/trace/trace_log.hpp"

namespace il::gui {

class TracePlayer {
public:
    // Preconditions: `recorded` outlives the player; its events are in time order.
    explicit TracePlayer(const trace::TraceLog& recorded) : m_recorded(recorded) {}
    // playTo() appends to `live` every recorded event up to time `ns` not yet appended, with its
    // strings interned in `live`'s table.
    void playTo(uint64_t ns, trace::TraceLog& live);
    [[nodiscard]] bool finished() const { return m_next >= m_recorded.size(); }
    [[nodiscard]] uint64_t endNs() const { return m_recorded.endTimeNs(); }

private:
    const trace::TraceLog& m_recorded;
    size_t m_next = 0;
};

}  // namespace il::gui
