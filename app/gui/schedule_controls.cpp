// [SECTION] helpers: the script's text, starting a run
// [SECTION] toolbar: Find / progress / Cancel, Step back / Step forward
// [SECTION] File menu and the path dialog
// [SECTION] apply: search results, steps, save, open
#include "app/gui/schedule_controls.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <utility>

#include "app/cli/schedule_file.hpp"
#include "app/gui/i18n.hpp"
#include "app/gui/live_run.hpp"
#include "app/gui/script_document.hpp"
#include "app/gui/shortcuts.hpp"
#include "app/gui/status_bar.hpp"
#include "app/viewmodel/explore_progress.hpp"
#include "app/viewmodel/message_format.hpp"
#include "app/viewmodel/schedule_path.hpp"

namespace il::gui {
namespace {

const ImVec4 kGood(0.35f, 0.8f, 0.45f, 1.0f), kBad(1.0f, 0.4f, 0.35f, 1.0f);
constexpr const char* kDialogId = "###ScheduleDialog";

void tooltip(const char* text) {
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", text);
}

// flow() puts the next item on this line when `text` (plus a margin) still fits, else on a new
// one, so long messages wrap instead of running off the toolbar's right edge.
void flow(const std::string& text) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(text.c_str()).x + ImGui::GetFontSize()) ImGui::NewLine();
}

std::string number(uint64_t n) { return std::to_string(n); }

std::string secondsText(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", s);
    return buf;
}

std::string envOr(const char* name) {
    const char* v = std::getenv(name);
    return v == nullptr ? std::string() : std::string(v);
}

// The file a schedule of `scenario` is offered under (schedule_path.hpp).
std::string defaultSchedulePath(const std::string& scenario) {
    return viewmodel::defaultSchedulePath(scenario, bundledScenarioDirs(),
                                          viewmodel::userScheduleDir(envOr("XDG_DATA_HOME"), envOr("HOME")));
}

}  // namespace

// [SECTION] helpers

std::string scriptText(const RunConfig& config) {
    if (config.sourceText) return *config.sourceText;
    std::ifstream file(config.scenarioPath, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(file), {});
}

std::unique_ptr<LiveRun> startLiveRun(RunConfig& config, const std::string& text, int64_t stopAtNs) {
    if (config.schedule && config.schedule->schedule.scriptHash != cli::scriptHash(text)) config.schedule.reset();
    if (config.schedule) return std::make_unique<LiveRun>(config.scenarioPath, *config.schedule, config.sourceText);
    return std::make_unique<LiveRun>(config.scenarioPath, config.settings, config.speed, config.paused, stopAtNs,
                                     config.sourceText);
}

std::optional<cli::Schedule> readScheduleFor(const std::string& path, const std::string& text, std::string& error) {
    std::optional<cli::Schedule> schedule = cli::readSchedule(path, error);
    if (schedule && schedule->scriptHash != cli::scriptHash(text)) {
        error = tr("schedule.other_script");
        return std::nullopt;
    }
    return schedule;
}

// [SECTION] toolbar

void ScheduleControls::drawToolbarItems(const RunConfig& config, const RunStatus* status) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < 18.0f * ImGui::GetFontSize()) ImGui::NewLine();
    drawSearch(config, status);
    if (config.schedule) drawStepper(*config.schedule, status);
    if (!m_message.empty()) {
        flow(m_message);
        ImGui::TextColored(m_messageBad ? kBad : kGood, "%s", m_message.c_str());
    }
}

void ScheduleControls::drawSearch(const RunConfig& config, const RunStatus* status) {
    if (!searching()) {
        const bool runnable = !config.scenarioPath.empty() && (status == nullptr || !status->compileFailed);
        ImGui::BeginDisabled(!runnable);
        if (ImGui::Button(trId("schedule.find", "find").c_str())) m_find = true;
        ImGui::EndDisabled();
        tooltip(tr("schedule.find_tip"));
        return;
    }
    const viewmodel::ExploreProgress p = viewmodel::exploreProgress(m_job->done(), m_job->total(), m_job->seconds());
    const std::string bar = viewmodel::fillIn(tr("schedule.progress"), {number(std::min(m_job->done(), m_job->total())),
                                                                           number(m_job->total())});
    ImGui::ProgressBar(p.fraction, ImVec2(12.0f * ImGui::GetFontSize(), 0), bar.c_str());
    ImGui::SameLine();
    // The explorer stops at its first failure, so while it runs none has been found.
    ImGui::TextUnformatted(viewmodel::fillIn(tr("schedule.rate"), {viewmodel::formatCount(p.runsPerSecond),
                                                                   viewmodel::formatEta(p.etaSeconds), "0"})
                               .c_str());
    ImGui::SameLine();
    if (ImGui::Button(trId("schedule.cancel", "cancelfind").c_str())) m_cancel = true;
}

