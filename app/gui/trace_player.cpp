#include "app/gui/trace_player.hpp"

namespace il::gui {

void TracePlayer::playTo(uint64_t ns, trace::TraceLog& live) {
    for (; m_next < m_recorded.size() && m_recorded.at(m_next).timeNs <= ns; ++m_next) {
        trace::Event e = m_recorded.at(m_next);
        if (e.aux != 0) e.aux = live.strings().intern(m_recorded.strings().get(e.aux));
        live.append(e);
    }
}

}  // namespace il::gui
