// [SECTION] toolbar and legend
// [SECTION] input: zoom, pan, scroll, fit, scrub
// [SECTION] drawing: axis, rows, arrows, notes, cursor
// [SECTION] hover tooltip
#include "app/gui/timeline_panel.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "app/viewmodel/coroutine_runs.hpp"
#include "app/viewmodel/scrub_cursor.hpp"
#include "app/viewmodel/time_axis.hpp"

namespace il::gui {

using namespace il::viewmodel;

namespace {

ImU32 col(Rgba c) { return c.packed(); }

// stateName() is a state as the legend and the tooltip name it, in the UI language.
const char* stateName(trace::TaskState s) {
    switch (s) {
    case trace::TaskState::New: return tr("timeline.state_new");
    case trace::TaskState::Ready: return tr("timeline.state_ready");
    case trace::TaskState::Running: return tr("timeline.state_running");
    case trace::TaskState::Blocked: return tr("timeline.state_blocked");
    case trace::TaskState::Sleeping: return tr("timeline.state_sleeping");
    case trace::TaskState::Suspended: return tr("timeline.state_suspended");
    case trace::TaskState::Done: return tr("timeline.state_done");
    case trace::TaskState::Failed: return tr("timeline.state_failed");
    }
    return tr("timeline.state_new");
}

// clippedLabel() shortens `text` with "..." so it fits `width` pixels.
std::string clippedLabel(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    std::string s = text;
    while (!s.empty() && ImGui::CalcTextSize((s + "...").c_str()).x > width) s.pop_back();
    return s + "...";
}

}  // namespace

// [SECTION] toolbar and legend

void TimelinePanel::drawToolbar() {
    AppState& st = state();
    if (ImGui::Button(trId("timeline.fit", "fit").c_str())) st.follow = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("timeline.fit_tip"));
    ImGui::SameLine();
    ImGui::Checkbox(trId("timeline.follow", "follow").c_str(), &st.follow);
    ImGui::SameLine();
    // Live: leave the scrubbed moment (End does the same); lit while the panels show the past.
    ImGui::BeginDisabled(!st.cursorNs);
    if (ImGui::Button(trId("timeline.live", "live").c_str())) st.cursorNs.reset();
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr("timeline.live_tip"));
    ImGui::SameLine();
    if (st.cursorNs)
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(col(cursorColour(st.settings.theme))), "%s %s",
                           tr("timeline.viewing"), formatDuration(*st.cursorNs).c_str());
    else
        ImGui::TextDisabled("%s .. %s", formatDuration(st.range.startNs).c_str(), formatDuration(st.range.endNs).c_str());
    // The legend: the one colour table, with names.
    const float box = ImGui::GetTextLineHeight() * 0.8f;
    for (int s = 0; s < trace::kTaskStateCount; ++s) {
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 2);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float dy = (ImGui::GetTextLineHeight() - box) * 0.5f + ImGui::GetStyle().FramePadding.y;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + dy), ImVec2(p.x + box, p.y + dy + box),
                                                  col(colourOf(static_cast<ColourId>(s), st.settings.theme)));
        ImGui::Dummy(ImVec2(box, box));
        ImGui::SameLine(0.0f, 4.0f);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(stateName(static_cast<trace::TaskState>(s)));
    }
}

// [SECTION] input

