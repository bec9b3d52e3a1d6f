#include "app/cli/ascii_timeline.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <vector>

namespace il::cli {

namespace {

using trace::kNoId;
using trace::TaskId;
using trace::TaskInfo;
using trace::TaskKind;
using trace::TaskState;

// Categories a bucket's time is split into, in tie-break order: when two cover a bucket equally,
// the more informative one (running beats waiting beats absent) wins.
enum Cat : size_t { CRun, CGil, CBlocked, CSleep, CReady, CSusp, CNew, CAlive, CAbsent, kCats };
constexpr std::array<char, kCats> kCatGlyph = {kGlyphRunning, kGlyphGil,  kGlyphBlocked,
                                               kGlyphSleeping, kGlyphReady, kGlyphSuspended,
                                               kGlyphNew,      kGlyphAlive, kGlyphAbsent};

constexpr size_t kMaxNameWidth = 24;

Cat categoryOf(const trace::TraceModel& model, const TaskInfo& t, const trace::StateSpan& s) {
    if (s.state == TaskState::Done || s.state == TaskState::Failed) return CAbsent;
    // A process's own record stays "running" while it lives: its threads carry the real states.
    if (t.kind == TaskKind::Process) return CAlive;
    switch (s.state) {
        case TaskState::New: return CNew;
        case TaskState::Ready: return CReady;
        case TaskState::Running: return CRun;
        case TaskState::Blocked: {
            const auto& res = model.resources();
            bool gil = s.object < res.size() && res[s.object].kind == trace::ResourceKind::Gil;
            return gil ? CGil : CBlocked;
        }
        case TaskState::Sleeping: return CSleep;
        case TaskState::Suspended: return CSusp;
        default: return CAbsent;
    }
}

// Names are UTF-8: widths count code points and truncation never splits one.
size_t codePoints(const std::string& s) {
    return size_t(std::count_if(s.begin(), s.end(), [](char c) { return (uint8_t(c) & 0xC0) != 0x80; }));
}

std::string fitName(const std::string& name, size_t indent, size_t width) {
    std::string out(indent, ' ');
    size_t avail = width > indent ? width - indent : 0;
    if (codePoints(name) <= avail) {
        out += name;
    } else if (avail > 0) {
        size_t kept = 0, i = 0;
        for (; i < name.size(); ++i) {
            if ((uint8_t(name[i]) & 0xC0) != 0x80 && kept++ == avail - 1) break;
        }
        out += name.substr(0, i);
        out += '~';  // marks the cut
    }
    out.append(width - std::min(width, codePoints(out)), ' ');
    return out;
}

// formatMs() prints ns as ms without trailing zeros ("27.778", "50"): three decimals (µs) from
// 1 ms up, six (ns) below, where a run of a few instructions would otherwise read "0".
std::string formatMs(uint64_t ns) {
    char buf[48];
    std::snprintf(buf, sizeof buf, ns >= 1'000'000 ? "%.3f" : "%.6f", double(ns) / 1e6);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

// niceBucket() rounds a bucket width up to 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of
// ten ns, so that the axis labels (every 10 columns) are round numbers: a 200 ms run on 72
// columns gets 3 ms buckets (67 columns, labels 0, 30, 60...) rather than 2.778 ms ones.
uint64_t niceBucket(uint64_t minNs) {
    static constexpr std::array<uint64_t, 10> kSteps = {10, 12, 15, 20, 25, 30, 40, 50, 60, 80};
    for (uint64_t scale = 1; scale <= UINT64_MAX / 1000; scale *= 10)
        for (uint64_t step : kSteps)
            if (step * scale >= minNs * 10) return std::max<uint64_t>(1, step * scale / 10);
    return minNs;
}

struct Row {
    TaskId id;
    size_t indent;
};

// Rows in process order (depth-first over the process tree, so a child process follows its
// parent's threads), each process followed by its threads and their coroutines.
std::vector<Row> orderRows(const std::vector<TaskInfo>& tasks) {
    std::vector<std::vector<TaskId>> children(tasks.size());
    std::vector<TaskId> roots;
    for (const TaskInfo& t : tasks) {
        if (t.id == kNoId) continue;  // an id never created (gaps cannot happen, but be safe)
        if (t.parent != kNoId && t.parent < tasks.size() && t.parent != t.id)
            children[t.parent].push_back(t.id);
        else
            roots.push_back(t.id);
    }
    std::vector<Row> rows;
    std::vector<bool> seen(tasks.size(), false);
    std::function<void(TaskId, size_t)> visitThread = [&](TaskId id, size_t indent) {
        if (seen[id]) return;
        seen[id] = true;
        rows.push_back({id, indent});
        for (TaskId c : children[id])
            if (tasks[c].kind != TaskKind::Process) visitThread(c, std::min<size_t>(indent + 2, 8));
    };
    std::function<void(TaskId)> visitProcess = [&](TaskId id) {
        if (seen[id]) return;
        seen[id] = true;
        rows.push_back({id, 0});
        for (TaskId c : children[id])
            if (tasks[c].kind != TaskKind::Process) visitThread(c, 2);
        for (TaskId c : children[id])
            if (tasks[c].kind == TaskKind::Process) visitProcess(c);
    };
    for (TaskId r : roots) {
        if (tasks[r].kind == TaskKind::Process)
            visitProcess(r);
        else
            visitThread(r, 0);
    }
    return rows;
}

// The row's letters: per bucket, the category covering most of it.
std::string drawRow(const trace::TraceModel& model, const TaskInfo& t, uint64_t endNs, uint64_t bucketNs,
                    size_t columns) {
    std::vector<std::array<uint64_t, kCats>> acc(columns, std::array<uint64_t, kCats>{});
    size_t failedColumn = SIZE_MAX;
    for (const trace::StateSpan& s : t.spans) {
        uint64_t a = std::min(s.startNs, endNs);
        uint64_t b = std::min(s.endNs, endNs);  // kOpenEnd clamps to the end
        if (s.state == TaskState::Failed) failedColumn = std::min<size_t>(a / bucketNs, columns - 1);
        if (b <= a) continue;
        Cat c = categoryOf(model, t, s);
        for (size_t col = a / bucketNs; col < columns && col * bucketNs < b; ++col) {
            uint64_t lo = std::max<uint64_t>(a, col * bucketNs);
            uint64_t hi = std::min<uint64_t>(b, (col + 1) * bucketNs);
            acc[col][c] += hi - lo;
        }
    }
    std::string row(columns, kGlyphAbsent);
    for (size_t col = 0; col < columns; ++col) {
        // Time not covered by any span (before the task existed) is absent.
        uint64_t len = std::min<uint64_t>((col + 1) * bucketNs, endNs) - col * bucketNs;
        uint64_t covered = 0;
        for (uint64_t v : acc[col]) covered += v;
        acc[col][CAbsent] += len > covered ? len - covered : 0;
        size_t best = 0;
        for (size_t k = 1; k < kCats; ++k)
            if (acc[col][k] > acc[col][best]) best = k;
        row[col] = kCatGlyph[best];
    }
    if (failedColumn != SIZE_MAX) row[failedColumn] = kGlyphFailed;
    return row;
}

}  // namespace

std::string drawAsciiTimeline(const trace::TraceModel& model, int width, bool realTime) {
    const size_t maxColumns = size_t(std::max(width, 1));
    // A run that ended at time 0 still gets one column, drawn over [0, 1 ns).
    const uint64_t endNs = std::max<uint64_t>(model.nowNs(), 1);
    const uint64_t bucketNs = niceBucket((endNs + maxColumns - 1) / maxColumns);
    const size_t columns = size_t((endNs + bucketNs - 1) / bucketNs);

    const std::vector<TaskInfo>& tasks = model.tasks();
    std::vector<Row> rows = orderRows(tasks);
    size_t nameWidth = 4;
    for (const Row& r : rows) nameWidth = std::max(nameWidth, r.indent + codePoints(tasks[r.id].name));
    nameWidth = std::min(nameWidth, kMaxNameWidth);

    std::string out = "timeline: " + formatMs(model.nowNs()) + (realTime ? " ms of real time" : " ms of virtual time") + ", 1 column = " +
                      formatMs(bucketNs) + " ms\n";
    for (const Row& r : rows) {
        out += fitName(tasks[r.id].name, r.indent, nameWidth);
        out += " |" + drawRow(model, tasks[r.id], endNs, bucketNs, columns) + "|\n";
    }

    // Axis: a tick every 10 columns, labelled with the bucket's start time when the label fits.
    std::string ticks(columns + 1, '-');
    std::string labels(columns + 1, ' ');
    size_t freeFrom = 0;
    std::vector<size_t> tickColumns;
    for (size_t col = 0; col < columns; col += 10) tickColumns.push_back(col);
    tickColumns.push_back(columns);  // the end, labelled with the makespan when it fits
    for (size_t col : tickColumns) {
        ticks[col] = '+';
        std::string label = formatMs(col == columns ? model.nowNs() : col * bucketNs);
        if (col < freeFrom) continue;
        if (labels.size() < col + label.size()) labels.resize(col + label.size(), ' ');
        labels.replace(col, label.size(), label);
        freeFrom = col + label.size() + 1;
    }
    std::string pad(nameWidth + 1, ' ');
    out += pad + ticks + "\n";
    while (!labels.empty() && labels.back() == ' ') labels.pop_back();
    out += pad + labels + " ms\n";

    out += "legend: R running  r ready  G waiting for the GIL  B blocked  S sleeping  s suspended"
           "  N new  F failed  . absent  = process alive\n";
    return out;
}

}  // namespace il::cli
