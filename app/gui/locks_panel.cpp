#include "app/gui/locks_panel.hpp"

// [SECTION] names and sentences  [SECTION] banner and Coffman  [SECTION] table  [SECTION] graph

#include <algorithm>
#include <cmath>

#include "app/gui/i18n.hpp"
#include "app/gui/wrapped_text.hpp"
#include "app/viewmodel/message_format.hpp"
#include "app/viewmodel/state_palette.hpp"
#include "app/viewmodel/time_axis.hpp"

namespace il::gui {

using namespace il::viewmodel;
using trace::TaskId;

namespace {

constexpr ImU32 kCycleRed = IM_COL32(235, 45, 45, 255);
constexpr ImU32 kBannerFill = IM_COL32(120, 20, 20, 235);

ImU32 col(Rgba c) { return c.packed(); }

// kindName() is the translated name of a kind the table lists.
const char* kindName(trace::ResourceKind k) {
    switch (k) {
        case trace::ResourceKind::Lock: return tr("locks.kind_lock");
        case trace::ResourceKind::RLock: return tr("locks.kind_rlock");
        case trace::ResourceKind::Semaphore: return tr("locks.kind_semaphore");
        case trace::ResourceKind::Condition: return tr("locks.kind_condition");
        case trace::ResourceKind::Event: return tr("locks.kind_event");
        case trace::ResourceKind::Barrier: return tr("locks.kind_barrier");
        case trace::ResourceKind::Join: return tr("locks.kind_join");
        default: return trace::nameOf(k);
    }
}

// fitted() shortens `text` with "..." until it is at most `width` pixels wide.
std::string fitted(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    std::string s = text;
    while (!s.empty() && ImGui::CalcTextSize((s + "...").c_str()).x > width) {
        // Drop one whole UTF-8 character: its continuation bytes, then its first byte.
        while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();
        if (!s.empty()) s.pop_back();
    }
    return s + "...";
}

std::string joined(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
    return out;
}

}  // namespace

LocksPanel::LocksPanel(AppState& state) : Panel(trId("locks.title", "Locks & waits"), state) {}

// [SECTION] names and sentences

std::string LocksPanel::taskName(TaskId t) {
    const auto& tasks = state().session->model.tasks();
    return t < tasks.size() ? tasks[t].name : "?";
}

std::string LocksPanel::resourceName(trace::ResourceId r) {
    const auto& rs = state().session->model.resources();
    return r < rs.size() ? rs[r].name : "?";
}

std::string LocksPanel::whyText(const CoffmanCondition& c, const WaitView& v) {
    const std::string task = taskName(c.task), other = taskName(c.other);
    const std::string res = resourceName(c.resource), otherRes = resourceName(c.otherResource);
    switch (c.why) {
        case CoffmanWhy::ExclusiveHeld: return fillIn(tr("locks.why_exclusive_held"), {task, res, other});
        case CoffmanWhy::NothingExclusive: return tr("locks.why_nothing_exclusive");
        case CoffmanWhy::HoldsWhileWaiting: return fillIn(tr("locks.why_holds_while_waiting"), {task, res, otherRes});
        case CoffmanWhy::NoHoldWhileWaiting: return tr("locks.why_no_hold_while_waiting");
        case CoffmanWhy::OnlyHolderReleases: return fillIn(tr("locks.why_only_holder_releases"), {task, res});
        case CoffmanWhy::NothingHeld: return tr("locks.why_nothing_held");
        case CoffmanWhy::Cycle: {
            std::string path;
            for (const CycleStep& s : v.cycle) path += taskName(s.task) + " -> " + resourceName(s.resource) + " -> ";
            path += taskName(v.cycle.front().task);
            return fillIn(tr("locks.why_cycle"), {path});
        }
        case CoffmanWhy::NoCycle: return tr("locks.why_no_cycle");
    }
    return {};
}

// [SECTION] banner and Coffman

void LocksPanel::drawBanner(const WaitView& v) {
    std::vector<std::string> steps;
    for (const CycleStep& s : v.cycle)
        steps.push_back(fillIn(tr("locks.cycle_step"),
                               {taskName(s.task), std::to_string(s.line), resourceName(s.resource), taskName(s.holder)}));
    const std::string text = std::string(tr("locks.deadlock")) + " " + joined(steps, tr("locks.step_separator"));
    const float wrap = ImGui::GetContentRegionAvail().x;
    const ImVec2 pad(6.0f, 4.0f);
    // The text first (on a channel above), then the red box behind it, sized to what it took.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(p.x + pad.x, p.y + pad.y));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
    wrappedText(text, wrap - 2 * pad.x);
    ImGui::PopStyleColor();
    const float bottom = ImGui::GetItemRectMax().y + pad.y;
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(p, ImVec2(p.x + wrap, bottom), kBannerFill, 4.0f);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(p.x, bottom + ImGui::GetStyle().ItemSpacing.y));
}

