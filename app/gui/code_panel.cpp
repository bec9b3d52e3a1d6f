// [SECTION] creation and layout
// [SECTION] the panel: header, keys
// [SECTION] legend and code view
// (Edit mode and the bars that ask before edits could be lost: code_editor.cpp.)
#include "app/gui/code_panel.hpp"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cfloat>
#include <filesystem>
#include <string>
#include <string_view>

#include "app/gui/i18n.hpp"
#include "app/gui/params_panel.hpp"

namespace il::gui {

using namespace il::viewmodel;

namespace {

constexpr int kMaxDotsPerLine = 3;  // more tasks on one line: the legend and names still say who

ImU32 withAlpha(Rgba c, uint8_t a) {
    c.a = a;
    return c.packed();
}

bool inside(ImVec2 min, ImVec2 max, ImVec2 p) { return p.x >= min.x && p.x < max.x && p.y >= min.y && p.y < max.y; }

}  // namespace

// [SECTION] creation and layout

std::vector<std::unique_ptr<Panel>> createCodePanels(AppState& state) {
    auto doc = std::make_shared<ScriptDocument>();
    auto code = std::make_unique<CodePanel>(state, doc);
    doc->codePanelOpen = &code->open();
    std::vector<std::unique_ptr<Panel>> panels;
    panels.push_back(std::move(code));
    panels.push_back(std::make_unique<ParamsPanel>(state, doc));
    return panels;
}

CodePanel::CodePanel(AppState& state, std::shared_ptr<ScriptDocument> doc)
    : Panel(trId("code.title", "Code"), state), m_doc(std::move(doc)) {}

// [SECTION] the panel

void CodePanel::drawContent() {
    AppState& st = state();
    m_doc->sync(st);
    handleKeys();
    drawHeader();
    if (!m_doc->pendingPath().empty()) drawPendingSwitch();
    if (m_doc->buffer().changedOnDisk()) drawReloadBar();
    if (m_editing) {
        drawEditor();
        return;
    }
    ScriptBuffer& buf = m_doc->buffer();
    const auto& lines = buf.lines();
    // While a switch is pending the run shows another file: its tasks' lines mean nothing here.
    m_markers.clear();
    m_legend.clear();
    if (m_doc->pendingPath().empty()) {
        const auto count = static_cast<uint32_t>(lines.size());
        m_markers = taskMarkers(st.session->model, st.viewNs(), count);
        m_legend = legendEntries(st.session->model, st.viewNs(), count);
    }
    const std::vector<ErrorMark> errors = parseDiagnostics(st.session->diagnostics);
    drawLegend(m_legend);
    drawCode(m_markers, errors);
}

void CodePanel::handleKeys() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || !ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) return;
    if (ImGui::IsKeyPressed(GLFW_KEY_S, false)) m_doc->save(state());
    if (ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) || ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER, false)) {
        m_doc->run(state());
        m_refocusEditor = m_editing;  // ImGui ends the text edit on Ctrl+Enter; keep typing
    }
}

void CodePanel::drawHeader() {
    ScriptBuffer& buf = m_doc->buffer();
    // The file first (it is what Save writes and what may be modified), then the actions.
    const std::string name = std::filesystem::path(buf.path()).filename().string();
    ImGui::TextUnformatted(name.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", buf.path().c_str());
    if (buf.dirty()) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(0.95f, 0.75f, 0.3f, 1.0f), "%s", tr("code.modified"));
    }
    if (m_doc->isLesson()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr("code.lesson"));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("code.save_lesson_tip"));
    }
    if (ImGui::RadioButton(tr("code.view"), !m_editing)) m_editing = false;
    ImGui::SameLine();
    if (ImGui::RadioButton(tr("code.edit"), m_editing)) m_editing = true;
    ImGui::SameLine();
    ImGui::BeginDisabled(!buf.dirty());
    if (ImGui::Button(tr("code.save"))) m_doc->save(state());
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", tr(m_doc->isLesson() ? "code.save_lesson_tip" : "code.save_tip"));
    ImGui::SameLine();
    if (ImGui::Button(tr("code.run"))) m_doc->run(state());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("code.run_tip"));
    if (!m_doc->message().empty()) ImGui::TextDisabled("%s", m_doc->message().c_str());
}

void CodePanel::stepTask(trace::TaskId task) {
    if (state().stepMode) state().requests.stepTask = task;
}

const char* CodePanel::taskName(trace::TaskId task) {
    const auto& tasks = state().session->model.tasks();
    return task < tasks.size() ? tasks[task].name.c_str() : "?";
}

// [SECTION] legend and code view

