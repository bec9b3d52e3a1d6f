#include "app/viewmodel/row_rasterizer.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

namespace il::viewmodel {

uint64_t RowRasterizer::pendingColumnEndNs() const {
    const double ns = static_cast<double>(m_ctx.range.startNs) + static_cast<double>(m_column + 1) * m_ctx.nsPerPx;
    return static_cast<uint64_t>(std::ceil(ns));
}

void RowRasterizer::add(uint64_t startNs, uint64_t endNs, ColourId colour, bool mixed, uint32_t span) {
    if (endNs <= m_ctx.range.startNs || startNs >= m_ctx.range.endNs || endNs <= startNs) return;
    const double w = m_ctx.widthPx;
    const double x0 = std::max(0.0, m_ctx.toX(startNs));
    const double x1 = std::min(w, m_ctx.toX(endNs));
    if (!mixed && x1 - x0 >= 1.0) {
        flush();
        emit(static_cast<float>(x0), static_cast<float>(x1), colour, false, span);
        return;
    }
    const auto column = static_cast<int64_t>(std::floor(x0));
    if (m_count > 0 && column != m_column) flush();
    if (m_count == 0) {
        m_column = column;
        m_groupX1 = 0;
        m_span = span;
    }
    ++m_count;
    m_mixed = m_mixed || mixed;
    m_present |= 1u << colour;
    // Weigh by visible time so a merged column shows what the eye would have seen most of.
    const uint64_t s = std::max(startNs, m_ctx.range.startNs), e = std::min(endNs, m_ctx.range.endNs);
    m_weight[colour] += static_cast<double>(e - s);
    m_groupX1 = std::max(m_groupX1, static_cast<float>(x1));
}

void RowRasterizer::flush() {
    if (m_count == 0) return;
    ColourId best = 0;
    double bestWeight = -1;
    for (uint32_t bits = m_present; bits != 0; bits &= bits - 1) {
        const auto c = static_cast<ColourId>(std::countr_zero(bits));
        if (m_weight[c] > bestWeight) bestWeight = m_weight[c], best = c;
        m_weight[c] = 0;
    }
    const bool mixed = m_mixed || std::popcount(m_present) > 1;
    const float x0 = static_cast<float>(m_column);
    const float x1 = std::min(m_ctx.widthPx, std::max(x0 + 1.0f, m_groupX1));
    emit(x0, x1, best, mixed, m_count == 1 ? m_span : kNoSpan);
    m_count = 0;
    m_present = 0;
    m_mixed = false;
}

void RowRasterizer::emit(float x0, float x1, ColourId colour, bool mixed, uint32_t span) {
    x0 = std::max(x0, m_lastX1);
    if (x1 <= x0) return;
    if (!m_out.empty() && !mixed) {
        DrawRect& last = m_out.back();
        // Equal neighbours become one rect: fewer draw calls, and a zoomed-out solid stretch
        // of buckets reads as one span. Two whole spans stay apart so their edge shows.
        if (!last.mixed && last.colour == colour && x0 - last.x1 < 0.5f &&
            (span == kNoSpan || last.span == kNoSpan)) {
            last.x1 = x1;
            last.span = kNoSpan;
            m_lastX1 = x1;
            return;
        }
    }
    m_out.push_back(DrawRect{x0, x1, span, colour, mixed});
    m_lastX1 = x1;
}

}  // namespace il::viewmodel
