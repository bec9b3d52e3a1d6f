#include "app/viewmodel/i18n_catalog.hpp"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace il::viewmodel {
namespace {

bool flatten(const nlohmann::json& node, const std::string& prefix, std::unordered_map<std::string, std::string>& out,
             std::string* error) {
    for (const auto& [key, value] : node.items()) {
        const std::string path = prefix.empty() ? key : std::string(prefix).append(".").append(key);
        if (value.is_object()) {
            if (!flatten(value, path, out, error)) return false;
        } else if (value.is_string()) {
            out[path] = value.get<std::string>();
        } else {
            if (error) *error = "\"" + path + "\" must be a string or an object";
            return false;
        }
    }
    return true;
}

}  // namespace

bool I18nCatalog::load(std::string_view json, std::string* error) {
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_object()) {
        if (error) *error = "not a JSON object";
        return false;
    }
    std::unordered_map<std::string, std::string> merged = m_strings;
    if (!flatten(doc, "", merged, error)) return false;
    m_strings = std::move(merged);
    return true;
}

bool I18nCatalog::loadFile(const std::string& path, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error) *error = "cannot read " + path;
        return false;
    }
    std::ostringstream text;
    text << in.rdbuf();
    std::string why;
    if (!load(text.str(), &why)) {
        if (error) *error = path + ": " + why;
        return false;
    }
    return true;
}

const char* I18nCatalog::tr(const char* key) const {
    auto it = m_strings.find(key);
    return it == m_strings.end() ? key : it->second.c_str();
}

}  // namespace il::viewmodel
