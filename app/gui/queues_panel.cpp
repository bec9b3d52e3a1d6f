#include "app/gui/queues_panel.hpp"

#include <algorithm>
#include <string>

#include "app/gui/i18n.hpp"
#include "app/viewmodel/pool_series.hpp"
#include "app/viewmodel/time_axis.hpp"

namespace il::gui {

using namespace il::viewmodel;

namespace {

constexpr size_t kMaxCapacitySlots = 40;  // empty slots drawn up to a bounded queue's capacity

std::string taskName(const trace::TraceModel& model, trace::TaskId t) {
    return t < model.tasks().size() ? model.tasks()[t].name : std::string("?");
}

}  // namespace

QueuesPanel::QueuesPanel(AppState& state) : Panel(trId("queues.title", "Queues"), state) {}

void QueuesPanel::drawPlot(const std::vector<Line>& lines, uint32_t limit, uint32_t maxValue, float height,
                           const char* label) {
    const AppState& st = state();
    const Theme theme = st.settings.theme;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(10.0f, ImGui::GetContentRegionAvail().x);
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(origin.x + width, origin.y + height);
    dl->AddRectFilled(origin, end, canvasColour(theme).packed());
    const float top = std::max<float>({1.0f, static_cast<float>(limit), static_cast<float>(maxValue)});
    auto yOf = [&](uint32_t v) { return end.y - 3.0f - (height - 6.0f) * static_cast<float>(v) / top; };
    const float thick = st.settings.lineThickness;
    if (limit > 0) {  // dashed: a limit, not data
        const float y = yOf(limit);
        for (float x = origin.x; x < end.x; x += 12.0f)
            dl->AddLine(ImVec2(x, y), ImVec2(std::min(x + 6.0f, end.x), y), stateColour(trace::TaskState::Blocked, theme).packed(), thick);
    }
    const TimelineContext ctx = TimelineContext::make(st.range, width);
    const float nowX = static_cast<float>(std::clamp(ctx.toX(st.session->model.nowNs()), 0.0, double(width)));
    for (const Line& l : lines) {
        sampleSeries(*l.series, ctx, m_samples);
        for (size_t i = 0; i < m_samples.size(); ++i) {
            const SeriesSample& s = m_samples[i];
            const float x = origin.x + s.x;
            const float nextX = origin.x + (i + 1 < m_samples.size() ? m_samples[i + 1].x : nowX);
            if (s.maxValue != s.minValue) dl->AddLine(ImVec2(x, yOf(s.minValue)), ImVec2(x, yOf(s.maxValue)), l.colour, thick);
            if (nextX > x) dl->AddLine(ImVec2(x, yOf(s.lastValue)), ImVec2(nextX, yOf(s.lastValue)), l.colour, thick);
            if (i + 1 < m_samples.size())  // the step up or down into the next column
                dl->AddLine(ImVec2(nextX, yOf(s.lastValue)), ImVec2(nextX, yOf(m_samples[i + 1].minValue)), l.colour, thick);
        }
    }
    if (st.cursorNs) {  // the moment the boxes show, when it is not the live end
        const float x = origin.x + static_cast<float>(std::clamp(ctx.toX(*st.cursorNs), 0.0, double(width)));
        dl->AddLine(ImVec2(x, origin.y), ImVec2(x, end.y), cursorColour(theme).packed(), std::max(1.0f, thick * 0.5f));
    }
    dl->AddText(ImVec2(origin.x + 4, origin.y + 2), textColour(theme).packed(), label);
}

void QueuesPanel::drawBoxes(const trace::ResourceInfo& r, uint64_t ns) {
    const AppState& st = state();
    const Theme theme = st.settings.theme;
    const auto& items = m_contents.contentsAt(r.id, ns);
    const float em = ImGui::GetFontSize();
    const ImVec2 box(em * 1.6f, em * 1.3f);
    const float gap = std::max(2.0f, em * 0.2f);
    const float avail = std::max(box.x, ImGui::GetContentRegionAvail().x - em * 4);
    const size_t fit = std::max<size_t>(1, static_cast<size_t>(avail / (box.x + gap)));
    const size_t slots = std::min(fit, std::max(items.size(), r.capacity > 0 ? std::min<size_t>(r.capacity, kMaxCapacitySlots) : 0));
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr("queues.contents"));
    ImGui::SameLine();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (size_t i = 0; i < slots; ++i) {
        if (i > 0) ImGui::SameLine(0, gap);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::PushID(static_cast<int>(i));
        ImGui::InvisibleButton("item", box);
        ImGui::PopID();
        const ImVec2 q(p.x + box.x, p.y + box.y);
        if (i >= items.size()) {  // a free slot of a bounded queue
            dl->AddRect(p, q, gridColour(theme).packed(), 2.0f, 0, 1.0f);
            continue;
        }
        const QueueItem& item = items[i];
        const Rgba fill = item.putter == trace::kNoId ? gridColour(theme) : colourOf(hueId(item.putter), theme);
        dl->AddRectFilled(p, q, fill.packed(), 2.0f);
        dl->AddRect(p, q, darker(fill, 0.6f).packed(), 2.0f, 0, 1.0f);
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::Text("%s %zu / %zu", tr("queues.item"), i + 1, items.size());
            ImGui::Text("%s %s", tr("queues.put_by"), item.putter == trace::kNoId ? "?" : taskName(st.session->model, item.putter).c_str());
            ImGui::Text("%s %s", tr("queues.put_at"), formatDuration(item.putNs).c_str());
            ImGui::TextDisabled("%s", tr("queues.no_values"));
            ImGui::EndTooltip();
        }
    }
    if (items.size() > slots) {
        ImGui::SameLine();
        ImGui::Text("+%zu", items.size() - slots);
    }
    if (slots == 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr("queues.empty"));
    }
}

