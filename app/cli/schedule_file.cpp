#include "app/cli/schedule_file.hpp"

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "engine/sched/policy.hpp"

namespace il::cli {

using nlohmann::ordered_json;

std::string scriptHash(std::string_view text) {
    uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a 64 offset basis
    for (unsigned char c : text) {
        h ^= c;
        h *= 0x100000001b3ull;  // FNV 64 prime
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return std::string("fnv1a64:") + buf;
}

std::string scheduleJson(const Schedule& s) {
    const rt::Settings& st = s.settings;
    ordered_json settings = {
        {"cores", st.cores},
        {"gil", rt::nameOf(st.gil)},
        {"switch_interval_ns", st.switchIntervalNs},
        {"policy", st.policy},
        {"systematic", st.systematic},
        {"seed", s.policyOptions.seed},
        {"pct_depth", s.policyOptions.pctDepth},
        {"pct_steps", s.policyOptions.pctExpectedSteps},
        {"until_ns", st.untilNs},
        {"instruction_ns", st.instructionNs},
        {"quantum_ns", st.quantumNs},
        {"chunk_ns", st.chunkNs},
        {"max_tasks", st.maxTasks},
        {"max_instructions", st.limits.maxInstructions},
        {"max_heap_bytes", st.limits.maxHeapBytes},
        {"max_recursion", st.limits.maxRecursion},
        {"max_output_bytes", st.maxOutputBytes},
        {"max_trace_events", st.maxTraceEvents},
    };
    ordered_json j = {{"version", kScheduleVersion},
                      {"script_hash", s.scriptHash},
                      {"settings", settings},
                      {"choices", s.choices}};
    return j.dump(1) + "\n";
}

namespace {

// integer() reads a number field as T. nlohmann's get<T>() converts a float or an out-of-range
// integer with a plain cast, undefined behaviour for 3.5e19 → uint32_t (tests/fuzz/fuzz_schedule
// found it), so a field must hold an integer that T can represent.
template <class T>
T integer(const ordered_json& v, const char* name) {
    if (v.is_number_unsigned() && std::in_range<T>(v.get<uint64_t>())) return T(v.get<uint64_t>());
    if (v.is_number_integer() && !v.is_number_unsigned() && std::in_range<T>(v.get<int64_t>()))
        return T(v.get<int64_t>());
    throw std::runtime_error(std::string(name) + " must be an integer from " + std::to_string(std::numeric_limits<T>::min()) +
                             " to " + std::to_string(std::numeric_limits<T>::max()));
}

// integerOr() is integer() of obj[key], or `fallback` when the key is absent.
template <class T>
T integerOr(const ordered_json& obj, const char* key, T fallback) {
    auto it = obj.find(key);
    return it == obj.end() ? fallback : integer<T>(*it, key);
}

}  // namespace

std::optional<Schedule> parseSchedule(std::string_view text, std::string& error) {
    ordered_json j = ordered_json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        error = "not a JSON object";
        return std::nullopt;
    }
    try {
        const auto version = j.find("version");
        if (version == j.end() || !version->is_number_integer() || *version != kScheduleVersion) {
            error = "unsupported schedule version " + j.value("version", ordered_json(nullptr)).dump() +
                    " (this interleave reads version " + std::to_string(kScheduleVersion) + ")";
            return std::nullopt;
        }
        Schedule s;
        s.scriptHash = j.at("script_hash").get<std::string>();
        const ordered_json& st = j.at("settings");
        rt::Settings& r = s.settings;
        r.cores = integer<int>(st.at("cores"), "cores");
        std::string gil = st.at("gil").get<std::string>();
        if (gil == "new") r.gil = rt::GilMode::New;
        else if (gil == "old") r.gil = rt::GilMode::Old;
        else if (gil == "off") r.gil = rt::GilMode::Off;
        else throw std::runtime_error("unknown gil mode \"" + gil + "\"");
        r.switchIntervalNs = integer<int64_t>(st.at("switch_interval_ns"), "switch_interval_ns");
        r.policy = st.at("policy").get<std::string>();
        if (st.contains("systematic") && !st.at("systematic").is_boolean())
            throw std::runtime_error("systematic must be true or false");
        r.systematic = st.value("systematic", false);
        s.policyOptions.seed = integer<uint64_t>(st.at("seed"), "seed");
        r.seed = s.policyOptions.seed;
        s.policyOptions.pctDepth = integerOr(st, "pct_depth", s.policyOptions.pctDepth);
        s.policyOptions.pctExpectedSteps = integerOr(st, "pct_steps", s.policyOptions.pctExpectedSteps);
        r.untilNs = integerOr(st, "until_ns", int64_t(0));
        r.instructionNs = integerOr(st, "instruction_ns", r.instructionNs);
        r.quantumNs = integerOr(st, "quantum_ns", r.quantumNs);
        r.chunkNs = integerOr(st, "chunk_ns", r.chunkNs);
        if (r.instructionNs < 1 || r.chunkNs < 1 || r.quantumNs < 1)
            throw std::runtime_error("instruction_ns, quantum_ns and chunk_ns must be positive");
        r.maxTasks = integerOr(st, "max_tasks", r.maxTasks);
        r.limits.maxInstructions = integerOr(st, "max_instructions", r.limits.maxInstructions);
        r.limits.maxHeapBytes = integerOr(st, "max_heap_bytes", r.limits.maxHeapBytes);
        r.limits.maxRecursion = integerOr(st, "max_recursion", r.limits.maxRecursion);
        r.maxOutputBytes = integerOr(st, "max_output_bytes", r.maxOutputBytes);
        r.maxTraceEvents = integerOr(st, "max_trace_events", r.maxTraceEvents);
        const ordered_json& choices = j.at("choices");
        if (!choices.is_array()) throw std::runtime_error("choices must be a list of task ids");
        for (const ordered_json& c : choices) s.choices.push_back(integer<sched::TaskId>(c, "a choice"));
        // The range `--cores` accepts: a file from elsewhere asking for 2^31 cores would make the
        // runtime allocate every one of them before the first step.
        if (r.cores < 1 || r.cores > 256) throw std::runtime_error("cores must be from 1 to 256");
        // The range `--depth` accepts (73 million change points took the fuzzer past its time
        // limit: regressions/schedule/huge_pct_depth.json).
        if (s.policyOptions.pctDepth < 1 || s.policyOptions.pctDepth > sched::kMaxPctDepth)
            throw std::runtime_error("pct_depth must be from 1 to " + std::to_string(sched::kMaxPctDepth));
        if (!replayPolicy(s)) throw std::runtime_error("unknown policy \"" + r.policy + "\"");
        return s;
    } catch (const std::exception& e) {
        error = e.what();
        return std::nullopt;
    }
}

bool writeSchedule(const std::string& path, const Schedule& s, std::string& error) {
    std::ofstream f(path, std::ios::binary);
    if (!f) {
        error = "cannot write " + path;
        return false;
    }
    f << scheduleJson(s);
    if (!f) error = "cannot write " + path;
    return bool(f);
}

std::optional<Schedule> readSchedule(const std::string& path, std::string& error) {
    std::ifstream f(path, std::ios::binary);
    if (!f) {
        error = "cannot read " + path;
        return std::nullopt;
    }
    std::stringstream ss;
    ss << f.rdbuf();
    auto s = parseSchedule(ss.str(), error);
    if (!s) error = path + ": " + error;
    return s;
}

std::unique_ptr<sched::Policy> makeRunPolicy(const std::string& name, const sched::PolicyOptions& options) {
    if (name == "manual") return nullptr;  // a schedule never waits for a learner
    return sched::makePolicy(name, options);
}

std::unique_ptr<sched::Policy> replayPolicy(const Schedule& s) {
    if (s.settings.policy == "replay") return std::make_unique<sched::ReplayPolicy>(s.choices);
    return makeRunPolicy(s.settings.policy, s.policyOptions);
}

}  // namespace il::cli
