#pragma once
// Turns a lane's intervals (in time order) into at most ~2 rects per pixel column: intervals
// at least a pixel wide become their own rect (adjacent equal ones coalesce), narrower ones
// starting in the same pixel column merge into one compact record coloured by the state that
// covered most of the column and flagged `mixed` when several states met there.

#include <array>
#include <cstdint>
#include <vector>

#include "app/viewmodel/timeline_frame.hpp"

namespace il::viewmodel {

class RowRasterizer {
public:
    // Appends to `out` (not cleared) for the mapping `ctx`.
    RowRasterizer(std::vector<DrawRect>& out, const TimelineContext& ctx) : m_out(out), m_ctx(ctx) {}

    // add() feeds interval [startNs, endNs) with `colour`; `mixed` marks an already merged
    // summary. Preconditions: calls in time order; parts outside the range are clipped.
    void add(uint64_t startNs, uint64_t endNs, ColourId colour, bool mixed, uint32_t span);
    // finish() flushes the pending column; call once after the last add().
    void finish() { flush(); }
    // The number of intervals merged so far into the open column, and the time that column
    // ends at: a caller walking dense spans skips to that time once the count is large.
    [[nodiscard]] uint32_t pendingCount() const { return m_count; }
    [[nodiscard]] uint64_t pendingColumnEndNs() const;

private:
    void flush();
    void emit(float x0, float x1, ColourId colour, bool mixed, uint32_t span);

    std::vector<DrawRect>& m_out;
    const TimelineContext& m_ctx;
    // The open column group.
    int64_t m_column = -1;
    float m_groupX1 = 0;
    uint32_t m_count = 0;
    uint32_t m_span = kNoSpan;
    bool m_mixed = false;
    uint32_t m_present = 0;  // bit per colour seen in the group
    std::array<double, kColourCount> m_weight{};
    float m_lastX1 = 0;  // rects never overlap: each starts where the previous ended or later
};

}  // namespace il::viewmodel
