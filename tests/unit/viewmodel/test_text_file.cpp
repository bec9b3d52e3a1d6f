// Atomic saves and file stamps: what the Code panel's Ctrl+S and reload detection rest on.

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "app/viewmodel/text_file.hpp"

using namespace il::viewmodel;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the system's temporary directory, removed at the end of the test.
struct TempDir {
    fs::path path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "interleave-test-XXXXXX").string();
        path = ::mkdtemp(tmpl.data());
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    [[nodiscard]] size_t entries() const {
        return static_cast<size_t>(std::distance(fs::directory_iterator(path), fs::directory_iterator()));
    }
};

void writePlain(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

}  // namespace

TEST_CASE("viewmodel.text_file saves atomically and leaves no temporary file") {
    TempDir dir;
    const std::string file = (dir.path / "script.py").string();
    writePlain(file, "old\n");
    ::chmod(file.c_str(), 0640);
    std::string error;
    REQUIRE(writeFileAtomically(file, "new text\nline 2\n", &error));
    CHECK(error.empty());
    CHECK(readTextFile(file).value() == "new text\nline 2\n");
    CHECK(dir.entries() == 1);  // the temporary file was renamed, not left behind
    struct stat st{};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);  // permissions kept (mkstemp makes 0600)
}

TEST_CASE("viewmodel.text_file creates a new file and replaces a link's target, not the link") {
    TempDir dir;
    const fs::path target = dir.path / "real.py";
    const fs::path link = dir.path / "link.py";
    writePlain(target, "a");
    fs::create_symlink(target, link);
    REQUIRE(writeFileAtomically(link.string(), "b"));
    CHECK(fs::is_symlink(link));
    CHECK(readTextFile(target.string()).value() == "b");
    REQUIRE(writeFileAtomically((dir.path / "fresh.py").string(), ""));
    CHECK(readTextFile((dir.path / "fresh.py").string()).value().empty());
}

TEST_CASE("viewmodel.text_file reports a failed save and keeps the old file") {
    TempDir dir;
    std::string error;
    CHECK_FALSE(writeFileAtomically((dir.path / "no_such_dir" / "x.py").string(), "x", &error));
    CHECK(error.find("cannot create a temporary file") != std::string::npos);
    CHECK_FALSE(readTextFile((dir.path / "missing.py").string(), &error).has_value());
    CHECK(error.find("missing.py") != std::string::npos);
    if (::geteuid() != 0) {  // root writes into read-only folders anyway
        const fs::path file = dir.path / "kept.py";
        writePlain(file, "kept");
        ::chmod(dir.path.c_str(), 0500);
        CHECK_FALSE(writeFileAtomically(file.string(), "lost"));
        ::chmod(dir.path.c_str(), 0700);
        CHECK(readTextFile(file.string()).value() == "kept");
    }
}

TEST_CASE("viewmodel.text_file stamps change with the content") {
    TempDir dir;
    const std::string file = (dir.path / "s.py").string();
    CHECK_FALSE(stampOf(file).exists);
    writePlain(file, "one");
    const FileStamp first = stampOf(file);
    CHECK(first.exists);
    CHECK(first.size == 3);
    CHECK(stampOf(file) == first);
    REQUIRE(writeFileAtomically(file, "three"));
    CHECK_FALSE(stampOf(file) == first);  // size differs even where mtime has a coarse clock
}

TEST_CASE("viewmodel.text_file refuses a missing file, a folder, a device and a huge file with the reason") {
    TempDir dir;
    std::string error;
    const std::string missing = (dir.path / "gone.py").string();
    CHECK_FALSE(readTextFile(missing, &error));
    CHECK(error == "cannot open " + missing + ": No such file or directory");
    CHECK_FALSE(readTextFile(dir.path.string(), &error));  // would read as empty text otherwise
    CHECK(error == dir.path.string() + " is a folder, not a script");
    CHECK_FALSE(readTextFile("/dev/zero", &error));  // would never end otherwise
    CHECK(error == "/dev/zero is not a regular file (a device or a socket)");
    const fs::path big = dir.path / "big.py";
    writePlain(big, "x = 1\n");
    fs::resize_file(big, (64u << 20) + 1);  // sparse
    CHECK_FALSE(readTextFile(big.string(), &error));
    CHECK(error == big.string() + " is too large for a script (over 64 MB)");
}