void ScheduleControls::drawStepper(const ScheduleReplay& replay, const RunStatus* status) {
    const bool ready = status != nullptr && status->schedule && status->waitingForChoice;
    const bool ended = status != nullptr && status->ended;
    const uint64_t k = status != nullptr ? status->scheduleStep : 0;
    const bool last = status != nullptr && k >= status->scheduleSteps;  // N of N: nothing left to take
    ImGui::SameLine();
    ImGui::BeginDisabled(!(ready || ended) || k == 0);
    if (ImGui::Button(trId("schedule.step_back", "stepback").c_str())) m_back = true;
    tooltip(tr("schedule.step_back_tip"));
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!ready || last);
    if (ImGui::Button(trId("schedule.step_forward", "stepforward").c_str())) m_forward = true;
    tooltip(tr("schedule.step_forward_tip"));
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (status != nullptr && status->schedule) {
        ImGui::TextUnformatted(
            viewmodel::fillIn(tr("schedule.step_of"), {number(k), number(status->scheduleSteps)}).c_str());
        if (replay.found) {
            const std::string figures =
                viewmodel::fillIn(tr("schedule.minimised"), {number(replay.found->steps), number(replay.found->preemptions)});
            flow(figures);
            ImGui::TextDisabled("%s", figures.c_str());
            tooltip(viewmodel::fillIn(tr("schedule.minimised_tip"),
                                      {number(replay.found->originalSteps), number(replay.found->originalPreemptions)})
                        .c_str());
        }
        const bool failed = status->scheduleVerdict != rt::Verdict::Ok || status->scheduleUncaught;
        const char* how = status->scheduleVerdict == rt::Verdict::Ok && status->scheduleUncaught
                              ? tr("schedule.uncaught")
                              : verdictText(status->scheduleVerdict);
        const std::string ends = std::string(tr("schedule.ends")) + " " + how +
                                 (status->scheduleMessage.empty() ? "" : ": " + status->scheduleMessage);
        flow(ends);
        ImGui::TextColored(failed ? kBad : kGood, "%s", ends.c_str());
    }
    flow(tr("schedule.leave"));
    if (ImGui::Button(trId("schedule.leave", "leave").c_str())) m_leave = true;
    tooltip(tr("schedule.leave_tip"));
}

// [SECTION] File menu and the path dialog

void ScheduleControls::drawFileMenuItems(const RunConfig& config, const LiveRun* run) {
    const bool canSave = run != nullptr && !run->manual();
    if (ImGui::MenuItem(tr("schedule.save"), nullptr, false, canSave)) {
        m_dialog = Dialog::Save;
        m_dialogJustOpened = true;
        std::snprintf(m_path, sizeof m_path, "%s", defaultSchedulePath(config.scenarioPath).c_str());
    }
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && !canSave) ImGui::SetTooltip("%s", tr("schedule.no_schedule"));
    if (ImGui::MenuItem(tr("schedule.open"), nullptr, false, !config.scenarioPath.empty())) {
        m_dialog = Dialog::Open;
        m_dialogJustOpened = true;
        std::snprintf(m_path, sizeof m_path, "%s", defaultSchedulePath(config.scenarioPath).c_str());
    }
}

