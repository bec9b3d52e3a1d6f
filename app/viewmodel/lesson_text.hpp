#pragma once
// The Lesson panel's view-model: a scenario's module docstring cut into a title and blocks
// (headings, paragraphs, bullets) in the UI language. The format (scenarios/README.md):
//
//   Title line
//   <blank>
//   paragraphs...
//   What to look for:        a heading: a short line of its own ending with ':' (or '：')
//   - a bullet, whose continuation lines
//     are indented
//   Try this:
//   - ...
//   ---zh---                 the same lesson in Chinese follows
//
// Lines of a paragraph or bullet are joined into one string for the panel to wrap: with a
// space between English words, with nothing between Chinese characters.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace il::viewmodel {

enum class BlockKind : uint8_t {
    Heading,    // "What to look for", without the colon
    Paragraph,  // running text
    Bullet,     // one "- " item, without the dash
};

struct LessonBlock {
    BlockKind kind = BlockKind::Paragraph;
    std::string text;
};

struct Lesson {
    std::string title;
    std::vector<LessonBlock> blocks;
};

// moduleDocstring() returns the docstring at the top of Python `source` (after comments and
// blank lines), without its quotes; nothing when the file does not start with one.
[[nodiscard]] std::optional<std::string> moduleDocstring(std::string_view source);
// lessonText() picks the part of `docstring` for `language` ("zh": after `---zh---` when the
// docstring has it; anything else: before it) and cuts it into title and blocks.
[[nodiscard]] Lesson lessonText(std::string_view docstring, std::string_view language);

}  // namespace il::viewmodel
