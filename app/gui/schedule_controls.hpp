#pragma once
// The window's schedule features (issue 7): "Find a failing schedule" with its progress bar and
// Cancel (an ExploreJob in the background), walking through a schedule (Step back / Step
// forward, "step k of N", how it ends), and File > Save schedule… / Open schedule…
//
// Like the toolbar it only records what was clicked while the frame is drawn; apply() carries
// it out after Render, when restarting the run cannot pull the session from under a panel.

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "app/gui/explore_job.hpp"
#include "app/gui/toolbar.hpp"

namespace il::gui {

class LiveRun;
struct RunStatus;

// scriptText() is the text the window runs: the config's edited text, else the file's.
[[nodiscard]] std::string scriptText(const RunConfig& config);
// startLiveRun() starts the run `config` describes, `text` being scriptText(config): its
// schedule in schedule mode, else a live run (stopping at `stopAtNs`, 0: never). A schedule
// recorded on another text (another file was opened, the script was edited) is dropped first.
// Precondition: config.scenarioPath is not empty.
[[nodiscard]] std::unique_ptr<LiveRun> startLiveRun(RunConfig& config, const std::string& text, int64_t stopAtNs);

// readScheduleFor() reads the schedule file at `path` for the script `text`: nothing, with
// `error` set, if it is not a schedule or was recorded on another text (a changed script would
// silently take other turns, so it is refused).
[[nodiscard]] std::optional<cli::Schedule> readScheduleFor(const std::string& path, const std::string& text,
                                                         std::string& error);

class ScheduleControls {
public:
    // drawToolbarItems() draws, inside the toolbar window, Find (or the search's progress bar
    // and Cancel), in schedule mode the step controls, and the latest message.
    void drawToolbarItems(const RunConfig& config, const RunStatus* status);
    // drawFileMenuItems() adds Save schedule… and Open schedule… to an open File menu.
    void drawFileMenuItems(const RunConfig& config, const LiveRun* run);
    // drawDialog() draws the Save / Open path dialog while it is open; once per frame, outside
    // any window.
    void drawDialog();
    // apply() carries out this frame's clicks and a finished search: it may set or clear
    // config.schedule and then calls `restart` to start the run again. `run` may be null.
    void apply(RunConfig& config, LiveRun* run, const std::function<void()>& restart);
    // searching() says a search runs in the background.
    [[nodiscard]] bool searching() const { return m_job && !m_job->finished(); }

private:
    enum class Dialog : uint8_t {
        None,  // no dialog
        Save,  // File > Save schedule…
        Open,  // File > Open schedule…
    };
    void drawSearch(const RunConfig& config, const RunStatus* status);
    void drawStepper(const ScheduleReplay& replay, const RunStatus* status);
    void finishSearch(RunConfig& config, const std::function<void()>& restart);
    void save(LiveRun* run, const std::string& path);
    void open(RunConfig& config, const std::string& path, const std::function<void()>& restart);
    void say(std::string message, bool bad) { m_message = std::move(message), m_messageBad = bad; }

    std::unique_ptr<ExploreJob> m_job;
    std::string m_message;  // the last search's, save's or open's outcome, shown in the toolbar
    bool m_messageBad = false;
    // --- this frame's clicks, carried out by apply() ---
    bool m_find = false, m_cancel = false, m_forward = false, m_back = false, m_leave = false;
    std::optional<std::string> m_savePath, m_openPath;
    // --- the path dialog ---
    Dialog m_dialog = Dialog::None;
    bool m_dialogJustOpened = false;
    char m_path[4096] = {};
};

}  // namespace il::gui
