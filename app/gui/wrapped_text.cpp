#include "app/gui/wrapped_text.hpp"

#include <imgui.h>

#include "app/viewmodel/text_wrap.hpp"

namespace il::gui {

void wrappedText(std::string_view text, float width) {
    if (width <= 0.0f) width = ImGui::GetContentRegionAvail().x;
    const auto measure = [](std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; };
    ImGui::BeginGroup();  // every line starts where the first did (after a bullet, too)
    for (std::string_view line : viewmodel::wrapText(text, std::max(width, 1.0f), measure))
        ImGui::TextUnformatted(line.data(), line.data() + line.size());
    ImGui::EndGroup();
}

}  // namespace il::gui
