// [SECTION] window and ImGui set-up (fonts, style)
// [SECTION] the frame: preview playback, menu bar, panels, status bar
// [SECTION] the loop and --screenshot
#include "app/gui/gui_app.hpp"

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <GLFW/glfw3.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <utility>
#include <vector>

#include "app/gui/app_state.hpp"
#include "app/gui/panels.hpp"
#include "app/gui/screenshot.hpp"
#include "app/gui/trace_player.hpp"
#include "app/viewmodel/time_axis.hpp"

namespace il::gui {

// Temporary: the synthetic preview trace (app/gui/demo_trace.cpp), until runs are wired in.
void buildDemoTrace(trace::TraceLog& out, int producers, int consumers);

namespace {

constexpr double kPreviewSeconds = 8.0;  // wall time the whole preview run takes to play
constexpr float kBaseFontPx = 18.0f;     // readable from the back of a classroom
constexpr double kScreenshotFps = 30.0;

const char* const kLatinFonts[] = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"};
const char* const kCjkFonts[] = {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                                 "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                                 "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"};

void glfwError(int code, const char* text) { std::fprintf(stderr, "interleave gui: GLFW error %d: %s\n", code, text); }

// [SECTION] window and ImGui set-up

void loadFonts() {
    ImGuiIO& io = ImGui::GetIO();
    ImFont* font = nullptr;
    for (const char* path : kLatinFonts)
        if (font == nullptr && std::filesystem::exists(path)) font = io.Fonts->AddFontFromFileTTF(path, kBaseFontPx);
    if (font == nullptr) {
        ImFontConfig cfg;
        cfg.SizePixels = kBaseFontPx;
        io.Fonts->AddFontDefault(&cfg);
    }
    // Chinese UI text and task names: merge a CJK font into the main one when one is installed.
    for (const char* path : kCjkFonts) {
        if (!std::filesystem::exists(path)) continue;
        ImFontConfig cfg;
        cfg.MergeMode = true;
        io.Fonts->AddFontFromFileTTF(path, kBaseFontPx, &cfg, io.Fonts->GetGlyphRangesChineseSimplifiedCommon());
        break;
    }
}

void applyTheme(viewmodel::Theme theme) {
    if (theme == viewmodel::Theme::Dark)
        ImGui::StyleColorsDark();
    else
        ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 0.0f;
    style.FrameRounding = 3.0f;
    style.ScrollbarSize = 16.0f;
    style.WindowBorderSize = 1.0f;
}

class GuiApp {
public:
    explicit GuiApp(GuiOptions options) : m_options(std::move(options)) {}
    ~GuiApp();
    [[nodiscard]] bool init();
    [[nodiscard]] int run();

private:
    void restartPreview(int producers, int consumers);
    void advancePreview(double dt);
    void frame();
    void drawMenuBar();
    void drawStatusBar();
    void render();

    GuiOptions m_options;
    GLFWwindow* m_window = nullptr;
    bool m_imgui = false;
    AppState m_state;
    std::vector<std::unique_ptr<Panel>> m_panels;
    // The synthetic preview: the whole recorded run, replayed into m_state's session.
    std::unique_ptr<trace::TraceLog> m_recorded;
    std::unique_ptr<TracePlayer> m_player;
    double m_playSeconds = 0;
    bool m_paused = false;
    ImVec2 m_laidOutFor{0, 0};
    float m_laidOutScale = 0;
};

GuiApp::~GuiApp() {
    if (m_imgui) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    if (m_window != nullptr) glfwDestroyWindow(m_window);
    glfwTerminate();
}

bool GuiApp::init() {
    glfwSetErrorCallback(glfwError);
    if (!glfwInit()) return false;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    m_window = glfwCreateWindow(m_options.width, m_options.height,
                                "Interleave \xE2\x80\x94 synthetic preview (not a real run)", nullptr, nullptr);
    if (m_window == nullptr) return false;
    glfwMakeContextCurrent(m_window);
    glfwSwapInterval(m_options.screenshotPath.empty() ? 1 : 0);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    m_imgui = true;
    ImGui::GetIO().IniFilename = nullptr;  // the layout is computed; nothing to litter the cwd with
    applyTheme(m_state.settings.theme);
    loadFonts();
    ImGui_ImplGlfw_InitForOpenGL(m_window, true);
    ImGui_ImplOpenGL3_Init("#version 130");
    if ((ImGui::GetIO().BackendFlags & ImGuiBackendFlags_RendererHasVtxOffset) == 0) {
        std::fprintf(stderr, "interleave gui: OpenGL < 3.2: zoomed-out timelines are drawn in part\n");
        m_state.settings.maxRectsPerFrame = 7'000;  // mixed rects take 8 vertices
    }
    m_panels = createPanels(m_state);
    if (m_options.largePreview)
        restartPreview(25, 24);
    else
        restartPreview(3, 2);
    return true;
}

// [SECTION] the frame

void GuiApp::restartPreview(int producers, int consumers) {
    m_state.session = std::make_unique<TraceSession>();
    m_recorded = std::make_unique<trace::TraceLog>();
    buildDemoTrace(*m_recorded, producers, consumers);
    m_player = std::make_unique<TracePlayer>(*m_recorded);
    m_playSeconds = 0;
    m_state.follow = true;
    m_state.sourceLabel = "generated producer-consumer run (" + std::to_string(producers) + " producers, " +
                          std::to_string(consumers) + " consumers)";
}

void GuiApp::advancePreview(double dt) {
    if (!m_paused) m_playSeconds += dt;
    const double fraction = m_playSeconds / kPreviewSeconds;
    // At the end play everything: rounding must not hold back the last event.
    const uint64_t until = fraction >= 1.0 - 1e-9 ? UINT64_MAX
                                                  : static_cast<uint64_t>(fraction * static_cast<double>(m_player->endNs()));
    m_player->playTo(until, m_state.session->log);
    m_state.session->refresh();  // incremental: only the events appended this frame
}

void GuiApp::drawMenuBar() {
    if (!ImGui::BeginMainMenuBar()) return;
    GuiSettings& s = m_state.settings;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) glfwSetWindowShouldClose(m_window, GLFW_TRUE);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        for (const auto& [name, theme] : {std::pair{"Dark theme", viewmodel::Theme::Dark},
                                          std::pair{"Light theme", viewmodel::Theme::Light}}) {
            if (ImGui::MenuItem(name, nullptr, s.theme == theme) && s.theme != theme) {
                s.theme = theme;
                applyTheme(theme);
            }
        }
        ImGui::SliderFloat("Text size", &s.fontScale, 0.75f, 2.5f, "%.2fx");
        ImGui::SliderFloat("Line width", &s.lineThickness, 1.0f, 5.0f, "%.1f px");
        ImGui::Separator();
        for (auto& p : m_panels) ImGui::MenuItem(p->title().c_str(), nullptr, &p->open());
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Preview")) {
        if (ImGui::MenuItem(m_paused ? "Play" : "Pause", "Space")) m_paused = !m_paused;
        if (ImGui::MenuItem("Restart (3 producers, 2 consumers)")) restartPreview(3, 2);
        if (ImGui::MenuItem("Restart large (25 producers, 24 consumers)")) restartPreview(25, 24);
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void GuiApp::drawStatusBar() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float h = ImGui::GetFrameHeight() + 4.0f;
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x, vp->Pos.y + vp->Size.y - h));
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x, h));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8.0f, 2.0f));
    if (ImGui::Begin("##status", nullptr, flags)) {
        const TraceSession& s = *m_state.session;
        // Say plainly that this is not a run: the preview must never pass for a result.
        ImGui::TextColored(ImVec4(1.0f, 0.75f, 0.2f, 1.0f), "SYNTHETIC PREVIEW");
        ImGui::SameLine();
        if (m_options.scenarioPath.empty())
            ImGui::Text("%s: not a real run", m_state.sourceLabel.c_str());
        else
            ImGui::Text("%s; %s is not run yet", m_state.sourceLabel.c_str(),
                        std::filesystem::path(m_options.scenarioPath).filename().string().c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("| %zu events, %.1f MB, t = %s %s", s.log.size(), static_cast<double>(s.log.byteSize()) / 1e6,
                            viewmodel::formatDuration(s.model.nowNs()).c_str(), m_paused ? "(paused)" : "");
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

void GuiApp::frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.FontGlobalScale = m_state.settings.fontScale;
    ImGui::NewFrame();
    if (!io.WantTextInput && ImGui::IsKeyPressed(GLFW_KEY_SPACE, false)) m_paused = !m_paused;
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q, false)) glfwSetWindowShouldClose(m_window, GLFW_TRUE);
    drawMenuBar();
    // Re-tile the panels when the window or the text size changed.
    const ImVec2 display = io.DisplaySize;
    if (display.x != m_laidOutFor.x || display.y != m_laidOutFor.y || m_laidOutScale != m_state.settings.fontScale) {
        const float top = ImGui::GetFrameHeight(), bottom = ImGui::GetFrameHeight() + 4.0f;
        layoutPanels(m_panels, ImVec2(0, top), ImVec2(display.x, display.y - top - bottom));
        m_laidOutFor = display;
        m_laidOutScale = m_state.settings.fontScale;
    }
    for (auto& p : m_panels) p->draw();
    drawStatusBar();
    ImGui::Render();
}