void TimelinePanel::handleInput(const Geometry& g, const TimelineContext& ctx) {
    AppState& st = state();
    ImGuiIO& io = ImGui::GetIO();
    const bool hovered = ImGui::IsItemHovered();
    const float contentHeight = static_cast<float>(st.session->timeline.rows().size()) * g.rowHeight;
    const float maxScroll = std::max(0.0f, contentHeight - (g.size.y - g.axisHeight));
    if (hovered && io.MouseWheel != 0.0f) {
        if (io.MousePos.x < g.timeX() || io.KeyShift) {
            m_scrollY -= io.MouseWheel * g.rowHeight * 3;  // over the names: scroll rows
        } else {
            const uint64_t anchor = ctx.toNs(io.MousePos.x - g.timeX());
            st.range = zoomAround(st.range, anchor, std::pow(0.8, io.MouseWheel), st.bounds());
            st.follow = false;
        }
    }
    // A press on the axis, or on the cursor line, scrubs; anywhere else a drag pans.
    const uint64_t now = st.session->model.nowNs();
    const double mx = io.MousePos.x - g.timeX();
    if (ImGui::IsItemActivated()) {
        const bool onAxis = io.MousePos.y < g.rowsTop() && mx >= 0;
        m_scrubbing = onAxis || grabsCursor(ctx, mx, st.viewNs(), 5.0);
    }
    if (!ImGui::IsItemActive()) m_scrubbing = false;
    if (m_scrubbing) {
        st.cursorNs = scrubTo(ctx, mx, now);
    } else if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
        if (io.MouseDelta.x != 0.0f) {
            st.range = panPixels(st.range, io.MouseDelta.x, ctx.widthPx, st.bounds());
            st.follow = false;
        }
        m_scrollY -= io.MouseDelta.y;
    }
    if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) st.follow = true;
    if (ImGui::IsWindowFocused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Home))) st.follow = true;
    m_scrollY = std::clamp(m_scrollY, 0.0f, maxScroll);
    if (st.follow) st.range = st.bounds();
}

// [SECTION] drawing

void TimelinePanel::drawAxis(ImDrawList* dl, const Geometry& g, const TimelineContext& ctx) {
    const Theme theme = state().settings.theme;
    const float labelWidth = ImGui::CalcTextSize("000.000 ms").x + 16.0f;
    const TimeAxis axis = buildTimeAxis(ctx, labelWidth);
    const float bottom = g.origin.y + g.size.y;
    for (const AxisTick& t : axis.ticks) {
        const float x = g.timeX() + t.x;
        if (t.major) {
            dl->AddLine(ImVec2(x, g.rowsTop()), ImVec2(x, bottom), col(gridColour(theme)));
            dl->AddLine(ImVec2(x, g.rowsTop() - 6), ImVec2(x, g.rowsTop()), col(textColour(theme)), 1.5f);
            if (x + 3 + ImGui::CalcTextSize(t.label.c_str()).x < g.origin.x + g.size.x)  // never half a label
                dl->AddText(ImVec2(x + 3, g.origin.y + 2), col(textColour(theme)), t.label.c_str());
        } else {
            dl->AddLine(ImVec2(x, g.rowsTop() - 3), ImVec2(x, g.rowsTop()), col(gridColour(theme)));
        }
    }
    dl->AddLine(ImVec2(g.origin.x, g.rowsTop()), ImVec2(g.origin.x + g.size.x, g.rowsTop()), col(gridColour(theme)));
}

