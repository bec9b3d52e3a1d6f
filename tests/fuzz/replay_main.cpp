// A main() for the fuzz entry points without libFuzzer: feeds each file named on the command
// line (each file of a directory named) to LLVMFuzzerTestOneInput, once. Built with the normal
// compiler, it is how ctest replays the checked-in corpus and every input that once crashed
// (tests/fuzz/regressions/), so `make test` covers them without clang.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

int feed(const std::filesystem::path& file) {
    std::ifstream f(file, std::ios::binary);
    if (!f) {
        std::fprintf(stderr, "cannot read %s\n", file.c_str());
        return 1;
    }
    std::vector<char> bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    std::printf("%s (%zu bytes)\n", file.c_str(), bytes.size());
    std::fflush(stdout);  // the last name printed is the input that crashed
    (void)LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    int failures = 0;
    size_t inputs = 0;
    for (int a = 1; a < argc; ++a) {
        const std::filesystem::path arg(argv[a]);
        if (std::filesystem::is_directory(arg)) {
            std::vector<std::filesystem::path> files;
            for (const auto& entry : std::filesystem::recursive_directory_iterator(arg))
                if (entry.is_regular_file()) files.push_back(entry.path());
            std::sort(files.begin(), files.end());  // a stable order makes a failure easy to find
            for (const auto& f : files) {
                failures += feed(f);
                ++inputs;
            }
        } else {
            failures += feed(arg);
            ++inputs;
        }
    }
    if (inputs == 0) {
        std::fprintf(stderr, "no inputs: a replay of nothing checks nothing\n");
        return 1;
    }
    return failures == 0 ? 0 : 1;
}
