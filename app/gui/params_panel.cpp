#include "app/gui/params_panel.hpp"

#include <string>

#include "app/gui/i18n.hpp"
#include "app/viewmodel/script_params.hpp"

namespace il::gui {

ParamsPanel::ParamsPanel(AppState& state, std::shared_ptr<ScriptDocument> doc)
    : Panel(trId("params.title", "Parameters"), state), m_doc(std::move(doc)) {}

void ParamsPanel::drawContent() {
    AppState& st = state();
    m_doc->sync(st);
    if (!m_doc->pendingPath().empty()) {  // the buffer still holds the previous script
        ImGui::TextWrapped("%s", tr("params.pending"));
        return;
    }
    viewmodel::ScriptBuffer& buf = m_doc->buffer();
    const auto& params = buf.params();
    if (params.empty()) {
        ImGui::TextWrapped("%s", tr("params.none"));
        return;
    }
    auto& values = buf.paramValues();
    bool rerun = false;
    ImGui::PushItemWidth(-ImGui::CalcTextSize("MMMMMMMMMMMM").x);
    for (const viewmodel::ScriptParam& p : params) {
        const auto chosen = values.find(p.name);
        const double current = chosen != values.end() ? chosen->second : p.value;
        bool edited = false;
        double next = current;
        if (p.isFloat) {
            float v = static_cast<float>(current);
            const std::string format = "%." + std::to_string(p.decimals) + "f";
            edited = ImGui::SliderFloat(p.name.c_str(), &v, static_cast<float>(p.min), static_cast<float>(p.max), format.c_str(),
                                        ImGuiSliderFlags_AlwaysClamp);
            next = v;
        } else {
            int v = static_cast<int>(current);
            edited = ImGui::SliderInt(p.name.c_str(), &v, static_cast<int>(p.min), static_cast<int>(p.max), "%d",
                                      ImGuiSliderFlags_AlwaysClamp);
            next = v;
        }
        // Kept while dragging (the slider reads it back next frame); the run starts on release.
        if (edited) values[p.name] = viewmodel::clampParam(p, next);
        if (ImGui::IsItemDeactivatedAfterEdit()) rerun = true;
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s %u: %s = %s  (%s %s)", tr("params.line"), p.line, p.name.c_str(),
                              viewmodel::formatParamValue(p, current).c_str(), tr("params.in_file"),
                              viewmodel::formatParamValue(p, p.value).c_str());
    }
    ImGui::PopItemWidth();
    const bool changed = !values.empty();
    ImGui::BeginDisabled(!changed);
    if (ImGui::Button(tr("params.reset"))) {
        values.clear();
        rerun = true;
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr("params.hint"));
    if (rerun) m_doc->run(st);
}

}  // namespace il::gui