void TimelinePanel::drawRows(ImDrawList* dl, const Geometry& g) {
    const AppState& st = state();
    const Theme theme = st.settings.theme;
    const auto& rows = st.session->timeline.rows();
    const float bottom = g.origin.y + g.size.y;
    const float pad = std::max(2.0f, g.rowHeight * 0.12f);
    size_t budget = st.settings.maxRectsPerFrame;
    for (uint32_t r = 0; r < rows.size(); ++r) {
        const float y = rowY(g, r);
        if (y + g.rowHeight < g.rowsTop() || y > bottom) continue;
        if (r % 2 == 1)  // zebra stripes guide the eye along 50 rows
            dl->AddRectFilled(ImVec2(g.origin.x, y), ImVec2(g.origin.x + g.size.x, y + g.rowHeight),
                              col(Rgba{128, 128, 128, 18}));
        const Row& row = rows[r];
        const float indent = 6.0f + static_cast<float>(row.depth) * ImGui::GetFontSize() * 0.8f;
        const std::string label = clippedLabel(row.label, g.nameWidth - indent - 4.0f);
        const Rgba text = row.kind == RowKind::Gil ? darker(textColour(theme), 0.7f) : textColour(theme);
        dl->AddText(ImVec2(g.origin.x + indent, y + (g.rowHeight - ImGui::GetFontSize()) * 0.5f), col(text), label.c_str());
        if (row.kind == RowKind::Gil) {
            drawGilRects(dl, g, r, y, pad);
            continue;
        }
        for (const DrawRect& rect : m_frame.rows[r].rects) {
            if (budget-- == 0) return;
            const ImVec2 a(g.timeX() + rect.x0, y + pad), b(g.timeX() + rect.x1, y + g.rowHeight - pad);
            const Rgba fill = colourOf(rect.colour, theme);
            if (!rect.mixed) {
                dl->AddRectFilled(a, b, col(fill));
                continue;
            }
            // A merged column: the dominant state, dimmed, under a thin "several states" band.
            dl->AddRectFilled(a, b, col(darker(fill, 0.7f)));
            dl->AddRectFilled(a, ImVec2(b.x, a.y + 2.0f), col(mixedColour(theme)));
        }
    }
    dl->AddLine(ImVec2(g.timeX() - 1, g.rowsTop()), ImVec2(g.timeX() - 1, bottom), col(gridColour(theme)));
    // A scroll indicator when rows overflow (wheel over the names, or drag, scrolls them).
    const float content = static_cast<float>(rows.size()) * g.rowHeight, view = bottom - g.rowsTop();
    if (content > view) {
        const float x = g.origin.x + g.size.x - 5.0f;
        const float y0 = g.rowsTop() + view * (m_scrollY / content), y1 = y0 + view * (view / content);
        dl->AddRectFilled(ImVec2(x, y0), ImVec2(x + 4.0f, y1), col(darker(textColour(theme), 0.6f)), 2.0f);
    }
}

void TimelinePanel::drawGilRects(ImDrawList* dl, const Geometry& g, uint32_t r, float y, float pad) {
    // Holding the GIL means running bytecode: the lane uses the running colour, dimmed so it is
    // not read as a task, with the holder's name written in when it fits. (Per-holder hues
    // would collide with the state legend.)
    const AppState& st = state();
    const Theme theme = st.settings.theme;
    const auto& lane = st.session->timeline.index().gilLanes()[st.session->timeline.rows()[r].id];
    const Rgba fill = darker(stateColour(trace::TaskState::Running, theme), 0.55f);
    for (const DrawRect& rect : m_frame.rows[r].rects) {
        const ImVec2 a(g.timeX() + rect.x0, y + pad), b(g.timeX() + rect.x1, y + g.rowHeight - pad);
        dl->AddRectFilled(a, b, col(fill));
        if (b.x - a.x < 4.0f) continue;
        dl->AddRect(a, b, col(canvasColour(theme)));
        if (rect.span == kNoSpan) continue;
        const std::string& name = st.session->model.tasks()[lane.spans[rect.span].holder].name;
        if (ImGui::CalcTextSize(name.c_str()).x + 6.0f < b.x - a.x)
            dl->AddText(ImVec2(a.x + 3.0f, y + (g.rowHeight - ImGui::GetFontSize()) * 0.5f), col(textColour(theme)),
                        name.c_str());
    }
}

