#include "app/viewmodel/script_buffer.hpp"

#include <filesystem>

namespace il::viewmodel {

bool ScriptBuffer::open(const std::string& path, std::string* error) {
    m_path = path;
    m_paramValues.clear();
    m_changedOnDisk = false;
    m_nextPoll = 0;
    m_stamp = stampOf(path);
    auto text = readTextFile(path, error);
    m_text = text ? std::move(*text) : std::string();
    m_saved = m_text;
    edited();
    return text.has_value();
}

bool ScriptBuffer::pollDisk(double nowSeconds) {
    if (m_path.empty() || m_changedOnDisk || nowSeconds < m_nextPoll) return m_changedOnDisk;
    m_nextPoll = nowSeconds + kPollSeconds;
    const FileStamp now = stampOf(m_path);
    if (now == m_stamp) return false;
    // A new stamp but the same bytes (a `touch`, an editor saving unchanged): adopt the new
    // stamp quietly rather than ask about nothing.
    if (auto disk = readTextFile(m_path); disk && *disk == m_saved) {
        m_stamp = now;
        return false;
    }
    m_changedOnDisk = true;
    return true;
}

bool ScriptBuffer::reload(std::string* error) {
    const FileStamp stamp = stampOf(m_path);
    auto text = readTextFile(m_path, error);
    if (!text) return false;
    m_text = std::move(*text);
    m_saved = m_text;
    m_stamp = stamp;
    m_changedOnDisk = false;
    edited();
    return true;
}

void ScriptBuffer::keepMine() {
    m_stamp = stampOf(m_path);
    auto disk = readTextFile(m_path);
    m_saved = disk ? std::move(*disk) : std::string();
    m_changedOnDisk = false;
}

bool ScriptBuffer::saveAs(const std::string& target, std::string* error) {
    std::error_code ec;
    const std::filesystem::path dir = std::filesystem::path(target).parent_path();
    if (!dir.empty()) std::filesystem::create_directories(dir, ec);  // the user folder, the first time
    if (!writeFileAtomically(target, m_text, error)) return false;
    m_path = target;
    m_saved = m_text;
    m_stamp = stampOf(target);
    m_changedOnDisk = false;
    return true;
}

const std::vector<CodeLine>& ScriptBuffer::lines() {
    if (m_linesVersion != m_version) {
        m_lines = colourLines(m_text);
        m_linesVersion = m_version;
    }
    return m_lines;
}

const std::vector<ScriptParam>& ScriptBuffer::params() {
    if (m_paramsVersion != m_version) {
        m_params = parseParams(m_text);
        m_paramsVersion = m_version;
    }
    return m_params;
}

std::string ScriptBuffer::runText() { return substituteParams(m_text, params(), m_paramValues); }

bool ScriptBuffer::runsAsFile() { return !dirty() && runText() == m_saved; }

}  // namespace il::viewmodel
