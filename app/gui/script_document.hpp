#pragma once
// The script the Code and Parameters panels show and edit, kept in step with the window: when
// the window opens another scenario the document loads it, unless it holds unsaved edits; then
// it keeps them and marks the switch pending until the learner chooses Save, Discard or Go back
// (the Code panel asks). Saving a bundled lesson writes a copy in the user's folder.

#include <optional>
#include <string>
#include <vector>

#include "app/gui/app_state.hpp"
#include "app/viewmodel/script_buffer.hpp"

namespace il::gui {

// bundledScenarioDirs() are the folders whose scenarios are lessons: the ones the picker finds
// for an installed or a freshly built program. A user's own folder is never among them.
[[nodiscard]] std::vector<std::string> bundledScenarioDirs();

class ScriptDocument {
public:
    ScriptDocument();

    // sync() follows state.scenarioPath and polls the file for changes on disk; once per frame
    // (later calls in the same frame do nothing). It also gives a re-run someone else asked
    // for (Ctrl+Enter anywhere) the edited text, so a re-run never silently drops edits.
    void sync(AppState& state);

    [[nodiscard]] viewmodel::ScriptBuffer& buffer() { return m_buffer; }
    // The scenario the window switched to while the buffer had unsaved edits (empty: none).
    [[nodiscard]] const std::string& pendingPath() const { return m_pending; }
    // isLesson() says the open file is a bundled lesson (saving writes a copy).
    [[nodiscard]] bool isLesson() const;

    // save() writes the text: in place, or to a new copy in the user's folder for a lesson,
    // which the window then opens (unless a switch is pending). Returns false on failure.
    // `message()` says what happened either way.
    bool save(AppState& state);
    // run() asks the window to re-run with the edited text and the parameter values.
    void run(AppState& state);
    // The pending switch, resolved: keep the edits by saving them, drop them, or go back.
    void saveAndSwitch(AppState& state);
    void discardAndSwitch();
    void goBack(AppState& state);

    // A one-line result of the last save or load ("Saved …", "Cannot write …").
    [[nodiscard]] const std::string& message() const { return m_message; }
    // The Code panel's open flag, so a pending switch can show the panel that asks about it.
    bool* codePanelOpen = nullptr;

private:
    void open(const std::string& path);

    viewmodel::ScriptBuffer m_buffer;
    std::vector<std::string> m_bundledDirs;
    std::string m_userDir;
    std::string m_pending;
    std::string m_message;
    int m_syncedFrame = -1;
    bool m_rerunWithValues = false;  // re-run with the parameter values once the saved copy is open
};

}  // namespace il::gui