void ScheduleControls::drawDialog() {
    if (m_dialog == Dialog::None) return;
    const bool saving = m_dialog == Dialog::Save;
    const std::string title = std::string(tr(saving ? "schedule.save_title" : "schedule.open_title")) + kDialogId;
    if (m_dialogJustOpened) ImGui::OpenPopup(title.c_str());
    ImGui::SetNextWindowSize(ImVec2(36.0f * ImGui::GetFontSize(), 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) {
        m_dialog = Dialog::None;  // closed by ImGui (Escape)
        return;
    }
    ImGui::TextUnformatted(tr("schedule.path"));
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (m_dialogJustOpened) ImGui::SetKeyboardFocusHere();
    m_dialogJustOpened = false;
    bool entered = ImGui::InputText("##schedulepath", m_path, sizeof m_path, ImGuiInputTextFlags_EnterReturnsTrue);
    entered = entered || (ImGui::IsItemActive() && enterLatched());  // a tap shorter than a frame (shortcuts.hpp)
    const std::string okLabel = saving ? trId("schedule.save_button", "save") : trId("schedule.open_button", "open");
    bool close = false;
    if (ImGui::Button(okLabel.c_str()) || entered) {
        (saving ? m_savePath : m_openPath) = std::string(m_path);
        close = true;
    }
    ImGui::SameLine();
    if (ImGui::Button(trId("schedule.cancel_button", "cancel").c_str())) close = true;
    if (close) {
        m_dialog = Dialog::None;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// [SECTION] apply

void ScheduleControls::apply(RunConfig& config, LiveRun* run, const std::function<void()>& restart) {
    const bool find = std::exchange(m_find, false), cancel = std::exchange(m_cancel, false);
    const bool forward = std::exchange(m_forward, false), back = std::exchange(m_back, false);
    const bool leave = std::exchange(m_leave, false);
    const std::optional<std::string> savePath = std::exchange(m_savePath, std::nullopt);
    const std::optional<std::string> openPath = std::exchange(m_openPath, std::nullopt);
    if (find && !searching()) {
        m_message.clear();
        m_job.reset();  // joins a finished one
        m_job = std::make_unique<ExploreJob>(windowSearch(config.scenarioPath, scriptText(config), config.settings));
    }
    if (cancel && m_job) m_job->cancel();
    // What uses `run` comes first: a restart below replaces it.
    if (config.schedule && run != nullptr && run->scheduleMode()) {
        // Whatever restarts the run next (a re-run of the same text, new code panel values)
        // starts it at the step shown, not the one the run was started at. Only once the run
        // has reached its pause: before that the status still says step 0.
        const RunStatus& st = run->status();
        if (st.schedule && (st.waitingForChoice || st.ended)) config.schedule->step = st.scheduleStep;
        if (forward && st.schedule && st.waitingForChoice && st.scheduleStep < st.scheduleSteps) {
            run->stepForward();
            config.schedule->step = st.scheduleStep + 1;
        }
    }
    if (savePath) save(run, *savePath);
    if (back && run != nullptr && config.schedule && run->status().scheduleStep > 0) {
        // Exact: the same schedule from the start, paused one choice earlier.
        config.schedule->step = run->status().scheduleStep - 1;
        restart();
    } else if (leave && config.schedule) {
        config.schedule.reset();
        restart();
    } else if (openPath) {
        open(config, *openPath, restart);
    }
    if (m_job && m_job->finished()) finishSearch(config, restart);
}

void ScheduleControls::finishSearch(RunConfig& config, const std::function<void()>& restart) {
    const std::unique_ptr<ExploreJob> job = std::move(m_job);
    const cli::ExploreResult& r = job->result();
    if (!job->error().empty()) {
        say(tr("schedule.does_not_compile"), true);
    } else if (r.found) {
        say(viewmodel::fillIn(tr("schedule.found"), {number(r.tried), secondsText(job->seconds())}), false);
        // Step 0: the learner walks to the failure.
        config.schedule = ScheduleReplay{r.failing, 0,
                                         FoundFigures{r.steps, r.originalSteps, r.preemptions, r.originalPreemptions}};
        restart();
    } else if (r.cancelled) {
        say(viewmodel::fillIn(tr("schedule.cancelled"), {number(r.made)}), false);
    } else if (r.exhausted) {
        say(viewmodel::fillIn(tr("schedule.exhausted"), {number(job->request().preemptions), number(r.tried),
                                                         secondsText(job->seconds())}),
            false);
    } else {
        say(viewmodel::fillIn(tr("schedule.none_found"),
                              {number(r.tried), secondsText(job->seconds()), job->request().strategy}),
            false);
    }
}

void ScheduleControls::save(LiveRun* run, const std::string& path) {
    const std::optional<cli::Schedule> schedule = run != nullptr ? run->schedule() : std::nullopt;
    if (!schedule) {
        say(tr("schedule.no_schedule"), true);
        return;
    }
    std::string error;
    // The user's schedule folder may not exist yet (the first save of a lesson's schedule).
    std::error_code ec;
    if (const std::filesystem::path dir = std::filesystem::path(path).parent_path(); !dir.empty())
        std::filesystem::create_directories(dir, ec);
    if (!cli::writeSchedule(path, *schedule, error)) say(error, true);
    else say(viewmodel::fillIn(tr("schedule.saved"), {path}), false);
}

void ScheduleControls::open(RunConfig& config, const std::string& path, const std::function<void()>& restart) {
    std::string error;
    std::optional<cli::Schedule> schedule = readScheduleFor(path, scriptText(config), error);
    if (!schedule) {
        say(error, true);
        return;
    }
    say(viewmodel::fillIn(tr("schedule.opened"), {path}), false);
    config.schedule = ScheduleReplay{std::move(*schedule), 0};
    restart();
}

}  // namespace il::gui
