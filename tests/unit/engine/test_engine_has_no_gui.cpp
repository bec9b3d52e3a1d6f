// The engine is a library with no GUI dependency: the app and the CLI link it, never the reverse.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

TEST_CASE("engine.sources include no GUI header") {
    const fs::path engine = fs::path(INTERLEAVE_SOURCE_DIR) / "engine";
    REQUIRE(fs::is_directory(engine));
    int filesChecked = 0;
    for (const auto& entry : fs::recursive_directory_iterator(engine)) {
        if (!entry.is_regular_file()) continue;
        const auto ext = entry.path().extension();
        if (ext != ".cpp" && ext != ".hpp" && ext != ".h") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string s = text.str();
        for (const char* banned : {"imgui", "GLFW", "GL/"}) {
            INFO(entry.path().string() << " mentions " << banned);
            CHECK(s.find(std::string("#include <") + banned) == std::string::npos);
            CHECK(s.find(std::string("#include \"") + banned) == std::string::npos);
        }
        ++filesChecked;
    }
    CHECK(filesChecked > 0);
}
