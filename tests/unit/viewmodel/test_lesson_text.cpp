// The Lesson panel's text: a scenario's docstring read from its source and cut into a title,
// headings, paragraphs and bullets, in English or in the Chinese half.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/viewmodel/lesson_text.hpp"

using namespace il::viewmodel;

namespace {

const std::string kScenarios = std::string(INTERLEAVE_SOURCE_DIR) + "/scenarios/";

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> headings(const Lesson& l) {
    std::vector<std::string> out;
    for (const LessonBlock& b : l.blocks)
        if (b.kind == BlockKind::Heading) out.push_back(b.text);
    return out;
}

}  // namespace

TEST_CASE("viewmodel.lesson the docstring is found after comments and unescaped") {
    CHECK(moduleDocstring("#!/usr/bin/env python3\n# c\n\n\"\"\"Title\n\nText \\\"q\\\"\n\"\"\"\nx = 1\n") ==
          "Title\n\nText \"q\"\n");
    CHECK(moduleDocstring("'''One'''") == "One");
    CHECK(moduleDocstring("r\"\"\"a\\b\"\"\"") == "a\\b");
    CHECK_FALSE(moduleDocstring("x = 1\n\"\"\"not a docstring\"\"\"").has_value());
    CHECK_FALSE(moduleDocstring("\"\"\"never closed").has_value());
}

TEST_CASE("viewmodel.lesson deadlock_two_locks.py in English and in Chinese") {
    const auto doc = moduleDocstring(readFile(kScenarios + "deadlock_two_locks.py"));
    REQUIRE(doc.has_value());
    const Lesson en = lessonText(*doc, "en");
    CHECK(en.title == "Deadlock: two threads, two locks, opposite order");
    CHECK(headings(en) == std::vector<std::string>{"What to look for", "Try this"});
    REQUIRE(en.blocks.size() >= 5);
    CHECK(en.blocks[0].kind == BlockKind::Paragraph);
    CHECK(en.blocks[0].text.starts_with("Two threads move money between two accounts, and each account has its own lock. T1"));
    CHECK(en.blocks[0].text.find('\n') == std::string::npos);
    // The first "Try this" bullet continues on an indented line: one bullet, joined with a space.
    bool found = false;
    for (const LessonBlock& b : en.blocks)
        if (b.kind == BlockKind::Bullet && b.text.starts_with("Set PAUSE to 0.")) {
            found = true;
            CHECK(b.text.find("schedule? Step through") != std::string::npos);
        }
    CHECK(found);

    const Lesson zh = lessonText(*doc, "zh");
    CHECK(zh.title == "死锁：两个线程、两把锁、相反的加锁顺序");
    CHECK(headings(zh) == std::vector<std::string>{"看点", "试一试"});
    // Chinese lines join without a space between characters.
    REQUIRE(!zh.blocks.empty());
    CHECK(zh.blocks[0].text.find("先锁 A 再锁 B，T2 先锁 B 再锁 A。它们") != std::string::npos);
    // Any other language is English.
    CHECK(lessonText(*doc, "fr").title == en.title);
}

TEST_CASE("viewmodel.lesson every bundled scenario has a title, both sections and bullets in both languages") {
    size_t scenarios = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kScenarios)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".py" || name == "interleave.py") continue;
        ++scenarios;
        CAPTURE(name);
        const auto doc = moduleDocstring(readFile(entry.path().string()));
        REQUIRE(doc.has_value());
        for (const char* lang : {"en", "zh"}) {
            CAPTURE(lang);
            const Lesson l = lessonText(*doc, lang);
            CHECK(!l.title.empty());
            const auto h = headings(l);
            if (std::string(lang) == "en") CHECK(h == std::vector<std::string>{"What to look for", "Try this"});
            else CHECK(h == std::vector<std::string>{"看点", "试一试"});
            size_t bullets = 0;
            for (const LessonBlock& b : l.blocks) bullets += b.kind == BlockKind::Bullet ? 1 : 0;
            CHECK(bullets >= 4);
        }
    }
    CHECK(scenarios >= 20);
}