void CodePanel::followMarkers(const std::vector<CodeRow>& rows, const std::vector<TaskMarker>& markers) {
    // When the tasks move and none of them is in view (the docstring fills the first screen),
    // bring the first one into view; otherwise leave the learner's scrolling alone.
    uint64_t signature = markers.size();
    for (const TaskMarker& m : markers) signature = signature * 1000003u + m.line * 31u + m.task;
    if (markers.empty() || signature == m_markerSignature) return;
    m_markerSignature = signature;
    const float lineH = ImGui::GetTextLineHeightWithSpacing();
    const float top = ImGui::GetScrollY();
    const float bottom = top + ImGui::GetWindowHeight() - lineH;
    float firstY = -1;
    for (size_t r = 0; r < rows.size(); ++r) {
        if (!rows[r].message.empty()) continue;
        const bool marked = std::any_of(markers.begin(), markers.end(), [&](const TaskMarker& m) { return m.line == rows[r].line + 1; });
        if (!marked) continue;
        const float y = static_cast<float>(r) * lineH;
        if (y >= top && y <= bottom) return;
        if (firstY < 0) firstY = y;
    }
    if (firstY >= 0) ImGui::SetScrollY(std::max(0.0f, firstY - ImGui::GetWindowHeight() * 0.3f));
}

void CodePanel::drawLegend(const std::vector<TaskMarker>& entries) {
    if (entries.empty()) return;
    const Theme theme = state().settings.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float box = ImGui::GetTextLineHeight() * 0.8f;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float right = ImGui::GetWindowContentRegionMax().x;
    bool first = true;
    for (const TaskMarker& m : entries) {
        const char* name = taskName(m.task);
        const ImVec2 size(box + spacing * 0.5f + ImGui::CalcTextSize(name).x, ImGui::GetTextLineHeight());
        if (!first) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + size.x > right) ImGui::NewLine();
        }
        first = false;
        ImGui::PushID(static_cast<int>(m.task));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton("task", size)) stepTask(m.task);
        const bool hovered = ImGui::IsItemHovered();
        const float dy = (size.y - box) * 0.5f;
        dl->AddRectFilled(ImVec2(p.x, p.y + dy), ImVec2(p.x + box, p.y + dy + box), colourOf(m.colour, theme).packed(), 2.0f);
        dl->AddText(ImVec2(p.x + box + spacing * 0.5f, p.y), ImGui::GetColorU32(hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Text), name);
        if (hovered && m.line > 0)
            ImGui::SetTooltip("%s: %s, %s %u\n%s", name, trace::nameOf(m.state), tr("code.line"), m.line,
                              tr(state().stepMode ? "code.click_to_step" : "code.step_mode_hint"));
        else if (hovered)
            ImGui::SetTooltip("%s: %s, %s\n%s", name, trace::nameOf(m.state), tr("code.outside_script"),
                              tr(state().stepMode ? "code.click_to_step" : "code.step_mode_hint"));
        ImGui::PopID();
    }
    ImGui::Separator();
}

