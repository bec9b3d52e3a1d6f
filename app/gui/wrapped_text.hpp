#pragma once
// Wrapped text that reads well in Chinese too (viewmodel::wrapText breaks next to CJK
// characters; ImGui 1.86's own wrapping breaks only at spaces).

#include <string_view>

namespace il::gui {

// wrappedText() draws `text` as lines no wider than the space left in the window (or
// `width` when > 0), each line a separate item starting at the current x.
void wrappedText(std::string_view text, float width = 0.0f);

}  // namespace il::gui
