#pragma once
// Schedule files: a run written down so it can be replayed exactly (`run --record`, `replay`,
// `explore --out`). JSON, versioned:
//   {"version": 1, "script_hash": "fnv1a64:…", "settings": {cores, gil, switch_interval_ns,
//    policy, seed, pct_depth, pct_steps, limits…}, "choices": [task ids…]}
// A run is deterministic given the script, the settings and the seed, so a schedule of a
// `fifo`/`random`/`pct` run replays by re-running that policy with that seed; `choices` then
// checks the replay took the same turns. A schedule whose policy is `replay` is driven by its
// choices alone (docs/architecture.md §5).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/runtime/settings.hpp"
#include "engine/sched/policy.hpp"

namespace il::cli {

inline constexpr int kScheduleVersion = 1;

struct Schedule {
    std::string scriptHash;  // scriptHash() of the script it was recorded on
    rt::Settings settings;   // everything the run was configured with (limits included)
    sched::PolicyOptions policyOptions;  // seed, PCT depth and expected steps
    std::vector<sched::TaskId> choices;  // the task picked at each point with several candidates
};

// scriptHash() is "fnv1a64:" and 16 hex digits of FNV-1a 64 over the script's text: a cheap,
// well-known hash that tells an edited script from the recorded one (not a security check).
[[nodiscard]] std::string scriptHash(std::string_view text);

// scheduleJson() is the file's text.
[[nodiscard]] std::string scheduleJson(const Schedule& s);
// parseSchedule() reads a schedule file's text; nothing, with `error` set, if it is not one.
[[nodiscard]] std::optional<Schedule> parseSchedule(std::string_view text, std::string& error);
// writeSchedule() / readSchedule() do the same with a file; false / nothing with `error` set.
[[nodiscard]] bool writeSchedule(const std::string& path, const Schedule& s, std::string& error);
[[nodiscard]] std::optional<Schedule> readSchedule(const std::string& path, std::string& error);

// makeRunPolicy() is the policy a run of `settings` uses (fifo, random, pct by name, with
// `options`); null for an unknown name.
[[nodiscard]] std::unique_ptr<sched::Policy> makeRunPolicy(const std::string& name,
                                                           const sched::PolicyOptions& options);
// replayPolicy() is the policy that replays `s`: its policy and seed again, or for a `replay`
// schedule a ReplayPolicy over its choices. Null for an unknown policy name.
[[nodiscard]] std::unique_ptr<sched::Policy> replayPolicy(const Schedule& s);

}  // namespace il::cli
