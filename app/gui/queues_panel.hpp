#pragma once
// Queues and pools. For every queue and pipe: its length over the timeline's visible range
// against its capacity (sampled to one min/max pair per pixel), and its contents at the viewed
// moment as boxes coloured by the task that put each item, oldest first (reconstructed from the
// trace's puts and gets: viewmodel::QueueContents). For every worker pool: busy workers against
// pending jobs over time, with the worker count as its limit line (saturation at a glance).

#include <vector>

#include "app/gui/panel.hpp"
#include "app/viewmodel/queue_contents.hpp"
#include "app/viewmodel/series_sampler.hpp"

namespace il::gui {

class QueuesPanel : public Panel {
public:
    explicit QueuesPanel(AppState& state);

protected:
    void drawContent() override;

private:
    struct Line {
        const std::vector<trace::SeriesPoint>* series;
        ImU32 colour;
    };
    void drawQueue(const trace::ResourceInfo& r, uint64_t ns, float plotH);
    void drawPool(const trace::ResourceInfo& pool, const trace::ResourceInfo* jobs, uint64_t ns, float plotH);
    // drawPlot() draws the lines as steps over the visible range, `limit` dashed (0: none).
    void drawPlot(const std::vector<Line>& lines, uint32_t limit, uint32_t maxValue, float height, const char* label);
    void drawBoxes(const trace::ResourceInfo& r, uint64_t ns);

    viewmodel::QueueContents m_contents;
    std::vector<viewmodel::SeriesSample> m_samples;  // reused between frames
};

}  // namespace il::gui
