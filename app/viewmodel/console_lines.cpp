#include "app/viewmodel/console_lines.hpp"

#include <algorithm>

namespace il::viewmodel {

using trace::EventKind;

std::vector<std::string_view> splitLines(std::string_view text) {
    std::vector<std::string_view> out;
    size_t start = 0;
    while (start < text.size()) {
        const size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) {
            out.push_back(text.substr(start));
            break;
        }
        out.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return out;
}

void ConsoleLines::update(const trace::TraceLog& log, std::string_view output) {
    for (; m_seen < log.size(); ++m_seen) {
        const trace::Event& e = log.at(m_seen);
        switch (e.kind) {
            case EventKind::Print: {
                const LineKind kind = e.value == 1 ? LineKind::Stderr : LineKind::Print;
                addText(e.timeNs, e.task, kind, log.strings().get(e.aux));
                break;
            }
            case EventKind::Note: {
                const std::string text = std::string(log.strings().get(e.aux)) + "\n";  // a note is a line of its own
                addText(e.timeNs, e.task, LineKind::Note, text);
                break;
            }
            case EventKind::Exception: {
                std::string text(tracebackEndingWith(output, log.strings().get(e.aux)));
                text += '\n';
                addText(e.timeNs, e.task, LineKind::Traceback, text);
                break;
            }
            default: break;
        }
    }
}

void ConsoleLines::addText(uint64_t ns, trace::TaskId task, LineKind kind, std::string_view text) {
    if (task != trace::kNoId && task >= m_openLine.size()) m_openLine.resize(task + 1, SIZE_MAX);
    size_t* open = task != trace::kNoId ? &m_openLine[task] : nullptr;
    size_t start = 0;
    // A print without a newline (print(x, end="")) leaves the task's line open: its next
    // print of the same kind continues that line, as a terminal would show it.
    if (open != nullptr && *open != SIZE_MAX && m_lines[*open].kind == kind) {
        const size_t nl = text.find('\n');
        m_lines[*open].text += text.substr(0, nl);
        if (nl == std::string_view::npos) return;
        *open = SIZE_MAX;
        start = nl + 1;
    } else if (open != nullptr) {
        *open = SIZE_MAX;
    }
    const std::string_view rest = text.substr(start);
    for (std::string_view line : splitLines(rest)) {
        if (m_lines.size() >= kMaxLines) {
            ++m_dropped;
            continue;
        }
        m_lines.push_back(ConsoleLine{ns, task, kind, std::string(line)});
    }
    if (open != nullptr && !rest.empty() && rest.back() != '\n' && m_lines.size() < kMaxLines) *open = m_lines.size() - 1;
}

std::string_view ConsoleLines::tracebackEndingWith(std::string_view output, std::string_view last) {
    constexpr std::string_view kHeader = "Traceback (most recent call last):\n";
    if (last.empty() || m_outputRead >= output.size()) return last;
    // The exception line, on a line of its own, after the read position.
    size_t at = m_outputRead;
    while (true) {
        at = output.find(last, at);
        if (at == std::string_view::npos) return last;
        const bool lineStart = at == 0 || output[at - 1] == '\n';
        const size_t end = at + last.size();
        const bool lineEnd = end == output.size() || output[end] == '\n';
        if (lineStart && lineEnd) break;
        at = end;
    }
    const size_t end = at + last.size();
    // The traceback begins at the first header after the read position (a chained exception
    // prints several, the first one first); none: the exception had no frames.
    const size_t header = output.substr(m_outputRead, at - m_outputRead).find(kHeader);
    const size_t begin = header == std::string_view::npos ? at : m_outputRead + header;
    m_outputRead = std::min(output.size(), end + 1);
    return output.substr(begin, end - begin);
}

size_t ConsoleLines::countAt(uint64_t ns) const {
    return static_cast<size_t>(
        std::upper_bound(m_lines.begin(), m_lines.end(), ns, [](uint64_t v, const ConsoleLine& l) { return v < l.timeNs; }) -
        m_lines.begin());
}

}  // namespace il::viewmodel
