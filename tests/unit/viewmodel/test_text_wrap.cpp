// Word wrap for the Lesson and Locks panels: English breaks at spaces, Chinese next to any
// character, closing punctuation never starts a line, and long words are cut.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/viewmodel/text_wrap.hpp"

using namespace il::viewmodel;

namespace {

// One unit per character (a CJK character counts two, as it is drawn about twice as wide).
float units(std::string_view s) {
    float w = 0;
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t n = c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        w += n == 3 ? 2.0f : 1.0f;
        i += n;
    }
    return w;
}

std::vector<std::string> wrapped(std::string_view text, float width) {
    std::vector<std::string> out;
    for (std::string_view l : wrapText(text, width, units)) out.emplace_back(l);
    return out;
}

}  // namespace

TEST_CASE("viewmodel.wrap English breaks between words, never inside one that fits") {
    CHECK(wrapped("the quick brown fox jumps", 10) == std::vector<std::string>{"the quick", "brown fox", "jumps"});
    CHECK(wrapped("short", 10) == std::vector<std::string>{"short"});
    CHECK(wrapped("a\nb c", 10) == std::vector<std::string>{"a", "b c"});
    CHECK(wrapped("", 10) == std::vector<std::string>{""});
}

TEST_CASE("viewmodel.wrap a word longer than the line is cut") {
    CHECK(wrapped("abcdefghij xy", 4) == std::vector<std::string>{"abcd", "efgh", "ij", "xy"});
}

TEST_CASE("viewmodel.wrap Chinese breaks between characters and keeps closing punctuation on the line") {
    // Six characters of width 2 in 8 units: four fit on a line.
    CHECK(wrapped("两个线程两把", 8) == std::vector<std::string>{"两个线程", "两把"});
    // "，" would start the second line: it stays on the first one instead.
    CHECK(wrapped("两个线程，两把", 8) == std::vector<std::string>{"两个线程，", "两把"});
    // Latin words inside Chinese stay whole.
    CHECK(wrapped("先锁 lock_a 再锁", 10) == std::vector<std::string>{"先锁", "lock_a 再", "锁"});
    for (const std::string& line : wrapped("两个线程在两个账户之间转账，每个账户各有一把锁。T1 先锁 A 再锁 B。", 13))
        CHECK(units(line) <= 15.0f);  // at most one closing mark over
}
