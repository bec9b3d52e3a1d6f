#pragma once
// Queue occupancy: for every queue and pipe, its length over the timeline's visible range
// against its capacity, sampled to one min/max pair per pixel.

#include <vector>

#include "app/gui/panel.hpp"
#include "app/viewmodel/series_sampler.hpp"

namespace il::gui {

class QueuesPanel : public Panel {
public:
    explicit QueuesPanel(AppState& state) : Panel("Queues", state) {}

protected:
    void drawContent() override;

private:
    void drawPlot(const trace::ResourceInfo& r, float height);
    std::vector<viewmodel::SeriesSample> m_samples;  // reused between frames
};

}  // namespace il::gui
