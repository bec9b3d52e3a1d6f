#include "app/cli/declared_limits.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>

namespace il::cli {

namespace {

// setLimit() stores `value` (the text after '=') into the field `key` names.
void setLimit(DeclaredLimits& limits, std::string_view key, const std::string& value) {
    char* end = nullptr;
    if (key == "until") {
        const double s = std::strtod(value.c_str(), &end);
        if (end != value.c_str() && s > 0) limits.untilSeconds = s;
        return;
    }
    const uint64_t n = std::strtoull(value.c_str(), &end, 10);
    if (end == value.c_str() || value[0] == '-') return;
    if (key == "max-instructions") limits.maxInstructions = n;
    if (key == "max-heap-mb") limits.maxHeapMb = n;
    if (key == "max-recursion" && n > 0 && n <= 1'000'000) limits.maxRecursion = int(n);
    if (key == "max-tasks" && n > 0 && n <= 10'000'000) limits.maxTasks = uint32_t(n);
    if (key == "max-output-mb") limits.maxOutputMb = n;
    if (key == "max-trace-events") limits.maxTraceEvents = n;
}

}  // namespace

DeclaredLimits readDeclaredLimits(const script::SourceFile& src) {
    DeclaredLimits limits;
    const std::string_view tag = "# interleave:";
    for (uint32_t n = 1; n <= src.lineCount() && n <= 20; ++n) {
        std::string_view line = src.line(n);
        if (line.substr(0, tag.size()) != tag) continue;
        std::string_view rest = line.substr(tag.size());
        while (!rest.empty()) {
            const size_t end = std::min(rest.find(' '), rest.size());
            const std::string_view item = rest.substr(0, end);
            rest.remove_prefix(std::min(end + 1, rest.size()));
            const size_t eq = item.find('=');
            if (eq != std::string_view::npos) setLimit(limits, item.substr(0, eq), std::string(item.substr(eq + 1)));
        }
    }
    return limits;
}

void applyLimits(const DeclaredLimits& limits, rt::Settings& s) {
    if (limits.maxInstructions) s.limits.maxInstructions = *limits.maxInstructions;
    if (limits.maxHeapMb) s.limits.maxHeapBytes = size_t(*limits.maxHeapMb) << 20;
    if (limits.maxRecursion) s.limits.maxRecursion = *limits.maxRecursion;
    if (limits.maxTasks) s.maxTasks = *limits.maxTasks;
    if (limits.maxOutputMb) s.maxOutputBytes = *limits.maxOutputMb << 20;
    if (limits.maxTraceEvents) s.maxTraceEvents = *limits.maxTraceEvents;
    if (limits.untilSeconds) s.untilNs = int64_t(*limits.untilSeconds * 1e9);
}

}  // namespace il::cli
