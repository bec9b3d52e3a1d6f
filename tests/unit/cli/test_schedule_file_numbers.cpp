// Schedule files from elsewhere: a number field that is a float or does not fit its type is
// rejected with the field named, never cast (a cast of 3.5e19 to uint32_t is undefined
// behaviour; tests/fuzz/fuzz_schedule found it, regressions/schedule/float_pct_depth.json).
#include <doctest/doctest.h>

#include <string>

#include "app/cli/schedule_file.hpp"

using namespace il::cli;

namespace {

// withSetting() is a valid schedule whose settings end with `"key": value`.
std::string withSetting(const std::string& key, const std::string& value) {
    return R"({"version": 1, "script_hash": "", "settings": {"cores": 1, "gil": "new",
        "switch_interval_ns": 1, "policy": "fifo", "seed": 0, ")" +
           key + "\": " + value + "}, \"choices\": []}";
}

}  // namespace

TEST_CASE("Schedule.numbers: a float or out-of-range number is an error naming the field") {
    std::string error;
    REQUIRE(parseSchedule(withSetting("pct_depth", "7"), error));
    struct Bad {
        const char* key;
        const char* value;
    };
    for (Bad b : {Bad{"pct_depth", "35555555555555555555"}, Bad{"pct_depth", "2.5"}, Bad{"pct_depth", "-1"},
                  Bad{"max_tasks", "4294967296"}, Bad{"max_recursion", "1e300"}, Bad{"until_ns", "1e19"}}) {
        CAPTURE(b.key);
        CAPTURE(b.value);
        error.clear();
        CHECK_FALSE(parseSchedule(withSetting(b.key, b.value), error));
        CHECK(error.find(b.key) != std::string::npos);
    }
    const std::string base = withSetting("pct_depth", "3");
    // replaced() is `base` with its first `from` replaced by `to`.
    auto replaced = [&base](const std::string& from, const std::string& to) {
        std::string text = base;
        text.replace(text.find(from), from.size(), to);
        return text;
    };
    CHECK_FALSE(parseSchedule(replaced(R"("cores": 1,)", R"("cores": 1e10,)"), error));
    CHECK(error.find("cores") != std::string::npos);
    CHECK_FALSE(parseSchedule(replaced(R"("seed": 0,)", R"("seed": -5,)"), error));
    CHECK(error.find("seed") != std::string::npos);
    // As `--cores`: a schedule asking for two billion cores would allocate them all.
    for (const char* cores : {R"("cores": 0,)", R"("cores": 257,)", R"("cores": 2147483647,)"}) {
        CHECK_FALSE(parseSchedule(replaced(R"("cores": 1,)", cores), error));
        CHECK(error.find("cores") != std::string::npos);
    }
    // As `--depth`: PCT would draw 73 million change points before its first step.
    for (const char* depth : {"0", "65", "73741824"}) {
        CHECK_FALSE(parseSchedule(withSetting("pct_depth", depth), error));
        CHECK(error.find("pct_depth must be from 1 to 64") != std::string::npos);
    }
    CHECK(parseSchedule(withSetting("pct_depth", "64"), error));
    CHECK_FALSE(parseSchedule(replaced(R"("choices": [])", R"("choices": [1, -1])"), error));
    CHECK(error.find("choice") != std::string::npos);
    CHECK_FALSE(parseSchedule(replaced(R"("version": 1)", R"("version": 1.5)"), error));
    CHECK(error.find("version") != std::string::npos);
}