void TimelinePanel::drawOverlays(ImDrawList* dl, const Geometry& g) {
    const AppState& st = state();
    const Theme theme = st.settings.theme;
    const float thick = st.settings.lineThickness;
    const float head = std::max(5.0f, g.rowHeight * 0.3f);  // arrow heads
    for (const WakeArrow& a : m_frame.arrows) {
        const float x = g.timeX() + a.x;
        const float y0 = rowY(g, a.fromRow) + g.rowHeight * 0.5f, y1 = rowY(g, a.toRow) + g.rowHeight * 0.5f;
        const float dir = y1 > y0 ? 1.0f : -1.0f;
        dl->AddLine(ImVec2(x, y0), ImVec2(x, y1 - dir * head), col(arrowColour(theme)), thick * 0.75f);
        dl->AddTriangleFilled(ImVec2(x, y1), ImVec2(x - head * 0.6f, y1 - dir * head),
                              ImVec2(x + head * 0.6f, y1 - dir * head), col(arrowColour(theme)));
    }
    for (const NoteMarker& n : m_frame.notes) {
        const float x = g.timeX() + n.x, y = rowY(g, n.row);
        const float s = std::max(4.0f, g.rowHeight * 0.25f);
        dl->AddTriangleFilled(ImVec2(x - s, y), ImVec2(x + s, y), ImVec2(x, y + s * 1.5f), col(cursorColour(theme)));
    }
}

// drawCursor() draws the viewed moment: the live "now" line, or, scrubbed back, the cursor at
// cursorNs with its time written on the axis and a faint line where the run has got to.
// The handle on the axis says it can be dragged.
void TimelinePanel::drawCursor(ImDrawList* dl, const Geometry& g, const TimelineContext& ctx) {
    const AppState& st = state();
    const Theme theme = st.settings.theme;
    const float thick = st.settings.lineThickness;
    const float bottom = g.origin.y + g.size.y;
    if (st.cursorNs && m_frame.nowX >= 0) {
        const float x = g.timeX() + m_frame.nowX;
        dl->AddLine(ImVec2(x, g.rowsTop()), ImVec2(x, bottom), col(darker(cursorColour(theme), 0.5f)), 1.0f);
    }
    const double cx = ctx.toX(st.viewNs());
    if (cx < 0 || cx > ctx.widthPx) return;
    const float x = g.timeX() + static_cast<float>(cx);
    const ImU32 c = col(cursorColour(theme));
    dl->AddLine(ImVec2(x, g.rowsTop()), ImVec2(x, bottom), c, thick);
    const float s = std::max(5.0f, g.axisHeight * 0.3f);
    dl->AddTriangleFilled(ImVec2(x - s, g.rowsTop() - s * 1.4f), ImVec2(x + s, g.rowsTop() - s * 1.4f), ImVec2(x, g.rowsTop()), c);
    if (!st.cursorNs) return;
    // The scrubbed time, in a box on the axis (left of the cursor when it would not fit right).
    const std::string label = formatDuration(*st.cursorNs);
    const ImVec2 size = ImGui::CalcTextSize(label.c_str());
    float lx = x + s + 2.0f;
    if (lx + size.x + 4.0f > g.origin.x + g.size.x) lx = x - s - 6.0f - size.x;
    const ImVec2 a(lx, g.origin.y + 1.0f), b(lx + size.x + 4.0f, g.origin.y + 1.0f + size.y);
    dl->AddRectFilled(a, b, c, 3.0f);
    dl->AddText(ImVec2(a.x + 2.0f, a.y), col(canvasColour(theme)), label.c_str());
}

// [SECTION] hover tooltip