void LocksPanel::drawCoffman(const WaitView& v) {
    static constexpr const char* kNames[kCoffmanCount] = {"locks.coffman_mutual_exclusion", "locks.coffman_hold_and_wait",
                                                          "locks.coffman_no_preemption", "locks.coffman_circular_wait"};
    const auto conditions = checkCoffman(v, state().session->model);
    int holding = 0;
    for (const auto& c : conditions) holding += c.holds ? 1 : 0;
    // Foldable, so a small panel can give the graph the room: it starts folded (its title still
    // says how many hold) unless the panel is tall enough for both.
    const std::string header = fillIn(tr("locks.coffman_title"), {std::to_string(holding)}) + "###coffman";
    ImGui::SetNextItemOpen(ImGui::GetContentRegionAvail().y > 24.0f * ImGui::GetTextLineHeightWithSpacing(), ImGuiCond_Once);
    if (!ImGui::CollapsingHeader(header.c_str())) return;
    const float box = ImGui::GetTextLineHeight() * 0.6f;
    for (const CoffmanCondition& c : conditions) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float dy = (ImGui::GetTextLineHeight() - box) * 0.5f;
        const ImU32 fill = c.holds ? kCycleRed : col(gridColour(state().settings.theme));
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + dy), ImVec2(p.x + box, p.y + dy + box), fill, 2.0f);
        ImGui::Dummy(ImVec2(box, box));
        ImGui::SameLine();
        wrappedText(fillIn(tr("locks.coffman_line"), {tr(kNames[static_cast<int>(c.which)]),
                                                      tr(c.holds ? "locks.holds" : "locks.does_not_hold"), whyText(c, v)}));
    }
}

// [SECTION] table

