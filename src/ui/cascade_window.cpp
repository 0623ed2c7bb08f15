// Cascades: who followed whom. Per vendor (or measure type) the states in the order they first acted, on one axis of
// days since the first act shared by up to four cascades, with the spread figures and their definition.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

namespace {

std::string KeyName(const AppState& app, CascadeKey key) {
    if (key.kind == CascadeKey::Kind::Measure) return MeasureLabel(static_cast<Measure>(key.id));
    return app.dataset->vendors[key.id].name;
}

// "34 days", or "~34 days" where the lag rests on a date known only to the month or year.
std::string Days(double days, bool approximate) {
    char text[48];
    const bool whole = days == std::floor(days);
    std::snprintf(text, sizeof text, whole ? "%s%.0f %s" : "%s%.1f %s", approximate ? "~" : "", days,
                  Tr(days == 1 ? "day" : "days"));
    return text;
}

std::string MedianText(const Cascade& c) { return c.median_lag ? Days(*c.median_lag, false) : "-"; }

// Takes a key off the filter: the vendors it came from (a family's every member named), or its measure type.
void RemoveKey(AppState& app, CascadeKey key) {
    FilterSpec& f = app.view.filter;
    const Dataset& ds = *app.dataset;
    if (key.kind == CascadeKey::Kind::Measure) {
        f.measures.erase(std::remove(f.measures.begin(), f.measures.end(), static_cast<Measure>(key.id)), f.measures.end());
        return;
    }
    f.vendors.erase(std::remove_if(f.vendors.begin(), f.vendors.end(),
                                   [&](const std::string& id) {
                                       const auto v = ds.FindVendor(id);
                                       return v && (app.view.families ? ds.RootOf(*v) : *v) == key.id;
                                   }),
                    f.vendors.end());
}

// The chosen cascades as removable chips, a picker that adds a vendor, and "By company".
void Controls(AppState& app) {
    const Dataset& ds = *app.dataset;
    const auto& cascades = app.derived.cascades;
    for (size_t k = 0; k < cascades.size(); ++k) {
        const std::string label = KeyName(app, cascades[k].key) + "  x";
        SameLineOrWrap(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
        ImGui::PushID(static_cast<int>(k));
        if (ImGui::SmallButton(label.c_str())) RemoveKey(app, cascades[k].key);
        ImGui::PopID();
        RememberItem(app.control_rects, "cascade-remove-" + std::to_string(k));
    }
    const bool by_measure = !cascades.empty() && cascades.front().key.kind == CascadeKey::Kind::Measure;
    if (cascades.size() < kMaxCascades && !by_measure) {
        const float w = std::min(200 * app.ui_scale, ImGui::GetContentRegionAvail().x);
        if (!cascades.empty()) SameLineOrWrap(w);
        ImGui::SetNextItemWidth(w);
        if (ImGui::BeginCombo("##cascade-add", Tr("Add a vendor"))) {
            for (VendorId v : app.derived.vendor_options) {
                const std::string& id = ds.vendors[v].id;
                auto& chosen = app.view.filter.vendors;
                if (std::find(chosen.begin(), chosen.end(), id) != chosen.end()) continue;
                ImGui::PushID(v);
                if (ImGui::Selectable(Bidi(ds.vendors[v].name).c_str())) chosen.push_back(id);
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        RememberItem(app.control_rects, "cascade-add");
    }
    SameLineOrWrap(ImGui::CalcTextSize(Tr("By company")).x + ImGui::GetFrameHeight() * 1.5f);
    ImGui::Checkbox(Tr("By company"), &app.view.families);
    RememberItem(app.control_rects, "cascade-families");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", Tr("Products and subsidiaries counted under the company that owns them"));
}

// The spread figures: a table on wide screens, two lines per cascade on a phone.
void Figures(AppState& app) {
    const Dataset& ds = *app.dataset;
    const auto& cascades = app.derived.cascades;
    auto first_mover = [&](const Cascade& c) {
        if (c.rows.empty()) return std::string(Tr("no acts in this selection"));
        std::string who = CountryLabel(app, c.rows[0].state);
        if (c.first_movers > 1) who += " +" + std::to_string(c.first_movers - 1);
        return who + ", " + FormatDate(ds.events[c.rows[0].first].date);
    };
    if (app.narrow) {
        for (const Cascade& c : cascades) {
            ImGui::PushFont(BoldFont());
            TextOneLineBidi(KeyName(app, c.key));
            ImGui::PopFont();
            ImGui::TextWrapped("%s: %s", Tr("First"), first_mover(c).c_str());
            ImGui::TextWrapped("%zu %s · %s: %u · %s: %u · %s: %u · %s: %s", c.rows.size(), Tr("states"), Tr("≤ 30 days"),
                               c.within[0], Tr("≤ 90 days"), c.within[1], Tr("≤ 365 days"), c.within[2], Tr("median lag"),
                               MedianText(c).c_str());
        }
    } else if (ImGui::BeginTable("cascade-figures", 7, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(Tr("Cascade"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(Tr("First act"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        for (const char* h : {"States", "≤ 30 days", "≤ 90 days", "≤ 365 days", "Median lag"})
            ImGui::TableSetupColumn(Tr(h), ImGuiTableColumnFlags_WidthStretch, 0.8f);
        ImGui::TableHeadersRow();
        for (const Cascade& c : cascades) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            TextOneLineBidi(KeyName(app, c.key));
            ImGui::TableNextColumn();
            TextOneLine(first_mover(c));
            ImGui::TableNextColumn();
            ImGui::Text("%zu", c.rows.size());
            for (uint32_t n : c.within) {
                ImGui::TableNextColumn();
                ImGui::Text("%u", n);
            }
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(MedianText(c).c_str());
        }
        ImGui::EndTable();
    }
    RememberItem(app.control_rects, "cascade-figures");
    // What the figures mean, under them: a number quoted from here can be checked against its definition.
    ImGui::PushStyleColor(ImGuiCol_Text, MutedColor());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(Tr("Day 0 is the first act in this selection. States: how many acted within 30, 90 and 365 "
                              "days of it, the first included. Median lag: days from day 0 to each later state's first "
                              "act. ~: a date known only to the month or year, counted from its first day. Proposed "
                              "measures are not acts; revoked ones count on their date. The stronger lines mark 30, 90 "
                              "and 365 days; a filled dot is a state's first act, a ring a later one."));
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    RememberItem(app.control_rects, "cascade-definition");
}

struct Axis {
    float x0 = 0, x1 = 0;
    double days = 1;
    float X(double day) const { return x0 + static_cast<float>(day / days) * (x1 - x0); }
    double Day(float x) const { return static_cast<double>((x - x0) / (x1 - x0)) * days; }  // X's inverse
};

// Day ticks across the rows: the three windows of the figures as stronger guides, weeks on a short axis, whole years
// on a long one; a label only where it leaves room after the one before.
void DayTicks(ImDrawList* dl, const Axis& ax, bool labels, float y0, float y1) {
    struct Tick {
        int32_t day;
        bool guide;
    };
    std::vector<Tick> ticks = {{0, true}};
    for (int32_t w : kCascadeWindows) ticks.push_back({w, true});
    if (ax.days <= 60)
        for (int32_t d = 7; d <= ax.days; d += 7) ticks.push_back({d, false});
    for (int32_t y = 2; y * 365 <= ax.days; y += ax.days > 365 * 8 ? 2 : 1) ticks.push_back({y * 365, false});
    std::sort(ticks.begin(), ticks.end(), [](const Tick& a, const Tick& b) { return a.day < b.day; });
    const float min_gap = ImGui::CalcTextSize(Days(365, false).c_str()).x + ImGui::GetFontSize() * 0.5f;
    float last_x = -1e9f;
    for (const Tick& t : ticks) {
        const float x = ax.X(t.day);
        if (x > ax.x1 + 0.5f) break;
        dl->AddLine(ImVec2(x, y0), ImVec2(x, y1), t.guide ? TextColor(0.25f) : GridColor(), 1.0f);
        char label[32];
        if (t.day == 0) std::snprintf(label, sizeof label, "%s", Tr("day 0"));
        else if (t.day % 365 == 0 && t.day > 365) std::snprintf(label, sizeof label, "%d %s", t.day / 365, Tr("years"));
        else std::snprintf(label, sizeof label, "%s", Days(t.day, false).c_str());
        if (!labels || x - last_x < min_gap || x + 2 + ImGui::CalcTextSize(label).x > ax.x1 + 4) continue;
        dl->AddText(ImVec2(x + 2, y0), MutedColor(), label);
        last_x = x;
    }
}

// One mark: the state's first act filled (its size the severity), a later act as a ring.
void Mark(AppState& app, ImDrawList* dl, size_t cascade, size_t row, EventIndex i, ImVec2 p, bool first,
          std::optional<EventIndex>& hovered, float& hovered_d2) {
    const Dataset& ds = *app.dataset;
    const float s = app.ui_scale;
    const auto m = static_cast<Measure>(ds.cols.measure[i]);
    const float r = (first ? 3.0f + ds.cols.severity[i] * 0.9f : 3.0f) * s;
    if (first) dl->AddCircleFilled(p, r, MeasureColor(m, 0.9f));
    else dl->AddCircle(p, r, MeasureColor(m, 0.9f), 0, 1.5f * s);
    if (app.selected == i) dl->AddCircle(p, r + 3 * s, TextColor(), 0, 2.0f * s);
    app.cascade_marks.push_back({cascade, row, i, p.x, p.y});
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float dx = mouse.x - p.x, dy = mouse.y - p.y;
    if (dx * dx + dy * dy < std::max(hovered_d2, r * r)) {
        hovered_d2 = dx * dx + dy * dy;
        hovered = i;
    }
}

}  // namespace

void DrawCascadeWindow(AppState& app, bool* p_open) {
    // What this view drew is recorded afresh each frame: rows of a longer cascade before must not linger.
    app.cascade_marks.clear();
    auto& rects = app.control_rects;
    for (auto it = rects.lower_bound("cascade-"); it != rects.end() && it->first.rfind("cascade-", 0) == 0;)
        it = rects.erase(it);
    if (!BeginPanel("Cascades###cascade", p_open, app)) return;
    const Dataset& ds = *app.dataset;
    const Derived& d = app.derived;
    const float s = app.ui_scale;
    ImGui::PushFont(BoldFont());
    ImGui::TextUnformatted(Tr("Who followed whom"));
    ImGui::PopFont();
    if (!app.picture_frame) Controls(app);
    if (d.cascades.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(Tr("Choose one to four vendors (or, with no vendor, measure types in Filters): each "
                                  "becomes a cascade of the states that acted against it, in the order they acted."));
        ImGui::PopTextWrapPos();
        ImGui::End();
        return;
    }
    if (d.cascades_dropped)
        ImGui::TextDisabled("%s", TrFill("Only the first {} are shown.", {std::to_string(kMaxCascades)}).c_str());
    Figures(app);
    ImGui::Spacing();

    // The rows under one axis: every cascade's states on the same scale of days.
    ImGui::BeginChild("cascade-rows", ImVec2(0, 0), false, app.picture_frame ? ImGuiWindowFlags_NoScrollbar : 0);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ImGui::GetContentRegionAvail().x;
    const float label_w = std::min(170.0f * s, width * 0.32f);
    const float text_h = ImGui::GetTextLineHeight();
    const float row_h = std::max(22.0f * s, text_h + 6 * s);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    Axis ax;
    ax.x0 = origin.x + label_w + 8 * s;
    ax.x1 = origin.x + width - 12 * s;
    ax.days = std::max(1.0, d.cascade_axis_days * 1.03);
    // The axis' labels stay in view at the top while the rows scroll under them.
    const float axis_h = text_h + 4 * s;
    const float top = ImGui::GetWindowPos().y;
    ImGui::Dummy(ImVec2(width, axis_h));
    float y = origin.y + axis_h;
    std::optional<EventIndex> hovered;
    float hovered_d2 = 64.0f * s * s;
    const float clip_top = top, clip_bottom = top + ImGui::GetWindowHeight();
    for (size_t k = 0; k < d.cascades.size(); ++k) {
        const Cascade& c = d.cascades[k];
        ImGui::SetCursorScreenPos(ImVec2(origin.x, y + 4 * s));
        ImGui::PushFont(BoldFont());
        TextOneLineBidi(KeyName(app, c.key) + " · " + std::to_string(c.rows.size()) + " " + Tr("states"));
        ImGui::PopFont();
        y += text_h + 8 * s;
        // The guides first, under the rows; their labels are drawn once, at the top.
        DayTicks(dl, ax, false, y, y + row_h * static_cast<float>(c.rows.size()));
        for (size_t r = 0; r < c.rows.size(); ++r, y += row_h) {
            if (y + row_h < clip_top || y > clip_bottom) continue;  // out of view: nothing drawn, nothing recorded
            const CascadeRow& row = c.rows[r];
            const float mid = y + row_h / 2;
            if (r % 2) dl->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + width, y + row_h), GridColor());
            const std::string name = CountryLabel(app, row.state);
            const float room = label_w - 4 * s;
            const std::string shown = ImGui::CalcTextSize(name.c_str()).x <= room
                                          ? name
                                          : FitText(ShortCountryLabel(app, ds.countries[row.state]), room);
            dl->AddText(ImVec2(origin.x + 2 * s, mid - text_h / 2), TextColor(), shown.c_str());
            app.control_rects["cascade-" + std::to_string(k) + "-row-" + std::to_string(r)] = {origin.x, y, width, row_h};
            // What the first act was and when, beside it: the strength reads in words, not only in colour.
            const ImVec2 p(ax.X(row.lag), mid);
            std::string note = std::string(MeasureLabel(static_cast<Measure>(ds.cols.measure[row.first]))) + " · " +
                               Days(row.lag, row.approximate);
            // Acts on the first act's own day lie under its dot: their number is written beside it.
            if (row.same_day > 0) note += " · " + TrFill("+{} the same day", {std::to_string(row.same_day)});
            const float note_w = ImGui::CalcTextSize(note.c_str()).x;
            const float note_x = p.x + 12 * s + note_w <= ax.x1 ? p.x + 12 * s : p.x - 12 * s - note_w;
            if (note_x >= ax.x0) dl->AddText(ImVec2(note_x, mid - text_h / 2), MutedColor(), note.c_str());
            // Later acts first, so the first act is drawn over them. A ring covers its own width: the next ring
            // drawn is the first act past it (a dense row becomes a chain of touching rings), and the acts (in date
            // order) are searched for it rather than walked, so a row of 100 000 acts costs the rings it shows.
            for (auto it = row.later.begin(); it != row.later.end();) {
                const float x = ax.X(ds.cols.day[*it] - c.start_day);
                Mark(app, dl, k, r, *it, ImVec2(x, mid), false, hovered, hovered_d2);
                const double next_day = ax.Day(std::floor(x) + 6.0f * s);
                it = std::lower_bound(it + 1, row.later.end(), next_day, [&](EventIndex i, double day) {
                    return ds.cols.day[i] - c.start_day < day;
                });
            }
            Mark(app, dl, k, r, row.first, p, true, hovered, hovered_d2);
            const float rad = (3.0f + ds.cols.severity[row.first] * 0.9f) * s;
            app.control_rects["cascade-" + std::to_string(k) + "-first-" + std::to_string(r)] = {p.x - rad, p.y - rad,
                                                                                                2 * rad, 2 * rad};
        }
        y += 6 * s;
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
    ImGui::Dummy(ImVec2(width, 4 * s));
    // The labels over the rows, on a band that stays at the top of the scrolled list.
    const float band = top;
    dl->AddRectFilled(ImVec2(origin.x, band), ImVec2(origin.x + width, band + axis_h), ImGui::GetColorU32(ImGuiCol_WindowBg));
    DayTicks(dl, ax, true, band, band + axis_h);
    if (hovered && ImGui::IsWindowHovered()) {
        EventTooltip(app, *hovered);
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        // A click is a press and release in place (a finger that swipes the list scrolls it instead).
        if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && ImGui::GetIO().MouseDragMaxDistanceSqr[0] < 16.0f * s * s) {
            SelectEvent(app, hovered);
            ShowDetails(app);
        }
    }
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace rift
