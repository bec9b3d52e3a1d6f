#pragma once
// The Console's view-model: what each task printed, line by line with the printing task and
// the time, its tracebacks and its notes, built incrementally from the trace. Print events carry
// the task and the text; an Exception event carries only the traceback's last line, so the whole
// traceback is taken from the run's stderr text (the session's output) where it ends with it.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/trace/trace_log.hpp"

namespace il::viewmodel {

enum class LineKind : uint8_t {
    Print,      // printed by `task`
    Stderr,     // written to sys.stderr by `task` (print(file=sys.stderr), sys.stderr.write)
    Traceback,  // part of the uncaught exception of `task`
    Note,       // an interleave.note() of `task`
};

struct ConsoleLine {
    uint64_t timeNs = 0;
    trace::TaskId task = trace::kNoId;
    LineKind kind = LineKind::Print;
    std::string text;  // one line, without its newline
};

class ConsoleLines {
public:
    static constexpr size_t kMaxLines = 50000;  // past this, later lines are dropped (counted)

    // update() consumes the events of `log` not seen yet; `output` is the run's stdout and
    // stderr text so far. Precondition: always the same log and a growing output.
    void update(const trace::TraceLog& log, std::string_view output);
    [[nodiscard]] const std::vector<ConsoleLine>& lines() const { return m_lines; }
    // countAt() is how many lines (a prefix of lines()) exist at time `ns`.
    [[nodiscard]] size_t countAt(uint64_t ns) const;
    [[nodiscard]] size_t dropped() const { return m_dropped; }

private:
    void addText(uint64_t ns, trace::TaskId task, LineKind kind, std::string_view text);
    // tracebackEndingWith() returns the traceback in `output` after the read position whose last
    // line is `last`, and moves the read position past it; just `last` when there is none.
    std::string_view tracebackEndingWith(std::string_view output, std::string_view last);

    std::vector<ConsoleLine> m_lines;
    std::vector<size_t> m_openLine;  // by task: its line still waiting for a newline, or SIZE_MAX
    size_t m_seen = 0;
    size_t m_outputRead = 0;  // where the next traceback search in the output starts
    size_t m_dropped = 0;
};

// splitLines() cuts `text` at newlines; a final newline does not start an empty line.
[[nodiscard]] std::vector<std::string_view> splitLines(std::string_view text);

}  // namespace il::viewmodel
