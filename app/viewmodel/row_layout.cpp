#include "app/viewmodel/row_layout.hpp"

namespace il::viewmodel {

using trace::kNoId;
using trace::TaskKind;

bool RowLayout::update(const trace::TraceModel& model, const TimelineIndex& index) {
    const auto& tasks = model.tasks();
    const auto& lanes = index.gilLanes();
    bool changed = tasks.size() != m_tasksSeen || lanes.size() != m_lanesSeen;
    for (size_t i = 0; i < m_laneProcess.size() && !changed; ++i) changed = m_laneProcess[i] != lanes[i].process;
    if (!changed) return false;
    m_tasksSeen = tasks.size();
    m_lanesSeen = lanes.size();
    m_laneProcess.clear();
    for (const GilLane& l : lanes) m_laneProcess.push_back(l.process);

    m_rows.clear();
    m_rowOfTask.assign(tasks.size(), kNoRow);
    m_children.assign(tasks.size(), {});
    m_lanesOfProcess.assign(tasks.size(), {});
    std::vector<trace::TaskId> roots;
    for (const auto& t : tasks) {
        if (t.id == kNoId) continue;  // a gap in ids (not created yet)
        if (t.parent != kNoId && t.parent < tasks.size() && tasks[t.parent].id != kNoId)
            m_children[t.parent].push_back(t.id);
        else if (t.kind == TaskKind::Process)
            roots.push_back(t.id);
    }
    for (uint32_t i = 0; i < lanes.size(); ++i)
        if (lanes[i].process != kNoId && lanes[i].process < tasks.size()) m_lanesOfProcess[lanes[i].process].push_back(i);
    for (trace::TaskId r : roots) addTask(model, r, 0);
    // Whatever the tree did not reach (owner unknown or not a process) still gets a row.
    for (const auto& t : tasks)
        if (t.id != kNoId && m_rowOfTask[t.id] == kNoRow) addTask(model, t.id, 0);
    for (uint32_t i = 0; i < lanes.size(); ++i)
        if (lanes[i].process == kNoId || lanes[i].process >= tasks.size())
            m_rows.push_back(Row{RowKind::Gil, i, 0, "GIL"});
    return true;
}

void RowLayout::addTask(const trace::TraceModel& model, trace::TaskId t, uint16_t depth) {
    if (m_rowOfTask[t] != kNoRow) return;  // guards against a malformed parent cycle
    const auto& info = model.tasks()[t];
    m_rowOfTask[t] = static_cast<uint32_t>(m_rows.size());
    m_rows.push_back(Row{RowKind::Task, t, depth, info.name});
    if (info.kind == TaskKind::Process) {
        for (uint32_t lane : m_lanesOfProcess[t])
            m_rows.push_back(Row{RowKind::Gil, lane, static_cast<uint16_t>(depth + 1), "GIL"});
        // Threads (with their coroutines) first, then child processes.
        for (trace::TaskId c : m_children[t])
            if (model.tasks()[c].kind != TaskKind::Process) addTask(model, c, static_cast<uint16_t>(depth + 1));
        for (trace::TaskId c : m_children[t])
            if (model.tasks()[c].kind == TaskKind::Process) addTask(model, c, static_cast<uint16_t>(depth + 1));
    } else {
        for (trace::TaskId c : m_children[t]) addTask(model, c, static_cast<uint16_t>(depth + 1));
    }
}

}  // namespace il::viewmodel
