#include "app/gui/limits_menu.hpp"

#include <imgui.h>

#include <cstdint>
#include <string>

#include "app/gui/i18n.hpp"

namespace il::gui {

namespace {

// field() edits `value` (in the field's unit) under `label`, a trId() whose id survives a language
// switch, as a non-negative integer up to `max`; true when it changed.
bool field(const std::string& label, uint64_t& value, uint64_t max) {
    uint64_t v = value;
    const uint64_t step = 1;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.0f);
    if (!ImGui::InputScalar(label.c_str(), ImGuiDataType_U64, &v, &step, nullptr, "%llu")) return false;
    if (v > max) v = max;
    if (v == value) return false;
    value = v;
    return true;
}

}  // namespace

bool drawLimitsMenu(rt::Settings& s) {
    if (!ImGui::BeginMenu(trId("menu.limits", "limits").c_str())) return false;
    bool changed = false;
    constexpr uint64_t kMb = 1u << 20;
    // Each limit in the unit its CLI option takes; 0 means "no limit" where the option allows it.
    uint64_t instructions = s.limits.maxInstructions;
    if (field(trId("limits.instructions", "instructions"), instructions, UINT64_MAX)) {
        s.limits.maxInstructions = instructions;
        changed = true;
    }
    uint64_t untilMs = uint64_t(s.untilNs / 1'000'000);
    if (field(trId("limits.until_ms", "until"), untilMs, uint64_t(1) << 40)) {
        s.untilNs = int64_t(untilMs) * 1'000'000;
        changed = true;
    }
    uint64_t heapMb = s.limits.maxHeapBytes / kMb;
    if (field(trId("limits.heap_mb", "heap"), heapMb, uint64_t(1) << 30) && heapMb > 0) {
        s.limits.maxHeapBytes = size_t(heapMb) * kMb;
        changed = true;
    }
    uint64_t tasks = s.maxTasks;
    if (field(trId("limits.tasks", "tasks"), tasks, 10'000'000) && tasks > 0) {
        s.maxTasks = uint32_t(tasks);
        changed = true;
    }
    uint64_t recursion = uint64_t(s.limits.maxRecursion);
    if (field(trId("limits.recursion", "recursion"), recursion, 1'000'000) && recursion > 0) {
        s.limits.maxRecursion = int(recursion);
        changed = true;
    }
    uint64_t outputMb = s.maxOutputBytes / kMb;
    if (field(trId("limits.output_mb", "output"), outputMb, uint64_t(1) << 30)) {
        s.maxOutputBytes = outputMb * kMb;
        changed = true;
    }
    uint64_t events = s.maxTraceEvents;
    if (field(trId("limits.trace_events", "events"), events, UINT64_MAX)) {
        s.maxTraceEvents = events;
        changed = true;
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s", tr("limits.note"));
    ImGui::EndMenu();
    return changed;
}

}  // namespace il::gui
