#pragma once
// The Parameters panel: a slider per `# @param LO..HI` constant of the script. Releasing a
// slider re-runs the scenario with that value written into the text it runs; the file (and the
// Code panel's text) keep theirs.

#include <memory>

#include "app/gui/panel.hpp"
#include "app/gui/script_document.hpp"

namespace il::gui {

class ParamsPanel : public Panel {
public:
    ParamsPanel(AppState& state, std::shared_ptr<ScriptDocument> doc);

protected:
    void drawContent() override;

private:
    std::shared_ptr<ScriptDocument> m_doc;
};

}  // namespace il::gui
