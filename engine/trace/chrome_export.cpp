#include "engine/trace/chrome_export.hpp"

#include <cstdio>
#include <string_view>

namespace il::trace {
namespace {

void writeJsonString(std::ostream& out, std::string_view s) {
    out << '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': out << "\\\""; break;
            case '\\': out << "\\\\"; break;
            case '\n': out << "\\n"; break;
            case '\r': out << "\\r"; break;
            case '\t': out << "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out << buf;
                } else {
                    out << static_cast<char>(c);
                }
        }
    }
    out << '"';
}

// Microseconds with nanosecond precision, as the format expects.
void writeMicros(std::ostream& out, uint64_t ns) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%llu.%03llu", static_cast<unsigned long long>(ns / 1000),
                  static_cast<unsigned long long>(ns % 1000));
    out << buf;
}

// The process a task's track is grouped under: itself for a process, else its owner's.
TaskId processOf(const TraceModel& model, TaskId id) {
    const auto& tasks = model.tasks();
    for (int hops = 0; id < tasks.size() && hops < 64; ++hops) {
        const TaskInfo& t = tasks[id];
        if (t.kind == TaskKind::Process || t.parent == kNoId) return id;
        id = t.parent;
    }
    return 0;
}

// Track order inside a process: each thread, then the coroutines it hosts (in creation order).
uint64_t sortIndexOf(const TraceModel& model, const TaskInfo& t) {
    const auto& tasks = model.tasks();
    if (t.kind == TaskKind::Coroutine && t.parent < tasks.size())
        return uint64_t(t.parent) * 65536 + 1 + t.id % 65535;
    return uint64_t(t.id) * 65536;
}

class Writer {
public:
    explicit Writer(std::ostream& out) : m_out(out) {}
    // begin() starts a new event object and writes its common fields.
    std::ostream& begin(std::string_view name, char phase, TaskId pid) {
        m_out << (m_first ? "\n" : ",\n") << "{\"name\":";
        m_first = false;
        writeJsonString(m_out, name);
        m_out << ",\"ph\":\"" << phase << "\",\"pid\":" << pid;
        return m_out;
    }

private:
    std::ostream& m_out;
    bool m_first = true;
};

}  // namespace

void writeChromeTrace(std::ostream& out, const TraceLog& log, const TraceModel& model) {
    out << "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[";
    Writer w(out);
    const uint64_t end = model.nowNs();
    for (const TaskInfo& t : model.tasks()) {
        if (t.id == kNoId) continue;
        const TaskId pid = processOf(model, t.id);
        if (t.kind == TaskKind::Process) {
            w.begin("process_name", 'M', pid) << ",\"args\":{\"name\":";
            writeJsonString(out, t.name);
            out << "}}";
            continue;  // a process's activity shows on its threads' tracks
        }
        w.begin("thread_name", 'M', pid) << ",\"tid\":" << t.id << ",\"args\":{\"name\":";
        writeJsonString(out, t.name);
        out << "}}";
        w.begin("thread_sort_index", 'M', pid)
            << ",\"tid\":" << t.id << ",\"args\":{\"sort_index\":" << sortIndexOf(model, t) << "}}";
        for (const StateSpan& s : t.spans) {
            const uint64_t spanEnd = s.endNs == kOpenEnd ? end : s.endNs;
            // Before it starts and after it ends a task has no activity to draw.
            if (s.state == TaskState::New || s.state == TaskState::Done ||
                s.state == TaskState::Failed || spanEnd <= s.startNs)
                continue;
            w.begin(nameOf(s.state), 'X', pid) << ",\"tid\":" << t.id << ",\"ts\":";
            writeMicros(out, s.startNs);
            out << ",\"dur\":";
            writeMicros(out, spanEnd - s.startNs);
            out << ",\"args\":{\"line\":" << s.line;
            if (s.object != kNoId && s.object < model.resources().size()) {
                out << ",\"waits_for\":";
                writeJsonString(out, model.resources()[s.object].name);
            }
            out << "}}";
        }
    }
    for (const ResourceInfo& r : model.resources()) {
        if (r.id == kNoId || r.series.empty()) continue;
        for (const SeriesPoint& p : r.series) {
            w.begin(r.name, 'C', 0) << ",\"ts\":";
            writeMicros(out, p.timeNs);
            out << ",\"args\":{\"length\":" << p.value << "}}";
        }
    }
    for (size_t i = 0; i < log.size(); ++i) {
        const Event& e = log.at(i);
        if (e.kind != EventKind::Note && e.kind != EventKind::Exception) continue;
        w.begin(log.strings().get(e.aux), 'i', processOf(model, e.task))
            << ",\"tid\":" << e.task << ",\"s\":\"t\",\"ts\":";
        writeMicros(out, e.timeNs);
        out << "}";
    }
    out << "\n]}\n";
}

}  // namespace il::trace