void LocksPanel::drawTable(const WaitView& v) {
    if (v.resources.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", tr("locks.no_objects"));
        ImGui::PopTextWrapPos();
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("locks", 4, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("locks.col_object"));
    ImGui::TableSetupColumn(tr("locks.col_kind"));
    ImGui::TableSetupColumn(tr("locks.col_holders"));
    ImGui::TableSetupColumn(tr("locks.col_waiters"));
    ImGui::TableHeadersRow();
    const auto names = [&](const std::vector<TaskId>& ids) {
        std::vector<std::string> parts;
        parts.reserve(ids.size());
        for (TaskId t : ids) parts.push_back(taskName(t));
        return parts.empty() ? std::string("-") : joined(parts, ", ");
    };
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(v.resources.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const ResourceRow& r = v.resources[static_cast<size_t>(i)];
            bool inCycle = false;
            for (const CycleStep& s : v.cycle) inCycle = inCycle || s.resource == r.id;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (inCycle) ImGui::PushStyleColor(ImGuiCol_Text, kCycleRed);
            ImGui::TextUnformatted(r.name.c_str());
            if (inCycle) ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(kindName(r.kind));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(names(r.holders).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(names(r.waiters).c_str());
        }
    }
    ImGui::EndTable();
}

// [SECTION] graph

void LocksPanel::drawGraph(const WaitView& v, ImVec2 origin, ImVec2 size) {
    AppState& st = state();
    const Theme theme = st.settings.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(origin.x + size.x, origin.y + size.y);
    dl->AddRectFilled(origin, end, col(canvasColour(theme)), 4.0f);
    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton("##waitgraph", ImVec2(std::max(size.x, 1.0f), std::max(size.y, 1.0f)));
    const bool hovered = ImGui::IsItemHovered();
    const bool clicked = ImGui::IsItemClicked(ImGuiMouseButton_Left);
    if (v.nodes.empty()) return;  // drawContent() says why instead
    dl->PushClipRect(origin, end, true);
    const float r = v.nodeRadius;
    const float thick = st.settings.lineThickness;
    const ImVec2 centre(origin.x + size.x * 0.5f, origin.y + size.y * 0.5f);
    // Nodes were laid out in the box inside the label margins.
    const ImVec2 inner(origin.x + m_labelMargin.x, origin.y + m_labelMargin.y);
    const auto at = [&](const WaitNode& n) { return ImVec2(inner.x + n.x, inner.y + n.y); };
    // Where a line from a node's centre along unit (ux, uy) leaves its circle or box.
    const auto border = [&](const WaitNode& n, float ux, float uy) {
        const float reach = n.kind == NodeKind::Task ? r : r / std::max(std::abs(ux), std::abs(uy));
        return ImVec2(inner.x + n.x + ux * (reach + 2.0f), inner.y + n.y + uy * (reach + 2.0f));
    };
    for (const WaitEdge& e : v.edges) {
        const WaitNode& a = v.nodes[e.from];
        const WaitNode& b = v.nodes[e.to];
        const float dx = b.x - a.x, dy = b.y - a.y, len = std::max(1.0f, std::hypot(dx, dy));
        const float ux = dx / len, uy = dy / len;
        const ImVec2 p0 = border(a, ux, uy), p1 = border(b, -ux, -uy);
        const ImU32 c = e.inCycle ? kCycleRed : col(textColour(theme));
        const float w = e.inCycle ? thick * 1.6f : thick;
        const float head = 6.0f + 2.0f * w;
        dl->AddLine(p0, ImVec2(p1.x - ux * head * 0.8f, p1.y - uy * head * 0.8f), c, w);
        dl->AddTriangleFilled(p1, ImVec2(p1.x - ux * head - uy * head * 0.5f, p1.y - uy * head + ux * head * 0.5f),
                              ImVec2(p1.x - ux * head + uy * head * 0.5f, p1.y - uy * head - ux * head * 0.5f), c);
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const WaitNode* under = nullptr;
    for (const WaitNode& n : v.nodes) {
        const ImVec2 p = at(n);
        const ImU32 outline = n.inCycle ? kCycleRed : col(textColour(theme));
        const float w = n.inCycle ? thick * 1.6f : 1.5f;
        if (n.kind == NodeKind::Task) {
            dl->AddCircleFilled(p, r, col(colourOf(hueId(n.id), theme)), 32);
            dl->AddCircle(p, r, outline, 32, w);
        } else {
            dl->AddRectFilled(ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r), col(gridColour(theme)), 3.0f);
            dl->AddRect(ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r), outline, 3.0f, 0, w);
        }
        // The label sits above a node of the ring's upper half and below one of the lower half:
        // outside the ring, clear of the arrows crossing it.
        std::string label = n.kind == NodeKind::Task ? taskName(n.id) : resourceName(n.id);
        if (n.label == LabelSide::Above || n.label == LabelSide::Below) {
            // Centred labels on the same side must not run into each other: each may be as wide
            // as the distance to its nearest neighbour there (then the two halves meeting fit).
            float room = size.x;
            for (const WaitNode& m : v.nodes)
                if (&m != &n && m.label == n.label) room = std::min(room, std::abs(m.x - n.x) - 6.0f);
            label = fitted(label, std::max(room, r * 2.0f));
        }
        const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        const float gap = r * 1.42f + 2.0f;
        ImVec2 lp(p.x - ts.x * 0.5f, p.y - ts.y * 0.5f);
        switch (n.label) {
            case LabelSide::Above: lp.y = p.y - gap - ts.y; break;
            case LabelSide::Below: lp.y = p.y + gap; break;
            case LabelSide::Left: lp.x = p.x - gap - ts.x; break;
            case LabelSide::Right: lp.x = p.x + gap; break;
        }
        lp.x = std::clamp(lp.x, origin.x + 2.0f, std::max(origin.x + 2.0f, end.x - ts.x - 2.0f));
        lp.y = std::clamp(lp.y, origin.y + 1.0f, std::max(origin.y + 1.0f, end.y - ts.y - 1.0f));
        dl->AddText(lp, n.inCycle ? kCycleRed : col(textColour(theme)), label.c_str());
        if (hovered && std::hypot(mouse.x - p.x, mouse.y - p.y) <= r * 1.4f) under = &n;
    }
    dl->PopClipRect();
    if (under == nullptr) return;
    if (under->kind == NodeKind::Task) {
        const trace::StateSpan* s = st.session->model.spanAt(under->id, v.atNs);
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(taskName(under->id).c_str());
        if (s != nullptr) {
            ImGui::TextDisabled("%s, %s", trace::nameOf(s->state), fillIn(tr("locks.line"), {std::to_string(s->line)}).c_str());
            if (s->state == trace::TaskState::Blocked)
                ImGui::TextUnformatted(fillIn(tr("locks.waits_for"), {resourceName(s->object)}).c_str());
        }
        if (st.stepMode) ImGui::TextDisabled("%s", tr("locks.click_to_step"));
        ImGui::EndTooltip();
        if (clicked && st.stepMode) st.requests.stepTask = under->id;
    } else {
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(resourceName(under->id).c_str());
        const auto& rs = st.session->model.resources();
        if (under->id < rs.size()) ImGui::TextDisabled("%s", kindName(rs[under->id].kind));
        ImGui::EndTooltip();
    }
}