void TimelinePanel::drawHover(const Geometry& g, const TimelineContext& ctx) {
    const AppState& st = state();
    const ImVec2 m = ImGui::GetIO().MousePos;
    if (!ImGui::IsItemHovered() || ImGui::IsMouseDragging(ImGuiMouseButton_Left) || m.y < g.rowsTop() || m.x < g.timeX())
        return;
    const auto row = static_cast<uint32_t>((m.y - g.rowsTop() + m_scrollY) / g.rowHeight);
    const float x = m.x - g.timeX();
    // A note marker under the mouse wins over the span beneath it.
    for (const NoteMarker& n : m_frame.notes) {
        if (n.row != row || std::fabs(n.x - x) > 6.0f) continue;
        const auto& note = st.session->timeline.index().notes()[n.note];
        ImGui::BeginTooltip();
        ImGui::Text(tr("timeline.note_at"), formatDuration(note.timeNs).c_str());
        ImGui::TextUnformatted(std::string(st.session->log.strings().get(note.text)).c_str());
        if (n.count > 1) ImGui::TextDisabled(tr("timeline.more_notes"), n.count - 1);
        ImGui::EndTooltip();
        return;
    }
    const auto h = st.session->timeline.hover(st.session->model, ctx, row, x);
    if (!h) return;
    ImGui::BeginTooltip();
    if (h->kind == RowKind::Gil) {
        ImGui::Text(tr("timeline.held_by"), h->resource.c_str(), h->taskName.c_str());
    } else {
        ImGui::Text("%s", h->taskName.c_str());
        ImGui::SameLine();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(col(stateColour(h->state, st.settings.theme))), "%s",
                           stateName(h->state));
        if (!h->resource.empty()) ImGui::Text(tr("timeline.waiting_for"), h->resource.c_str());
        // A thread hosting coroutines: which of them it ran meanwhile.
        std::string ran;
        for (trace::TaskId c : coroutinesRunIn(st.session->model, h->task, h->startNs, h->startNs + h->durationNs))
            ran += (ran.empty() ? "" : ", ") + st.session->model.tasks()[c].name;
        if (!ran.empty()) ImGui::Text(tr("timeline.ran_coroutines"), ran.c_str());
    }
    ImGui::Text(tr("timeline.from_for"), formatDuration(h->startNs).c_str(), formatDuration(h->durationNs).c_str(),
                h->open ? tr("timeline.so_far") : "");
    if (h->line != 0) ImGui::Text(tr("timeline.line"), static_cast<unsigned>(h->line));
    if (!h->wokenBy.empty()) ImGui::Text(tr("timeline.woken_by"), h->wokenBy.c_str());
    if (h->spansInPixel > 1) ImGui::TextDisabled(tr("timeline.spans_in_pixel"), h->spansInPixel);
    ImGui::EndTooltip();
}

void TimelinePanel::drawContent() {
    AppState& st = state();
    drawToolbar();
    Geometry g;
    g.origin = ImGui::GetCursorScreenPos();
    g.size = ImGui::GetContentRegionAvail();
    if (g.size.x < 50.0f || g.size.y < 50.0f) return;
    g.nameWidth = std::min(g.size.x * 0.3f, ImGui::GetFontSize() * 10.0f);
    g.axisHeight = ImGui::GetTextLineHeight() + 10.0f;
    g.rowHeight = std::max(14.0f, std::round(ImGui::GetTextLineHeight() * 1.35f));
    ImGui::InvisibleButton("canvas", g.size);
    const float timeWidth = std::max(1.0f, g.size.x - g.nameWidth);
    st.syncRange();
    handleInput(g, TimelineContext::make(st.range, timeWidth));
    const TimelineContext ctx = TimelineContext::make(st.range, timeWidth);
    st.session->timeline.buildFrame(st.session->model, ctx, m_frame);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(g.origin.x + g.size.x, g.origin.y + g.size.y);
    dl->PushClipRect(g.origin, end, true);
    dl->AddRectFilled(g.origin, end, col(canvasColour(st.settings.theme)));
    drawAxis(dl, g, ctx);
    dl->PushClipRect(ImVec2(g.origin.x, g.rowsTop()), end, true);
    drawRows(dl, g);
    dl->PushClipRect(ImVec2(g.timeX(), g.rowsTop()), end, true);
    drawOverlays(dl, g);
    dl->PopClipRect();
    dl->PopClipRect();
    dl->PushClipRect(ImVec2(g.timeX(), g.origin.y), end, true);
    drawCursor(dl, g, ctx);
    dl->PopClipRect();
    dl->PopClipRect();
    drawHover(g, ctx);
}

}  // namespace il::gui
