#include "app/gui/queues_panel.hpp"

#include <algorithm>

#include "app/viewmodel/time_axis.hpp"

namespace il::gui {

using namespace il::viewmodel;

void QueuesPanel::drawPlot(const trace::ResourceInfo& r, float height) {
    const AppState& st = state();
    const Theme theme = st.settings.theme;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(10.0f, ImGui::GetContentRegionAvail().x);
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(origin.x + width, origin.y + height);
    dl->AddRectFilled(origin, end, canvasColour(theme).packed());
    const float top = std::max<float>({1.0f, static_cast<float>(r.capacity), static_cast<float>(r.maxValue)});
    auto yOf = [&](uint32_t v) { return end.y - 3.0f - (height - 6.0f) * static_cast<float>(v) / top; };
    const float thick = st.settings.lineThickness;
    if (r.capacity > 0) {  // dashed: a limit, not data
        const float y = yOf(r.capacity);
        for (float x = origin.x; x < end.x; x += 12.0f)
            dl->AddLine(ImVec2(x, y), ImVec2(std::min(x + 6.0f, end.x), y), stateColour(trace::TaskState::Blocked, theme).packed(), thick);
    }
    const TimelineContext ctx = TimelineContext::make(st.range, width);
    sampleSeries(r.series, ctx, m_samples);
    const ImU32 line = stateColour(trace::TaskState::Sleeping, theme).packed();
    const float nowX = static_cast<float>(std::clamp(ctx.toX(st.session->model.nowNs()), 0.0, double(width)));
    for (size_t i = 0; i < m_samples.size(); ++i) {
        const SeriesSample& s = m_samples[i];
        const float x = origin.x + s.x;
        const float nextX = origin.x + (i + 1 < m_samples.size() ? m_samples[i + 1].x : nowX);
        if (s.maxValue != s.minValue) dl->AddLine(ImVec2(x, yOf(s.minValue)), ImVec2(x, yOf(s.maxValue)), line, thick);
        if (nextX > x) dl->AddLine(ImVec2(x, yOf(s.lastValue)), ImVec2(nextX, yOf(s.lastValue)), line, thick);
        if (i + 1 < m_samples.size())  // the step up or down into the next column
            dl->AddLine(ImVec2(nextX, yOf(s.lastValue)), ImVec2(nextX, yOf(m_samples[i + 1].minValue)), line, thick);
    }
    dl->AddText(ImVec2(origin.x + 4, origin.y + 2), textColour(theme).packed(), r.capacity > 0 ? "capacity" : "");
}

void QueuesPanel::drawContent() {
    const AppState& st = state();
    bool any = false;
    for (const trace::ResourceInfo& r : st.session->model.resources()) {
        if (r.kind != trace::ResourceKind::Queue && r.kind != trace::ResourceKind::Pipe) continue;
        any = true;
        const uint32_t len = r.series.empty() ? 0 : r.series.back().value;
        if (r.capacity > 0)
            ImGui::Text("%s   length %u / %u   max %u   puts %u   gets %u", r.name.c_str(), len, r.capacity, r.maxValue, r.puts, r.gets);
        else
            ImGui::Text("%s   length %u (unbounded)   max %u   puts %u   gets %u", r.name.c_str(), len, r.maxValue, r.puts, r.gets);
        drawPlot(r, std::max(60.0f, ImGui::GetFontSize() * 5.0f));
    }
    if (!any) ImGui::TextDisabled("No queues in this run.");
}

}  // namespace il::gui
