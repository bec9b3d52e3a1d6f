#pragma once
// Panels that keep incremental view-models (histories built from the log) must start them over
// when the window replaces the session (a restart). SessionFollower tells them when.

#include <cstddef>

#include "app/gui/app_state.hpp"

namespace il::gui {

class SessionFollower {
public:
    // changed() is true the first time it sees `s`, and when `s` is a new session (another
    // object, or a log shorter than before: a new run reusing the old one's memory).
    [[nodiscard]] bool changed(const TraceSession& s) {
        const bool fresh = &s != m_session || s.log.size() < m_logSize || s.output.size() < m_outputSize;
        m_session = &s;
        m_logSize = s.log.size();
        m_outputSize = s.output.size();
        return fresh;
    }

private:
    const TraceSession* m_session = nullptr;
    size_t m_logSize = 0;
    size_t m_outputSize = 0;
};

}  // namespace il::gui
