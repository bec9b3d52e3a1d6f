#pragma once
// Word wrap that also works for Chinese. Dear ImGui 1.86 wraps only at spaces, so a Chinese
// paragraph (no spaces) overflows or breaks in odd places. wrapText() may break at a space or
// next to any CJK character, keeps English words whole, and never starts a line with closing
// punctuation such as "，" or "。" (the kinsoku rule).

#include <functional>
#include <string_view>
#include <vector>

namespace il::viewmodel {

// Measures the drawn width of a piece of text (the panel passes ImGui::CalcTextSize).
using TextMeasure = std::function<float(std::string_view)>;

// wrapText() cuts `text` into lines at most `width` wide as `measure` sees them (a word wider
// than a whole line is cut inside). The lines view `text`, without the spaces at the breaks;
// a '\n' in the text always breaks.
[[nodiscard]] std::vector<std::string_view> wrapText(std::string_view text, float width, const TextMeasure& measure);

}  // namespace il::viewmodel