void GuiApp::render() {
    int w = 0, h = 0;
    glfwGetFramebufferSize(m_window, &w, &h);
    glViewport(0, 0, w, h);
    const viewmodel::Rgba bg = viewmodel::canvasColour(m_state.settings.theme);
    glClearColor(bg.r / 255.0f, bg.g / 255.0f, bg.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

// [SECTION] the loop and --screenshot

int GuiApp::run() {
    const bool screenshot = !m_options.screenshotPath.empty();
    if (screenshot) {
        // Fixed steps of preview time, so the picture depends on --run-for, not on how fast
        // this machine renders.
        const double seconds = m_options.runForSeconds > 0 ? m_options.runForSeconds : 2.0;
        const int frames = std::max(3, static_cast<int>(std::ceil(seconds * kScreenshotFps)));
        for (int i = 0; i < frames; ++i) {
            glfwPollEvents();
            advancePreview(i == 0 ? 0.0 : seconds / (frames - 1));
            frame();
            render();
            if (i + 1 == frames) {
                int w = 0, h = 0;
                glfwGetFramebufferSize(m_window, &w, &h);
                if (!saveFramebufferPng(m_options.screenshotPath, w, h)) {
                    std::fprintf(stderr, "interleave gui: cannot write %s\n", m_options.screenshotPath.c_str());
                    return 1;
                }
            }
            glfwSwapBuffers(m_window);
        }
        return 0;
    }
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    auto last = start;
    while (!glfwWindowShouldClose(m_window)) {
        // Sleep until input or the next frame (~60 Hz) instead of spinning when vsync is absent.
        glfwWaitEventsTimeout(1.0 / 60.0);
        const auto now = Clock::now();
        advancePreview(std::chrono::duration<double>(now - last).count());
        last = now;
        frame();
        render();
        glfwSwapBuffers(m_window);
        if (m_options.runForSeconds > 0 && std::chrono::duration<double>(now - start).count() >= m_options.runForSeconds)
            break;
    }
    return 0;
}

}  // namespace

bool displayAvailable() {
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 != nullptr && *x11 != '\0') || (wayland != nullptr && *wayland != '\0');
}

int runGui(const GuiOptions& options) {
    GuiApp app(options);
    if (!app.init()) {
        std::fprintf(stderr, "interleave gui: cannot open a window (is a display available?)\n");
        return 1;
    }
    return app.run();
}

}  // namespace il::gui
