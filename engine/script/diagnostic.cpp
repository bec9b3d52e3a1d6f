#include "engine/script/diagnostic.hpp"

namespace il::script {

std::string formatDiagnostic(const SourceFile& source, const Diagnostic& d) {
    std::string out = source.name() + ":" + std::to_string(d.line) + ":" + std::to_string(d.col) +
                      ": " + (d.severity == Severity::Error ? "error" : "warning") + ": " +
                      d.message + "\n";
    std::string_view text = source.line(d.line);
    if (!text.empty()) {
        out += "    ";
        out += text;
        out += "\n    ";
        // The caret goes under the d.col-th code point; tabs are kept so it lines up.
        uint32_t cp = 1;
        for (size_t i = 0; i < text.size() && cp < d.col; ++i) {
            unsigned char c = static_cast<unsigned char>(text[i]);
            if ((c & 0xC0) == 0x80) continue;
            out += (c == '\t') ? '\t' : ' ';
            ++cp;
        }
        out += "^\n";
    }
    if (!d.hint.empty()) out += "  hint: " + d.hint + "\n";
    return out;
}

}  // namespace il::script
