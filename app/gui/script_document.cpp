#include "app/gui/script_document.hpp"

#include <imgui.h>

#include <cstdlib>
#include <filesystem>
#include <utility>

#include "app/gui/i18n.hpp"
#include "app/viewmodel/user_copy.hpp"

#ifdef __linux__
#include <unistd.h>
#endif

namespace il::gui {

namespace fs = std::filesystem;

std::vector<std::string> bundledScenarioDirs() {
    std::vector<std::string> dirs;
    if (const char* env = std::getenv("INTERLEAVE_SCENARIOS"); env != nullptr && *env != '\0') dirs.emplace_back(env);
#ifdef __linux__
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        dirs.push_back((exe.parent_path() / "scenarios").string());
        dirs.push_back((exe.parent_path() / ".." / "share" / "interleave" / "scenarios").string());
    }
#endif
#ifdef INTERLEAVE_SOURCE_SCENARIOS
    dirs.emplace_back(INTERLEAVE_SOURCE_SCENARIOS);
#endif
    return dirs;
}

ScriptDocument::ScriptDocument() : m_bundledDirs(bundledScenarioDirs()), m_userDir(viewmodel::userScenarioDir()) {}

void ScriptDocument::open(const std::string& path) {
    std::string error;
    m_message = m_buffer.open(path, &error) ? std::string() : error;
    m_pending.clear();
}

void ScriptDocument::sync(AppState& state) {
    if (ImGui::GetFrameCount() == m_syncedFrame) return;
    m_syncedFrame = ImGui::GetFrameCount();
    const std::string& want = state.scenarioPath;
    if (want == m_buffer.path()) {
        m_pending.clear();
        // The window opened the copy just saved from its file alone: run the slider values too.
        if (std::exchange(m_rerunWithValues, false) && !m_buffer.runsAsFile()) run(state);
    } else if (m_buffer.path().empty() || !m_buffer.dirty()) {
        open(want);
    } else if (m_pending != want) {
        m_pending = want;  // the toolbar switched scenario under unsaved edits: ask, keep them meanwhile
        if (codePanelOpen != nullptr) *codePanelOpen = true;
    }
    if (m_pending.empty()) m_buffer.pollDisk(ImGui::GetTime());
    // Ctrl+Enter (the window's shortcut) or another panel asked for a plain re-run: run what
    // the learner sees, edits and parameter values included.
    AppState::Requests& r = state.requests;
    if (r.rerun && !r.runText && m_pending.empty() && !m_buffer.runsAsFile()) r.runText = m_buffer.runText();
}

bool ScriptDocument::isLesson() const { return viewmodel::isBundledScenario(m_buffer.path(), m_bundledDirs); }

bool ScriptDocument::save(AppState& state) {
    const std::string target = viewmodel::saveTarget(m_buffer.path(), m_bundledDirs, m_userDir);
    if (target.empty()) {
        m_message = tr("code.no_user_dir");
        return false;
    }
    const bool copy = target != m_buffer.path();
    std::string error;
    if (!m_buffer.saveAs(target, &error)) {
        m_message = std::string(tr("code.save_failed")) + " " + error;
        return false;
    }
    m_message = std::string(tr(copy ? "code.saved_copy" : "code.saved")) + " " + target;
    // The copy is what the learner works on from now on: open it (the run restarts from it).
    if (copy && m_pending.empty()) {
        state.requests.openPath = target;
        m_rerunWithValues = true;
    }
    return true;
}

void ScriptDocument::run(AppState& state) {
    state.requests.rerun = true;
    state.requests.runText = m_buffer.runsAsFile() ? std::nullopt : std::optional<std::string>(m_buffer.runText());
}

void ScriptDocument::saveAndSwitch(AppState& state) {
    const std::string next = m_pending;
    if (!save(state)) return;  // the message says why; the question stays open
    const std::string saved = m_message;
    open(next);
    m_message = saved;
}

void ScriptDocument::discardAndSwitch() { open(m_pending); }

void ScriptDocument::goBack(AppState& state) {
    state.requests.openPath = m_buffer.path();
    m_pending.clear();
}

}  // namespace il::gui
