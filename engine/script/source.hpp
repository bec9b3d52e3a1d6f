#pragma once
// A script's text with its name and line index, shared by the parser (diagnostics), the
// compiler (line tables) and the VM (tracebacks print the source line).

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace il::script {

class SourceFile {
public:
    SourceFile(std::string name, std::string text);

    [[nodiscard]] const std::string& name() const { return m_name; }
    [[nodiscard]] const std::string& text() const { return m_text; }
    // line(n) returns line n (1-based) without its newline; empty if out of range.
    [[nodiscard]] std::string_view line(uint32_t n) const;
    [[nodiscard]] uint32_t lineCount() const { return static_cast<uint32_t>(m_lineStarts.size()); }

private:
    std::string m_name;
    std::string m_text;
    std::vector<size_t> m_lineStarts;
};

using SourcePtr = std::shared_ptr<const SourceFile>;

}  // namespace il::script
