#pragma once
// File > Open… (and Ctrl+O, and the scenario picker's "Open…"): a modal file browser listing a
// folder's subfolders and Python scripts (viewmodel::listScripts), with a path field. Opening a
// file sets AppState::requests.openPath; the window runs it after the frame.

#include <string>
#include <vector>

#include "app/gui/app_state.hpp"
#include "app/viewmodel/dir_listing.hpp"

namespace il::gui {

class OpenDialog {
public:
    // draw() opens the dialog when it was asked for (shortcuts.hpp: requestOpenDialog()) and
    // draws it while it is open. Call once per frame, outside any window.
    void draw(AppState& state);

private:
    void show(const std::string& dir);   // list `dir` (and put it in the path field)
    void submit(AppState& state);        // Open: a folder is entered, a script is opened
    void drawEntries(AppState& state);

    std::string m_dir;
    std::vector<viewmodel::DirEntry> m_entries;
    std::string m_error;
    char m_path[4096] = {};
    int m_selected = -1;
};

}  // namespace il::gui
