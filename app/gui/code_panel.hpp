#pragma once
// The Code panel: the script with syntax colouring, line numbers and one coloured marker per
// task at its current line (legend: task name and colour; in step mode a click makes that task
// take the next step), compile errors highlighted with the message under the line; and an
// editor (Edit mode) with Ctrl+S to save and Ctrl+Enter to re-run the edited text.

#include <memory>
#include <string_view>
#include <vector>

#include "app/gui/panel.hpp"
#include "app/gui/script_document.hpp"
#include "app/viewmodel/code_view.hpp"

namespace il::gui {

// One row of the code view: a line of the script, or a line of an error message under it.
struct CodeRow {
    uint32_t line = 0;         // 0-based script line (for a message: the line it belongs to)
    std::string_view message;  // empty for a code row
};

class CodePanel : public Panel {
public:
    CodePanel(AppState& state, std::shared_ptr<ScriptDocument> doc);

protected:
    void drawContent() override;

private:
    void drawHeader();
    void drawReloadBar();
    void drawPendingSwitch();
    void drawLegend(const std::vector<viewmodel::TaskMarker>& entries);
    void drawCode(const std::vector<viewmodel::TaskMarker>& markers, const std::vector<viewmodel::ErrorMark>& errors);
    void followMarkers(const std::vector<CodeRow>& rows, const std::vector<viewmodel::TaskMarker>& markers);
    void drawEditor();
    void handleKeys();
    void stepTask(trace::TaskId task);
    [[nodiscard]] const char* taskName(trace::TaskId task);

    std::shared_ptr<ScriptDocument> m_doc;
    bool m_editing = false;
    bool m_refocusEditor = false;   // Ctrl+Enter leaves the text field: take the focus back
    uint64_t m_markerSignature = 0; // which lines the tasks stood on when last followed
    size_t m_errorsSeen = 0;        // scroll to the first error once per new diagnostics text
    std::vector<viewmodel::TaskMarker> m_markers;  // the tasks on script lines, this frame
    std::vector<viewmodel::TaskMarker> m_legend;   // every live task, this frame
};

// createCodePanels() returns the Code and Parameters panels, sharing one ScriptDocument.
[[nodiscard]] std::vector<std::unique_ptr<Panel>> createCodePanels(AppState& state);

}  // namespace il::gui
