// Editing a bundled lesson saves a copy in the user's folder; other files are saved in place.

#include <doctest/doctest.h>

#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include "app/viewmodel/user_copy.hpp"

using namespace il::viewmodel;
namespace fs = std::filesystem;

TEST_CASE("viewmodel.user_copy finds the user's folder from XDG_DATA_HOME or HOME") {
    CHECK(userScenarioDir("/x/data", "/home/me") == "/x/data/interleave/scenarios");
    CHECK(userScenarioDir("", "/home/me") == "/home/me/.local/share/interleave/scenarios");
    CHECK(userScenarioDir("relative", "/home/me") == "/home/me/.local/share/interleave/scenarios");
    CHECK(userScenarioDir("", "").empty());
}

TEST_CASE("viewmodel.user_copy keeps lessons read-only and never overwrites an earlier copy") {
    std::string tmpl = (fs::temp_directory_path() / "interleave-copy-XXXXXX").string();
    const fs::path root = ::mkdtemp(tmpl.data());
    const fs::path lessons = root / "scenarios";
    const fs::path user = root / "user";
    fs::create_directories(lessons);
    fs::create_directories(user);
    const std::string lesson = (lessons / "producer_consumer.py").string();
    const std::vector<std::string> bundled = {(root / "other").string(), (root / "x" / ".." / "scenarios").string()};

    CHECK(isBundledScenario(lesson, bundled));
    CHECK_FALSE(isBundledScenario((user / "mine.py").string(), bundled));
    CHECK_FALSE(isBundledScenario((lessons / "sub" / "deep.py").string(), bundled));  // only directly inside
    CHECK(saveTarget((user / "mine.py").string(), bundled, user.string()) == (user / "mine.py").string());

    CHECK(saveTarget(lesson, bundled, user.string()) == (user / "producer_consumer.py").string());
    std::ofstream(user / "producer_consumer.py") << "earlier work";
    CHECK(saveTarget(lesson, bundled, user.string()) == (user / "producer_consumer-2.py").string());
    std::ofstream(user / "producer_consumer-2.py") << "more work";
    CHECK(userCopyPath(lesson, user.string()) == (user / "producer_consumer-3.py").string());
    CHECK(saveTarget(lesson, bundled, "").empty());  // nowhere to copy to: the lesson is not written
    fs::remove_all(root);
}
