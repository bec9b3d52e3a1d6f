#include "engine/trace/trace_log.hpp"

#include <algorithm>

namespace il::trace {

void TraceLog::append(const Event& e) {
    if (m_size % kChunkEvents == 0) m_chunks.push_back(std::make_unique_for_overwrite<Chunk>());
    ::new (m_chunks.back()->slot(m_size % kChunkEvents)) Event(e);
    ++m_size;
    m_endTimeNs = std::max(m_endTimeNs, e.timeNs);
}

size_t TraceLog::byteSize() const {
    return m_chunks.size() * (sizeof(Chunk) + sizeof(void*)) + m_strings.byteSize();
}

}  // namespace il::trace
