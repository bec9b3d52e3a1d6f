#pragma once
// The script the Code and Parameters panels share: its text as the learner edits it, what is
// on disk (to tell unsaved edits, and to notice another program changing the file), the
// parameter values the sliders set, and the colouring and parameter list derived from the text
// (recomputed only when the text changed, not every frame).

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "app/viewmodel/code_view.hpp"
#include "app/viewmodel/script_params.hpp"
#include "app/viewmodel/text_file.hpp"

namespace il::viewmodel {

class ScriptBuffer {
public:
    // How often pollDisk() looks at the file.
    static constexpr double kPollSeconds = 1.0;

    // open() loads `path`: edits, parameter values and any pending disk change are dropped.
    // On failure the buffer names `path` with an empty text and `*error` says why.
    bool open(const std::string& path, std::string* error = nullptr);
    [[nodiscard]] const std::string& path() const { return m_path; }

    // text() is the text being edited; after changing it call edited().
    [[nodiscard]] std::string& text() { return m_text; }
    [[nodiscard]] const std::string& text() const { return m_text; }
    void edited() { ++m_version; }
    // dirty() is true when the text differs from the file as last loaded or saved.
    [[nodiscard]] bool dirty() const { return m_text != m_saved; }

    // pollDisk() compares the file's stamp with the one loaded, at most once per kPollSeconds
    // of `nowSeconds` (any monotonic clock); returns changedOnDisk().
    bool pollDisk(double nowSeconds);
    // changedOnDisk() says another program changed (or removed) the file and the learner has
    // not chosen yet between reload() and keepMine().
    [[nodiscard]] bool changedOnDisk() const { return m_changedOnDisk; }
    // reload() replaces the text with the file's (edits are lost: ask first).
    bool reload(std::string* error = nullptr);
    // keepMine() keeps the text; the file's new content becomes what "unsaved" compares with.
    void keepMine();

    // saveAs() writes the text to `target` atomically (creating its folder) and from then on
    // the buffer names `target`. Parameter values stay.
    bool saveAs(const std::string& target, std::string* error = nullptr);

    // lines() is the coloured text; params() its parameters (both cached per text version).
    [[nodiscard]] const std::vector<CodeLine>& lines();
    [[nodiscard]] const std::vector<ScriptParam>& params();
    // paramValues() are the values the learner chose (by name); a parameter not in it keeps
    // the value the text has.
    [[nodiscard]] std::map<std::string, double>& paramValues() { return m_paramValues; }
    // runText() is the text to run: the edits with the chosen parameter values written in.
    [[nodiscard]] std::string runText();
    // runsAsFile() is true when runText() is exactly the file on disk (nothing to pass on).
    [[nodiscard]] bool runsAsFile();

private:
    std::string m_path;
    std::string m_text;
    std::string m_saved;      // the file's text when last loaded, saved or kept
    FileStamp m_stamp;        // the file's stamp then
    bool m_changedOnDisk = false;
    double m_nextPoll = 0;
    std::map<std::string, double> m_paramValues;
    uint64_t m_version = 1;   // bumped by every change of m_text
    uint64_t m_linesVersion = 0, m_paramsVersion = 0;
    std::vector<CodeLine> m_lines;
    std::vector<ScriptParam> m_params;
};

}  // namespace il::viewmodel
