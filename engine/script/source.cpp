#include "engine/script/source.hpp"

namespace il::script {

SourceFile::SourceFile(std::string name, std::string text)
    : m_name(std::move(name)), m_text(std::move(text)) {
    m_lineStarts.push_back(0);
    for (size_t i = 0; i < m_text.size(); ++i) {
        if (m_text[i] == '\n' && i + 1 < m_text.size()) m_lineStarts.push_back(i + 1);
    }
}

std::string_view SourceFile::line(uint32_t n) const {
    if (n == 0 || n > m_lineStarts.size()) return {};
    size_t begin = m_lineStarts[n - 1];
    size_t end = m_text.find('\n', begin);
    if (end == std::string::npos) end = m_text.size();
    if (end > begin && m_text[end - 1] == '\r') --end;
    return std::string_view(m_text).substr(begin, end - begin);
}

}  // namespace il::script
