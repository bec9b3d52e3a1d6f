#pragma once
// The Lesson: the scenario's module docstring as a page to read beside the run: the title large,
// headings ("What to look for", "Try this") bold, paragraphs and bullets wrapped to the panel,
// in the window's language (the docstring's ---zh--- half in Chinese).

#include <filesystem>
#include <string>

#include "app/gui/panel.hpp"
#include "app/viewmodel/lesson_text.hpp"

namespace il::gui {

class LessonPanel : public Panel {
public:
    explicit LessonPanel(AppState& state);

protected:
    void drawContent() override;

private:
    // reload() reads the scenario's docstring again when the file, its time stamp or the
    // language changed (checked about once a second: a saved edit shows up by itself).
    void reload();

    std::string m_path;                           // the file m_lesson was read from
    std::string m_language;                       // the language it was cut for
    std::filesystem::file_time_type m_stamp{};    // the file's time stamp then
    int m_framesToCheck = 0;
    bool m_hasDocstring = false;
    viewmodel::Lesson m_lesson;
};

}  // namespace il::gui
