#include "engine/trace/string_table.hpp"

#include "engine/util/assert.hpp"

namespace il::trace {

StringTable::StringTable() { intern(""); }

StringId StringTable::intern(std::string_view text) {
    if (auto it = m_ids.find(text); it != m_ids.end()) return it->second;
    const auto id = static_cast<StringId>(m_strings.size());
    const std::string& stored = m_strings.emplace_back(text);
    m_ids.emplace(std::string_view(stored), id);
    m_bytes += stored.size() + sizeof(std::string) + 2 * sizeof(void*);
    return id;
}

std::string_view StringTable::get(StringId id) const {
    IL_ASSERT(id < m_strings.size(), "string id out of range");
    return m_strings[id];
}

}  // namespace il::trace