void QueuesPanel::drawQueue(const trace::ResourceInfo& r, uint64_t ns, float plotH) {
    const uint32_t len = seriesValueAt(r.series, ns);
    if (r.capacity > 0)
        ImGui::Text("%s   %s %u / %u   %s %u   %s %u   %s %u", r.name.c_str(), tr("queues.length"), len, r.capacity,
                    tr("queues.max"), r.maxValue, tr("queues.puts"), r.puts, tr("queues.gets"), r.gets);
    else
        ImGui::Text("%s   %s %u (%s)   %s %u   %s %u   %s %u", r.name.c_str(), tr("queues.length"), len, tr("queues.unbounded"),
                    tr("queues.max"), r.maxValue, tr("queues.puts"), r.puts, tr("queues.gets"), r.gets);
    const ImU32 line = stateColour(trace::TaskState::Sleeping, state().settings.theme).packed();
    drawPlot({Line{&r.series, line}}, r.capacity, r.maxValue, plotH, r.capacity > 0 ? tr("queues.capacity") : "");
    drawBoxes(r, ns);
}

void QueuesPanel::drawPool(const trace::ResourceInfo& pool, const trace::ResourceInfo* jobs, uint64_t ns, float plotH) {
    const Theme theme = state().settings.theme;
    const Rgba busyColour = stateColour(trace::TaskState::Running, theme);
    const Rgba pendingColour = stateColour(trace::TaskState::Ready, theme);
    ImGui::Text("%s   %s %u", pool.name.c_str(), tr("queues.workers"), pool.capacity);
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(busyColour.packed()), "%s %u", tr("queues.busy"), seriesValueAt(pool.series, ns));
    std::vector<Line> lines{Line{&pool.series, busyColour.packed()}};
    uint32_t maxValue = pool.maxValue;
    if (jobs != nullptr) {
        ImGui::SameLine();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(pendingColour.packed()), "%s %u", tr("queues.pending"),
                           seriesValueAt(jobs->series, ns));
        lines.push_back(Line{&jobs->series, pendingColour.packed()});
        maxValue = std::max(maxValue, jobs->maxValue);
    }
    ImGui::SameLine();
    ImGui::TextDisabled("(%s %u)", tr("queues.max_busy"), pool.maxValue);
    drawPlot(lines, pool.capacity, maxValue, plotH, tr("queues.worker_limit"));
    if (jobs == nullptr) ImGui::TextDisabled("%s", tr("queues.no_pending"));
}

void QueuesPanel::drawContent() {
    AppState& st = state();
    const trace::TraceModel& model = st.session->model;
    m_contents.update(st.session->log);
    st.syncRange();  // the Timeline panel does this too, but it may be closed or hidden
    const uint64_t ns = st.viewNs();
    const float plotH = std::max(60.0f, ImGui::GetFontSize() * 5.0f);
    const QueueGroups groups = groupQueues(model);
    for (const PoolSeries& p : groups.pools) {
        ImGui::PushID(static_cast<int>(p.pool));
        drawPool(model.resources()[p.pool], p.jobs == trace::kNoId ? nullptr : &model.resources()[p.jobs], ns, plotH);
        ImGui::PopID();
        ImGui::Separator();
    }
    for (trace::ResourceId q : groups.queues) {
        ImGui::PushID(static_cast<int>(q));
        drawQueue(model.resources()[q], ns, plotH);
        ImGui::PopID();
        ImGui::Separator();
    }
    if (groups.pools.empty() && groups.queues.empty()) ImGui::TextDisabled("%s", tr("queues.none"));
}

}  // namespace il::gui
