#include "app/gui/appearance.hpp"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "app/gui/i18n.hpp"

namespace il::gui {
namespace {

const char* const kLatinFonts[] = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"};
const char* const kCjkFonts[] = {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                                 "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                                 "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"};

// Beyond Latin-1: punctuation (… — “ ”), arrows, box drawing and shapes (▶ ■ ●) used in labels.
const ImWchar kSymbolRanges[] = {0x2000, 0x206F, 0x2190, 0x21FF, 0x2500, 0x25FF, 0x2700, 0x27BF, 0};

std::string languageFileText(const char* lang) {
    if (assetsDir().empty()) return {};
    std::ifstream in(std::filesystem::path(assetsDir()) / "i18n" / (std::string(lang) + ".json"), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The glyphs a font must hold: `base` plus every character of the UI strings in `lang`, so a
// rare character in a translation is never drawn as '?'. The atlas reads the ranges when it is
// built, so `out` must outlive it.
const ImWchar* glyphRanges(const ImWchar* base, const ImWchar* extra, const char* lang, ImVector<ImWchar>& out,
                           const ImFontGlyphRangesBuilder* seen = nullptr) {
    ImFontGlyphRangesBuilder b;
    if (seen != nullptr) b.UsedChars = seen->UsedChars;
    b.AddRanges(base);
    if (extra != nullptr) b.AddRanges(extra);
    b.AddText(languageFileText(lang).c_str());
    out.clear();  // BuildRanges() appends, and the atlas stops at the first 0 terminator
    b.BuildRanges(&out);
    return out.Data;
}

}  // namespace

bool Appearance::loadFonts(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    if (m_latinRanges.empty() || m_glyphsChanged) {
        // The shown texts' characters go with the CJK font: merged after the Latin one, it only
        // adds glyphs the Latin font lacks.
        glyphRanges(io.Fonts->GetGlyphRangesDefault(), kSymbolRanges, "en", m_latinRanges);
        glyphRanges(io.Fonts->GetGlyphRangesChineseSimplifiedCommon(), nullptr, "zh", m_cjkRanges, &m_seen);
        m_glyphsChanged = false;
    }
    const ImWchar* latin = m_latinRanges.Data;
    const ImWchar* cjk = m_cjkRanges.Data;
    io.Fonts->Clear();
    const float px = kBaseFontPx * scale;
    ImFont* font = nullptr;
    for (const char* path : kLatinFonts)
        if (font == nullptr && std::filesystem::exists(path)) font = io.Fonts->AddFontFromFileTTF(path, px, nullptr, latin);
    if (font == nullptr) {
        ImFontConfig cfg;
        cfg.SizePixels = px;
        io.Fonts->AddFontDefault(&cfg);
    }
    // Chinese UI text and task names: merge a CJK font into the main one when one is installed.
    m_haveCjk = false;
    for (const char* path : kCjkFonts) {
        if (!std::filesystem::exists(path)) continue;
        ImFontConfig cfg;
        cfg.MergeMode = true;
        io.Fonts->AddFontFromFileTTF(path, px, &cfg, cjk);
        m_haveCjk = true;
        break;
    }
    if (!m_haveCjk && !m_warned) {
        std::fprintf(stderr, "interleave gui: no Chinese font found; install the Debian package %s for the 中文 UI\n",
                     kCjkFontPackage);
        m_warned = true;
    }
    m_builtScale = scale;
    return m_haveCjk;
}

void Appearance::noteText(const char* begin, const char* end) {
    if (begin == end) return;
    ImFontGlyphRangesBuilder text;  // its constructor sizes the bit set, as m_seen's did
    text.AddText(begin, end);
    for (int i = 0; i < text.UsedChars.Size; ++i) {
        if ((text.UsedChars[i] & ~m_seen.UsedChars[i]) == 0) continue;
        m_seen.UsedChars[i] |= text.UsedChars[i];
        m_glyphsChanged = true;
    }
}

void Appearance::rebuild(float scale, viewmodel::Theme theme) {
    if (scale == m_builtScale && !m_glyphsChanged) return;
    loadFonts(scale);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    applyTheme(theme);
}

void Appearance::applyTheme(viewmodel::Theme theme) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();  // sizes back to 1x before scaling
    if (theme == viewmodel::Theme::Dark)
        ImGui::StyleColorsDark();
    else
        ImGui::StyleColorsLight();
    style.WindowRounding = 0.0f;
    style.FrameRounding = 3.0f;
    style.ScrollbarSize = 16.0f;
    style.WindowBorderSize = 1.0f;
    style.ScaleAllSizes(m_builtScale);
}

}  // namespace il::gui
