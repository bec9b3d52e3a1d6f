// [SECTION] lane walking: clip by binary search, merge narrow spans, LOD pyramid when dense
// [SECTION] TimelineView: update, frame, hover
#include "app/viewmodel/timeline_view.hpp"

#include <algorithm>
#include <cmath>

#include "app/viewmodel/row_rasterizer.hpp"

namespace il::viewmodel {

using trace::kNoId;
using trace::kOpenEnd;

namespace {

// A column that has merged this many spans is skipped to its end by binary search.
constexpr uint32_t kSkipAfter = 32;

template <class Span>
uint64_t endOf(const Span& s, uint64_t nowNs) {
    return s.endNs == kOpenEnd ? std::max(nowNs, s.startNs) : s.endNs;
}

// firstVisible() returns the first span ending after `t` (spans sorted, non-overlapping).
template <class Span>
size_t firstVisible(const std::vector<Span>& spans, uint64_t t, uint64_t nowNs) {
    auto it = std::upper_bound(spans.begin(), spans.end(), t,
                               [](uint64_t v, const Span& s) { return v < s.startNs; });
    size_t i = static_cast<size_t>(it - spans.begin());
    if (i > 0 && endOf(spans[i - 1], nowNs) > t) --i;
    return i;
}

template <class Span>
size_t firstStartingAt(const std::vector<Span>& spans, size_t from, uint64_t t) {
    auto it = std::lower_bound(spans.begin() + static_cast<ptrdiff_t>(from), spans.end(), t,
                               [](const Span& s, uint64_t v) { return s.startNs < v; });
    return static_cast<size_t>(it - spans.begin());
}

ColourId colourFor(const trace::StateSpan& s) { return colourId(s.state); }
ColourId colourFor(const GilSpan& s) { return hueId(s.holder); }

// Walks spans from time `from` to the range's end. `onSpan(i)` sees every span drawn whole.
template <class Span, class OnSpan>
void walkDirect(const std::vector<Span>& spans, uint64_t from, uint64_t nowNs, const TimelineContext& ctx,
                RowRasterizer& raster, OnSpan&& onSpan) {
    size_t i = firstVisible(spans, from, nowNs);
    while (i < spans.size() && spans[i].startNs < ctx.range.endNs) {
        const Span& s = spans[i];
        raster.add(std::max(s.startNs, from), endOf(s, nowNs), colourFor(s), false, static_cast<uint32_t>(i));
        onSpan(i);
        ++i;
        if (raster.pendingCount() >= kSkipAfter) {
            // Thousands of spans in one pixel: jump to the last one starting in this column.
            const size_t j = firstStartingAt(spans, i, raster.pendingColumnEndNs());
            if (j > i + 1) i = j - 1;
        }
    }
}

template <class Span, class OnSpan>
bool drawLane(const std::vector<Span>& spans, const LodPyramid& pyramid, uint64_t nowNs,
              const TimelineContext& ctx, std::vector<DrawRect>& out, OnSpan&& onSpan) {
    out.clear();
    if (spans.empty()) return false;
    RowRasterizer raster(out, ctx);
    const uint64_t t0 = ctx.range.startNs, t1 = ctx.range.endNs;
    const size_t i0 = firstVisible(spans, t0, nowNs);
    const size_t i1 = firstStartingAt(spans, i0, t1);
    const int level = ctx.nsPerPx >= 1.0 ? static_cast<int>(std::floor(std::log2(ctx.nsPerPx))) : -1;
    const bool dense = static_cast<double>(i1 - i0) > 2.0 * ctx.widthPx;
    bool usedPyramid = false;
    uint64_t directFrom = t0;
    if (dense && level >= pyramid.finestLevel() && pyramid.finestLevel() <= pyramid.coarsestLevel()) {
        const int lv = std::min(level, pyramid.coarsestLevel());
        const LodPyramid::LevelView v = pyramid.levelView(lv);
        const uint64_t fin = std::min(t1, (v.origin + v.size) << lv);
        for (uint64_t b = std::max(t0 >> lv, v.origin); (b << lv) < fin; ++b) {
            const uint8_t summary = v.data[b - v.origin];
            if (summary == LodPyramid::kEmpty) continue;
            raster.add(b << lv, std::min((b + 1) << lv, fin), summary & LodPyramid::kColourMask,
                       (summary & LodPyramid::kMixedBit) != 0, kNoSpan);
        }
        directFrom = std::max(t0, fin);
        usedPyramid = true;
    }
    if (directFrom < t1) {
        if (usedPyramid)
            walkDirect(spans, directFrom, nowNs, ctx, raster, [](size_t) {});
        else
            walkDirect(spans, directFrom, nowNs, ctx, raster, onSpan);
    }
    raster.finish();
    return usedPyramid;
}

}  // namespace

// [SECTION] TimelineView

void TimelineView::update(const trace::TraceLog& log, const trace::TraceModel& model) {
    m_index.update(log, model);
    m_layout.update(model, m_index);
}

TimeRange TimelineView::fullRange(const trace::TraceModel& model) {
    // A little room after now, so the current-time cursor and the live edge stay in view.
    const uint64_t now = model.nowNs();
    return TimeRange{0, std::max<uint64_t>(now + now / 40, kMinRangeNs)};
}

void TimelineView::buildFrame(const trace::TraceModel& model, const TimelineContext& ctx, TimelineFrame& out) const {
    const auto& rows = m_layout.rows();
    const uint64_t now = model.nowNs();
    out.ctx = ctx;
    out.rows.resize(rows.size());
    out.arrows.clear();
    out.notes.clear();
    out.arrowsCapped = false;
    for (uint32_t r = 0; r < rows.size(); ++r) {
        const Row& row = rows[r];
        RowDraw& draw = out.rows[r];
        if (row.kind == RowKind::Gil) {
            const GilLane& lane = m_index.gilLanes()[row.id];
            draw.usedPyramid = drawLane(lane.spans, lane.pyramid, now, ctx, draw.rects, [](size_t) {});
            continue;
        }
        const auto& spans = model.tasks()[row.id].spans;
        auto onSpan = [&](size_t i) {
            const trace::StateSpan& s = spans[i];
            if (s.waker == kNoId || !ctx.range.contains(s.startNs)) return;
            const uint32_t from = m_layout.rowOfTask(s.waker);
            if (from == RowLayout::kNoRow) return;
            if (out.arrows.size() >= kMaxArrows) {
                out.arrowsCapped = true;
                return;
            }
            out.arrows.push_back(WakeArrow{from, r, static_cast<float>(ctx.toX(s.startNs))});
        };
        draw.usedPyramid = drawLane(spans, m_index.taskPyramid(row.id), now, ctx, draw.rects, onSpan);
    }
    // Notes: binary search the range, one marker per row and pixel.
    const auto& notes = m_index.notes();
    auto it = std::lower_bound(notes.begin(), notes.end(), ctx.range.startNs,
                               [](const NoteEntry& n, uint64_t t) { return n.timeNs < t; });
    for (; it != notes.end() && it->timeNs < ctx.range.endNs; ++it) {
        const uint32_t row = m_layout.rowOfTask(it->task);
        if (row == RowLayout::kNoRow) continue;
        const auto x = static_cast<float>(ctx.toX(it->timeNs));
        bool merged = false;
        for (auto m = out.notes.rbegin(); m != out.notes.rend() && x - m->x < 3.0f; ++m) {
            if (m->row == row) {
                ++m->count;
                merged = true;
                break;
            }
        }
        if (!merged) out.notes.push_back(NoteMarker{row, x, static_cast<uint32_t>(it - notes.begin()), 1});
    }
    const double nowX = ctx.toX(now);
    out.nowX = nowX >= 0 && nowX <= ctx.widthPx ? static_cast<float>(nowX) : -1.0f;
}

std::optional<HoverInfo> TimelineView::hover(const trace::TraceModel& model, const TimelineContext& ctx,
                                             uint32_t rowIndex, float x) const {
    const auto& rows = m_layout.rows();
    if (rowIndex >= rows.size() || x < 0 || x > ctx.widthPx) return std::nullopt;
    const Row& row = rows[rowIndex];
    const uint64_t now = model.nowNs();
    const uint64_t t = ctx.toNs(x);
    const uint64_t colStart = ctx.toNs(std::floor(x)), colEnd = ctx.toNs(std::floor(x) + 1.0);
    HoverInfo h;
    h.kind = row.kind;
    auto resourceName = [&](uint32_t id) {
        return id < model.resources().size() ? model.resources()[id].name : std::string();
    };
    auto taskName = [&](trace::TaskId id) { return id < model.tasks().size() ? model.tasks()[id].name : std::string(); };
    if (row.kind == RowKind::Gil) {
        const GilLane& lane = m_index.gilLanes()[row.id];
        const size_t i = firstVisible(lane.spans, t, now);
        if (i >= lane.spans.size() || lane.spans[i].startNs > t) return std::nullopt;
        const GilSpan& s = lane.spans[i];
        h.task = s.holder;
        h.state = trace::TaskState::Running;
        h.taskName = taskName(s.holder);
        h.resource = resourceName(lane.gil);
        h.startNs = s.startNs;
        h.open = s.endNs == kOpenEnd;
        h.durationNs = endOf(s, now) - s.startNs;
        h.spansInPixel = static_cast<uint32_t>(firstStartingAt(lane.spans, i, colEnd) - firstVisible(lane.spans, colStart, now));
        return h;
    }
    const trace::StateSpan* s = model.spanAt(row.id, t);
    if (s == nullptr) return std::nullopt;
    const auto& spans = model.tasks()[row.id].spans;
    h.task = row.id;
    h.state = s->state;
    h.taskName = taskName(row.id);
    if (s->object != kNoId) h.resource = resourceName(s->object);
    h.startNs = s->startNs;
    h.open = s->endNs == kOpenEnd;
    h.durationNs = endOf(*s, now) - s->startNs;
    h.line = s->line;
    if (s->waker != kNoId) h.wokenBy = taskName(s->waker);
    const size_t a = firstVisible(spans, colStart, now);
    h.spansInPixel = static_cast<uint32_t>(std::max<size_t>(1, firstStartingAt(spans, a, colEnd) - a));
    return h;
}

}  // namespace il::viewmodel
