#include "app/viewmodel/message_format.hpp"

namespace il::viewmodel {

std::string fillIn(std::string_view tmpl, std::initializer_list<std::string_view> args) {
    std::string out;
    out.reserve(tmpl.size() + 32);
    for (size_t i = 0; i < tmpl.size(); ++i) {
        // "{d}" with a single digit d naming an argument that exists.
        if (tmpl[i] == '{' && i + 2 < tmpl.size() && tmpl[i + 2] == '}' && tmpl[i + 1] >= '0' && tmpl[i + 1] <= '9') {
            const auto n = static_cast<size_t>(tmpl[i + 1] - '0');
            if (n < args.size()) {
                out += *(args.begin() + n);
                i += 2;
                continue;
            }
        }
        out += tmpl[i];
    }
    return out;
}

}  // namespace il::viewmodel
