#pragma once
// The order of the timeline's rows: each process, then its GIL lane, then its threads, each
// thread followed by the coroutines it hosts, then its child processes (depth-first, in
// creation order). Tasks whose owner is unknown go last. Rebuilt only when a task or a lane
// appears, so it costs nothing per frame.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "app/viewmodel/timeline_index.hpp"
#include "engine/trace/trace_model.hpp"

namespace il::viewmodel {

enum class RowKind : uint8_t {
    Task,  // one task's state spans (process, thread or coroutine)
    Gil,   // who holds a process's GIL
};

struct Row {
    RowKind kind = RowKind::Task;
    uint32_t id = 0;      // task id (Task) or index into TimelineIndex::gilLanes() (Gil)
    uint16_t depth = 0;   // indentation level of the label
    std::string label;
};

class RowLayout {
public:
    // update() rebuilds the rows when tasks or GIL lanes were added since the last call;
    // returns true when it did.
    bool update(const trace::TraceModel& model, const TimelineIndex& index);
    [[nodiscard]] const std::vector<Row>& rows() const { return m_rows; }
    // rowOfTask() returns the row showing task `t`, or kNoRow.
    [[nodiscard]] uint32_t rowOfTask(trace::TaskId t) const {
        return t < m_rowOfTask.size() ? m_rowOfTask[t] : kNoRow;
    }
    static constexpr uint32_t kNoRow = 0xFFFFFFFFu;

private:
    void addTask(const trace::TraceModel& model, trace::TaskId t, uint16_t depth);
    std::vector<Row> m_rows;
    std::vector<uint32_t> m_rowOfTask;
    std::vector<std::vector<trace::TaskId>> m_children;   // by task, in creation order
    std::vector<std::vector<uint32_t>> m_lanesOfProcess;  // by task
    size_t m_tasksSeen = 0, m_lanesSeen = 0;
    std::vector<trace::TaskId> m_laneProcess;  // detects a lane whose process became known
};

}  // namespace il::viewmodel
