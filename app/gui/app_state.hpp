#pragma once
// What every panel reads: the trace being shown (log, model, timeline view-model), the visible
// time range they all share, and the display settings. Panels keep only UI state of their own.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "app/viewmodel/state_palette.hpp"
#include "app/viewmodel/time_range.hpp"
#include "app/viewmodel/timeline_view.hpp"
#include "engine/trace/trace_log.hpp"
#include "engine/trace/trace_model.hpp"

namespace il::gui {

// One run's trace, output and the views derived from them; replaced whole when a run restarts.
struct TraceSession {
    trace::TraceLog log;
    trace::TraceModel model;
    viewmodel::TimelineView timeline;
    std::string output;       // what the script printed (stdout and stderr, as a terminal shows)
    std::string diagnostics;  // why the script did not compile (empty when it did)

    // refresh() folds newly appended events into the model and the view-model (incremental).
    void refresh() {
        model.update(log);
        timeline.update(log, model);
    }
};

// Projector-friendly defaults: large text, thick lines, dark canvas.
struct GuiSettings {
    float fontScale = 1.0f;       // multiplies the base font size (View menu)
    float lineThickness = 2.0f;   // cursor, arrows, plot lines
    viewmodel::Theme theme = viewmodel::Theme::Dark;
    // Without 32-bit vertex offsets (GL < 3.2) one draw list holds at most 64K vertices, so
    // the timeline stops adding rects past this many (4 vertices each) rather than overflow.
    size_t maxRectsPerFrame = SIZE_MAX;
};

struct AppState {
    std::unique_ptr<TraceSession> session = std::make_unique<TraceSession>();
    viewmodel::TimeRange range{0, viewmodel::kMinRangeNs};
    bool follow = true;  // the range tracks the whole trace as it grows, until the user zooms
    GuiSettings settings;
    std::string sourceLabel;  // the scenario shown (file name), for the status bar and title
    std::string scenarioPath; // the scenario's file (absolute); empty when none is open
    bool stepMode = false;    // the run uses the manual policy: a learner's click picks who steps

    // What panels ask of the window; GuiApp acts on them after the frame is drawn (a restart
    // must not swap the session while panels are still reading it) and clears them.
    struct Requests {
        std::optional<trace::TaskId> stepTask;  // step mode: this task takes the next step
        bool rerun = false;                     // restart the run, with `runText` if set
        std::optional<std::string> runText;     // the text to run instead of the file's
        std::string openPath;                   // open this scenario file instead
    } requests;
    // The moment every panel shows. Unset: the live "now" of the run. Set when the learner drags
    // the timeline cursor back: panels then show the recorded state at that time (no re-run).
    std::optional<uint64_t> cursorNs;

    // viewNs() is the moment panels draw: the cursor when set, else the trace's latest time.
    [[nodiscard]] uint64_t viewNs() const { return cursorNs ? *cursorNs : session->model.nowNs(); }

    // bounds() is the range zoom and pan may reach: the whole trace so far.
    [[nodiscard]] viewmodel::TimeRange bounds() const { return viewmodel::TimelineView::fullRange(session->model); }
    // syncRange() applies `follow` after the trace grew, and keeps the range within bounds.
    void syncRange() { range = follow ? bounds() : viewmodel::clampTo(range, bounds()); }
};

}  // namespace il::gui