void CodePanel::drawCode(const std::vector<TaskMarker>& markers, const std::vector<ErrorMark>& errors) {
    ScriptBuffer& buf = m_doc->buffer();
    const std::string& text = buf.text();
    const auto& lines = buf.lines();
    const Theme theme = state().settings.theme;
    const uint32_t lineCount = static_cast<uint32_t>(lines.size());

    // Rows: messages that name no line first, then each code line followed by its errors.
    std::vector<CodeRow> rows;
    rows.reserve(lines.size() + 8);
    const auto addMessage = [&rows](uint32_t line, std::string_view message) {
        while (!message.empty()) {
            const size_t nl = message.find('\n');
            rows.push_back({line, message.substr(0, nl)});
            message = nl == std::string_view::npos ? std::string_view() : message.substr(nl + 1);
        }
    };
    for (const ErrorMark& e : errors)
        if (e.line == 0 || e.line > lineCount) addMessage(0, e.message);
    int firstErrorRow = -1;
    for (uint32_t i = 0; i < lineCount; ++i) {
        rows.push_back({i, {}});
        for (const ErrorMark& e : errors)
            if (e.line == i + 1) {
                if (firstErrorRow < 0) firstErrorRow = static_cast<int>(rows.size()) - 1;
                addMessage(i, e.message);
            }
    }

    ImGui::BeginChild("code", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    const std::string& diags = state().session->diagnostics;
    if (diags.size() != m_errorsSeen) {  // new diagnostics: bring the first error into view
        m_errorsSeen = diags.size();
        if (firstErrorRow >= 0)
            ImGui::SetScrollY(std::max(0.0f, (static_cast<float>(firstErrorRow) - 3.0f) * ImGui::GetTextLineHeightWithSpacing()));
    }
    followMarkers(rows, markers);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float lineH = ImGui::GetTextLineHeightWithSpacing();
    const float textH = ImGui::GetTextLineHeight();
    const float digitW = ImGui::CalcTextSize("0").x;
    const int digits = std::max(3, static_cast<int>(std::to_string(lineCount).size()));
    const float numW = digitW * static_cast<float>(digits);
    const float dotR = textH * 0.28f;
    const float dotStep = dotR * 2.0f + 2.0f;
    const float dotsX = numW + digitW;
    const float textX = dotsX + kMaxDotsPerLine * dotStep + digitW;
    // The widest line sets the horizontal scroll range; the names after it get some room too.
    size_t widest = 0;
    for (size_t i = 1; i < lines.size(); ++i)
        if (lines[i].length > lines[widest].length) widest = i;
    const float widestW = lines.empty() ? 0.0f
                                        : ImGui::CalcTextSize(text.data() + lines[widest].offset,
                                                              text.data() + lines[widest].offset + lines[widest].length).x;
    const float rowW = std::max(ImGui::GetContentRegionAvail().x, textX + widestW + digitW * 30);
    const Rgba errorRgb = syntaxColour(SyntaxClass::Error, theme);
    const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const bool hoverable = ImGui::IsWindowHovered();
    const ImVec2 mouse = ImGui::GetMousePos();

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()), lineH);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const CodeRow& row = rows[static_cast<size_t>(r)];
            const ImVec2 p = ImGui::GetCursorScreenPos();
            ImGui::Dummy(ImVec2(rowW, textH));
            if (!row.message.empty()) {  // an error message, under its line
                const bool hint = row.message.starts_with("hint:");
                // Under the code of its line: indented as that line is.
                float indent = 0;
                if (row.line < lineCount) {
                    const char* begin = text.data() + lines[row.line].offset;
                    const char* end = begin;
                    while (end < begin + lines[row.line].length && (*end == ' ' || *end == '\t')) ++end;
                    indent = ImGui::CalcTextSize(begin, end).x;
                }
                dl->AddText(ImVec2(p.x + textX + indent, p.y), hint ? ImGui::GetColorU32(ImGuiCol_Text) : errorRgb.packed(),
                            row.message.data(), row.message.data() + row.message.size());
                continue;
            }
            const CodeLine& line = lines[row.line];
            const uint32_t lineNo = row.line + 1;
            const auto first = std::lower_bound(markers.begin(), markers.end(), lineNo,
                                                [](const TaskMarker& m, uint32_t l) { return m.line < l; });
            auto last = first;
            while (last != markers.end() && last->line == lineNo) ++last;
            const bool isError = std::any_of(errors.begin(), errors.end(), [&](const ErrorMark& e) { return e.line == lineNo; });
            const ImVec2 rowMax(p.x + rowW, p.y + lineH);
            if (isError) dl->AddRectFilled(p, rowMax, withAlpha(errorRgb, 70));
            else if (first != last) dl->AddRectFilled(p, rowMax, withAlpha(colourOf(first->colour, theme), 45));
            const std::string number = std::to_string(lineNo);
            dl->AddText(ImVec2(p.x + numW - ImGui::CalcTextSize(number.c_str()).x, p.y), dim, number.c_str());
            // The code, one coloured run at a time.
            float x = p.x + textX;
            const char* base = text.data() + line.offset;
            for (const ColourRun& run : line.runs) {
                dl->AddText(ImVec2(x, p.y), syntaxColour(run.cls, theme).packed(), base + run.begin, base + run.end);
                x += ImGui::CalcTextSize(base + run.begin, base + run.end).x;
            }
            // The tasks standing here: a dot each in the gutter, their names after the code.
            x += digitW * 2;
            for (auto m = first; m != last; ++m) {
                const Rgba hue = colourOf(m->colour, theme);
                const std::string label = std::string("\xC2\xAB ") + taskName(m->task);  // « name
                const ImVec2 labelMin(x, p.y);
                const ImVec2 labelMax(x + ImGui::CalcTextSize(label.c_str()).x, p.y + textH);
                dl->AddText(labelMin, hue.packed(), label.c_str());
                x = labelMax.x + digitW * 1.5f;
                ImVec2 dotMin(0, 0), dotMax(0, 0);
                if (m->slot < kMaxDotsPerLine) {
                    const ImVec2 c(p.x + dotsX + static_cast<float>(m->slot) * dotStep + dotR, p.y + textH * 0.5f);
                    dl->AddCircleFilled(c, dotR, hue.packed());
                    if (m->state == trace::TaskState::Running) dl->AddCircle(c, dotR + 1.5f, ImGui::GetColorU32(ImGuiCol_Text), 0, 1.5f);
                    dotMin = ImVec2(c.x - dotR, c.y - dotR);
                    dotMax = ImVec2(c.x + dotR, c.y + dotR);
                }
                const bool over = hoverable && (inside(labelMin, labelMax, mouse) || inside(dotMin, dotMax, mouse));
                if (!over) continue;
                ImGui::SetTooltip("%s: %s\n%s", taskName(m->task), trace::nameOf(m->state),
                                  tr(state().stepMode ? "code.click_to_step" : "code.step_mode_hint"));
                if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) stepTask(m->task);
            }
        }
    }
    ImGui::EndChild();
}

}  // namespace il::gui
