// Whole-file checks: every differential test program in tests/lang and every bundled scenario
// parses cleanly, and no input — random bytes, mangled programs — crashes or hangs the front end.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "engine/script/load.hpp"
#include "tests/unit/script/script_test_util.hpp"

namespace fs = std::filesystem;
using il::script::formatDiagnostic;
using il::script::loadSource;
using il::script::parseModule;
using il::script::SourceFile;

namespace {

std::vector<fs::path> pythonFiles(const char* dir) {
    std::vector<fs::path> out;
    fs::path root = fs::path(INTERLEAVE_SOURCE_DIR) / dir;
    if (!fs::is_directory(root)) return out;
    for (const auto& entry : fs::directory_iterator(root)) {
        if (entry.path().extension() == ".py") out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("corpus.every tests/lang and scenarios program parses without diagnostics") {
    std::vector<fs::path> files = pythonFiles("tests/lang");
    for (const auto& p : pythonFiles("scenarios")) {
        if (p.filename() != "interleave.py") files.push_back(p);  // the CPython shim is not a scenario
    }
    for (const auto& path : files) {
        auto loaded = loadSource(path.string());
        REQUIRE_MESSAGE(loaded.ok(), loaded.error);
        auto result = parseModule(*loaded.source);
        std::string text;
        for (const auto& d : result.diagnostics) text += formatDiagnostic(*loaded.source, d);
        CHECK_MESSAGE(result.ok(), path.filename().string() << "\n" << text);
    }
}

TEST_CASE("corpus.random bytes never crash the front end") {
    std::mt19937 rng(12345);
    const std::string alphabet = "abcxyz019_ ()[]{}:;,.'\"\\#\n\n\t=+-*/%<>!@&|^~fr";
    for (int round = 0; round < 400; ++round) {
        std::string text;
        size_t len = rng() % 120;
        for (size_t i = 0; i < len; ++i) {
            text += (round % 3 == 0) ? static_cast<char>(rng() % 256) : alphabet[rng() % alphabet.size()];
        }
        SourceFile src("fuzz.py", text);
        auto r = parseModule(src);
        CHECK((r.ok() || !r.diagnostics.empty()));
        for (const auto& d : r.diagnostics) (void)formatDiagnostic(src, d);
    }
}

TEST_CASE("corpus.mutated valid programs never crash the front end") {
    std::vector<std::string> seeds;
    for (const auto& p : pythonFiles("tests/lang")) seeds.push_back(readFile(p));
    seeds.push_back("def f(a, *b, c=1, **d):\n    x = [i for i in b if i]\n    return f'{x!r:>{c}}'\n");
    seeds.push_back("async def g():\n    async with l:\n        await q.get()\ntry:\n    pass\nexcept E as e:\n    raise\n");
    std::mt19937 rng(777);
    const std::string inserts = "()[]{}:'\"\n \t\\#=,*f{}";
    for (int round = 0; round < 300; ++round) {
        std::string text = seeds[static_cast<size_t>(round) % seeds.size()];
        int edits = 1 + static_cast<int>(rng() % 6);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            size_t at = rng() % text.size();
            switch (rng() % 3) {
                case 0: text.erase(at, 1 + rng() % 8); break;
                case 1: text.insert(at, 1, inserts[rng() % inserts.size()]); break;
                default: text[at] = inserts[rng() % inserts.size()]; break;
            }
        }
        SourceFile src("mutant.py", text);
        auto r = parseModule(src);
        CHECK((r.ok() || !r.diagnostics.empty()));
        CHECK(r.diagnostics.size() <= 20);
        for (const auto& d : r.diagnostics) {
            CHECK(d.line >= 1);
            CHECK(d.col >= 1);
            (void)formatDiagnostic(src, d);
        }
    }
}