void LocksPanel::drawContent() {
    AppState& st = state();
    TraceSession& session = *st.session;
    if (m_follower.changed(session)) m_history = HolderHistory{};
    m_history.update(session.log);
    const uint64_t ns = st.viewNs();
    if (st.cursorNs) ImGui::TextDisabled("%s", fillIn(tr("locks.at_moment"), {formatDuration(ns)}).c_str());
    WaitView v = buildWaitView(session.model, m_history, ns, 1.0f, 1.0f);  // laid out below, once its box is known
    if (v.nodes.empty()) {
        // Nobody holds or waits for anything: the objects, and a word on why there is no graph.
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
        wrappedText(tr("locks.graph_empty"));
        ImGui::PopStyleColor();
        drawTable(v);
        return;
    }
    if (!v.cycle.empty()) drawBanner(v);
    drawCoffman(v);
    ImGui::Separator();
    const ImVec2 rest = ImGui::GetContentRegionAvail();
    const bool sideBySide = rest.x >= 520.0f;
    // The table needs its four columns' headers; the graph gets the rest.
    const float tableW = ImGui::CalcTextSize("lock_a lock Thread-1 Thread-2").x + 4 * ImGui::GetStyle().CellPadding.x;
    const float graphW = sideBySide ? std::max(rest.x * 0.5f, rest.x - tableW) : rest.x;
    const float graphH = sideBySide ? rest.y : std::max(120.0f, rest.y * 0.6f);
    // Labels go outside the ring: leave them a margin (the longest beside a node, half the
    // longest above or below one, within reason). Which side a label takes does not depend on
    // the box, so a first layout tells.
    layoutNodes(v, graphW, graphH);
    float sideW = 0, centredW = 0;
    for (const WaitNode& n : v.nodes) {
        const float w = ImGui::CalcTextSize((n.kind == NodeKind::Task ? taskName(n.id) : resourceName(n.id)).c_str()).x;
        if (n.label == LabelSide::Left || n.label == LabelSide::Right) sideW = std::max(sideW, w + 4.0f);
        else centredW = std::max(centredW, w * 0.5f);
    }
    m_labelMargin = ImVec2(std::min(std::max(sideW, centredW), graphW * 0.25f), ImGui::GetTextLineHeight() + 4.0f);
    layoutNodes(v, graphW - 2 * m_labelMargin.x, graphH - 2 * m_labelMargin.y);
    const ImVec2 topLeft = ImGui::GetCursorScreenPos();
    if (sideBySide) {
        ImGui::BeginChild("##lockstable", ImVec2(rest.x - graphW - ImGui::GetStyle().ItemSpacing.x, rest.y));
        drawTable(v);
        ImGui::EndChild();
        drawGraph(v, ImVec2(topLeft.x + rest.x - graphW, topLeft.y), ImVec2(graphW, graphH));
    } else {
        drawGraph(v, topLeft, ImVec2(graphW, graphH));
        ImGui::BeginChild("##lockstable", ImVec2(0, 0));
        drawTable(v);
        ImGui::EndChild();
    }
}

}  // namespace il::gui
