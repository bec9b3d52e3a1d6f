#pragma once
// Interns the strings a trace refers to (task and resource names, printed text, messages), so
// an event stays 32 bytes and a name repeated a million times is stored once.

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

#include "engine/trace/event.hpp"

namespace il::trace {

class StringTable {
public:
    StringTable();
    // intern() returns the id of `text`, adding it if new. Id 0 is always the empty string.
    StringId intern(std::string_view text);
    // get() returns the text of an id returned by intern(); precondition: id < size().
    [[nodiscard]] std::string_view get(StringId id) const;
    [[nodiscard]] size_t size() const { return m_strings.size(); }
    // Bytes held by the table's own storage (for the trace memory budget).
    [[nodiscard]] size_t byteSize() const { return m_bytes; }

private:
    std::deque<std::string> m_strings;  // a deque never moves its elements: views stay valid
    std::unordered_map<std::string_view, StringId> m_ids;
    size_t m_bytes = 0;
};

}  // namespace il::trace
