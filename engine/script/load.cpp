#include "engine/script/load.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

#include "engine/script/utf8_scan.hpp"

namespace il::script {

namespace {

LoadResult failure(std::string message) {
    LoadResult r;
    r.error = std::move(message);
    return r;
}

}  // namespace

LoadResult loadSourceText(const std::string& name, std::string text) {
    if (text.size() > kMaxScriptBytes)
        return failure("'" + name + "' is " + std::to_string(text.size() >> 20) +
                       " MB: too large for a script (the limit is " + std::to_string(kMaxScriptBytes >> 20) + " MB)");
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    if (const size_t nul = text.find('\0'); nul != std::string::npos) {
        const utf8::Position p = utf8::advance(std::string_view(text.data(), nul), {1, 1});
        return failure("'" + name + "' is not a text file (it contains NUL bytes, the first at line " +
                       std::to_string(p.line) + ", column " + std::to_string(p.col) + ")");
    }
    size_t bad = utf8::validate(text);
    if (bad != std::string::npos) {
        std::string_view before(text.data(), bad);
        utf8::Position p = utf8::advance(before, {1, 1});
        return failure("'" + name + "' is not valid UTF-8 (line " + std::to_string(p.line) + ", column " +
                       std::to_string(p.col) + ")");
    }
    LoadResult r;
    r.source = std::make_shared<const SourceFile>(name, std::move(text));
    return r;
}

LoadResult loadSource(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        return failure("cannot open '" + path + "': " + std::strerror(errno));
    }
    if (S_ISDIR(st.st_mode)) return failure("'" + path + "' is a directory");
    // A pipe is read to its end (`interleave run /dev/stdin`); a device such as /dev/zero would
    // never end, and a socket cannot be opened as a file.
    if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode))
        return failure("'" + path + "' is not a regular file (a device or a socket); give a script file");
    if (uint64_t(st.st_size) > kMaxScriptBytes)
        return failure("'" + path + "' is " + std::to_string(uint64_t(st.st_size) >> 20) +
                       " MB: too large for a script (the limit is " + std::to_string(kMaxScriptBytes >> 20) + " MB)");
    std::ifstream in(path, std::ios::binary);
    if (!in) return failure("cannot open '" + path + "': " + std::strerror(errno));
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) return failure("cannot read '" + path + "': " + std::strerror(errno));
    return loadSourceText(path, buf.str());
}

}  // namespace il::script
