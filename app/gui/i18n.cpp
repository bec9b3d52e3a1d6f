#include "app/gui/i18n.hpp"

#include <cstdlib>
#include <filesystem>
#include <unordered_map>
#include <vector>

#include "app/viewmodel/i18n_catalog.hpp"

#ifdef __linux__
#include <unistd.h>
#endif

namespace il::gui {
namespace {

namespace fs = std::filesystem;

viewmodel::I18nCatalog& catalog() {
    static viewmodel::I18nCatalog c;
    return c;
}

std::string& currentLanguage() {
    static std::string lang = "en";
    return lang;
}

// Which key each trId() id was translated from, so retitled() can translate it again.
std::unordered_map<std::string, std::string>& keysOfIds() {
    static std::unordered_map<std::string, std::string> m;
    return m;
}

unsigned& serial() {
    static unsigned n = 0;
    return n;
}

fs::path executableDir() {
#ifdef __linux__
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) return exe.parent_path();
#endif
    return {};
}

std::string findAssetsDir() {
    std::vector<fs::path> candidates;
    if (const char* env = std::getenv("INTERLEAVE_ASSETS"); env != nullptr && *env != '\0') candidates.emplace_back(env);
    const fs::path exe = executableDir();
    if (!exe.empty()) {
        candidates.push_back(exe / "assets");
        candidates.push_back(exe / "../share/interleave/assets");
    }
#ifdef INTERLEAVE_SOURCE_ASSETS
    candidates.emplace_back(INTERLEAVE_SOURCE_ASSETS);
#endif
    std::error_code ec;
    for (const fs::path& dir : candidates)
        if (fs::is_directory(dir / "i18n", ec)) return fs::weakly_canonical(dir, ec).string();
    return {};
}

}  // namespace

const std::string& assetsDir() {
    static const std::string dir = findAssetsDir();
    return dir;
}

bool setLanguage(const std::string& lang, std::string* error) {
    viewmodel::I18nCatalog next;
    const fs::path dir = fs::path(assetsDir()) / "i18n";
    if (assetsDir().empty()) {
        if (error) *error = "assets/i18n not found (set INTERLEAVE_ASSETS to the assets folder)";
        return false;
    }
    bool ok = next.loadFile((dir / "en.json").string(), error);
    if (ok && lang != "en") ok = next.loadFile((dir / (lang + ".json")).string(), error);
    catalog() = std::move(next);
    currentLanguage() = ok ? lang : "en";
    ++serial();
    return ok;
}

const std::string& language() { return currentLanguage(); }

const char* tr(const char* key) { return catalog().tr(key); }

std::string trId(const char* key, const char* id) {
    keysOfIds().try_emplace(id, key);
    return std::string(tr(key)) + "###" + id;
}

std::string retitled(const std::string& label) {
    const size_t at = label.find("###");
    if (at == std::string::npos) return label;
    const std::string id = label.substr(at + 3);
    auto it = keysOfIds().find(id);
    return it == keysOfIds().end() ? label : trId(it->second.c_str(), id.c_str());
}

unsigned languageSerial() { return serial(); }

}  // namespace il::gui
