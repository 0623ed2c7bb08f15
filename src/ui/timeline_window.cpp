// Timeline: one lane per acting country, one mark per event, response arcs, zoom and pan, escalation below.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>

#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

namespace {

struct Axis {
    double from, to;
    float x0, x1;
    float X(double day) const { return x0 + static_cast<float>((day - from) / (to - from)) * (x1 - x0); }
    double Day(float x) const { return from + static_cast<double>((x - x0) / (x1 - x0)) * (to - from); }
};

// The window the reader chose goes into the state (span=, kept in links) and stays as it is.
void KeepSpan(AppState& app) {
    const auto a = static_cast<int32_t>(std::floor(app.timeline_from));
    const auto b = std::max(a, static_cast<int32_t>(std::ceil(app.timeline_to)) - 1);
    app.view.span = std::pair{Date{a, Precision::Day}, Date{b, Precision::Day}};
    app.timeline_fit.span = app.view.span;
}

void ZoomAround(AppState& app, double center, double factor) {
    const double min_span = 20.0, max_span = (app.clock.end - app.clock.start) + 4000.0;
    double span = std::clamp((app.timeline_to - app.timeline_from) * factor, min_span, max_span);
    const double t = (center - app.timeline_from) / (app.timeline_to - app.timeline_from);
    app.timeline_from = center - t * span;
    app.timeline_to = app.timeline_from + span;
    KeepSpan(app);
}

// Ticks and labels for the visible range: years (every 1, 2, 5 or 10), or when zoomed in months (every 1 or 3),
// or days (every 1 or 7): the finest unit whose labels leave their width and a gap between neighbours, in pixels
// of the current font (phones' larger text gets fewer labels rather than touching ones). Finer grid lines under
// the labelled ones show the next unit down.
void DrawTimeAxis(ImDrawList* dl, const Axis& ax, float y_top, float y_bottom) {
    const float day_px = ax.X(1) - ax.X(0);
    const float gap = ImGui::GetFontSize();
    const float year_need = ImGui::CalcTextSize("2000").x + gap, month_need = ImGui::CalcTextSize("Sep 2000").x + gap;
    const float day_need = ImGui::CalcTextSize("30 Sep").x + gap;
    enum class Unit { Year, Month, Day } unit = Unit::Year;
    int stride = 10;
    if (day_px * 1 >= day_need) unit = Unit::Day, stride = 1;
    else if (day_px * 7 >= day_need) unit = Unit::Day, stride = 7;
    else if (day_px * 30.4f >= month_need) unit = Unit::Month, stride = 1;
    else if (day_px * 91.3f >= month_need) unit = Unit::Month, stride = 3;
    else
        for (int k : {1, 2, 5})
            if (day_px * 365.25f * static_cast<float>(k) >= year_need) {
                stride = k;
                break;
            }
    const auto first = CivilFromDays(static_cast<int32_t>(std::floor(ax.from)));
    const auto last_day = static_cast<int32_t>(std::ceil(ax.to));
    auto label_at = [&](float x, const char* text) {
        // A label that would run past the right edge is left out rather than cut ("202").
        if (x >= ax.x0 && x + 3 + ImGui::CalcTextSize(text).x <= ax.x1) dl->AddText(ImVec2(x + 3, y_top), MutedColor(), text);
    };
    auto line_at = [&](float x, bool major) {
        if (x >= ax.x0 && x <= ax.x1) dl->AddLine(ImVec2(x, major ? y_top : y_top + 16), ImVec2(x, y_bottom), major ? GridColor() : GridColor() & 0x60FFFFFF);
    };
    char text[24];
    if (unit == Unit::Year) {
        for (int y = first.year; DaysFromCivil(y, 1, 1) <= last_day; ++y) {
            const float x = ax.X(DaysFromCivil(y, 1, 1));
            line_at(x, true);
            if (y % stride == 0) {
                std::snprintf(text, sizeof text, "%d", y);
                label_at(x, text);
            }
            if (day_px * 30.4f > 8)  // months as fine lines where they are far enough apart
                for (int m = 2; m <= 12; ++m) line_at(ax.X(DaysFromCivil(y, m, 1)), false);
        }
        return;
    }
    if (unit == Unit::Month) {
        for (int y = first.year, m = first.month; DaysFromCivil(y, m, 1) <= last_day; m = m % 12 + 1, y += m == 1) {
            const float x = ax.X(DaysFromCivil(y, m, 1));
            line_at(x, (m - 1) % stride == 0);
            if ((m - 1) % stride != 0) continue;
            // The year beside January, and beside the first label in view.
            const bool with_year = m == 1 || x - ax.x0 < day_px * 31.0f * static_cast<float>(stride);
            if (with_year) std::snprintf(text, sizeof text, "%s %d", MonthName(m), y);
            else std::snprintf(text, sizeof text, "%s", MonthName(m));
            label_at(x, text);
        }
        return;
    }
    for (int32_t d = static_cast<int32_t>(std::floor(ax.from)); d <= last_day; ++d) {
        const auto c = CivilFromDays(d);
        const bool labelled = stride == 1 || c.day == 1 || c.day == 8 || c.day == 15 || c.day == 22;
        line_at(ax.X(d), labelled || c.day == 1);
        if (!labelled) continue;
        std::snprintf(text, sizeof text, "%d %s", c.day, MonthName(c.month));
        label_at(ax.X(d), text);
    }
}

}  // namespace

void EventTooltip(const AppState& app, EventIndex i) {
    const Dataset& ds = *app.dataset;
    const Event& e = ds.events[i];
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
    ImGui::TextDisabled("%s · %s", FormatDate(e.date).c_str(), MeasureLabel(e.measure));
    TextBidi(EventTitle(app, e));
    std::string who = CountryLabel(app, e.actor);
    if (!e.targets.empty()) {
        who += " → ";
        for (size_t k = 0; k < e.targets.size(); ++k) who += (k ? ", " : "") + CountryLabel(app, e.targets[k]);
    }
    ImGui::TextDisabled("%s", who.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

namespace {

void DrawEscalation(AppState& app, const Axis& ax, ImVec2 p0, ImVec2 p1) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const auto& series = app.derived.escalation;
    dl->AddRectFilled(p0, p1, ImGui::GetColorU32(ImGuiCol_ChildBg));
    if (series.empty()) return;
    if (app.derived.escalation_empty) {  // the filter leaves no US-China measure: say so instead of two flat lines
        ImGui::SetCursorScreenPos(ImVec2(p0.x + 6, p0.y + 2));
        ImGui::PushTextWrapPos(p1.x - 6);
        ImGui::TextDisabled("%s", Tr("Escalation index: no measures between the United States and China in this selection."));
        ImGui::PopTextWrapPos();
        ImGui::SetCursorScreenPos(ImVec2(p0.x, p1.y));
        ImGui::Dummy(ImVec2(p1.x - p0.x, 1));
        return;
    }
    const ImU32 colors[2] = {FamilyColor(MeasureFamily::Trade), FamilyColor(MeasureFamily::Ban)};
    // The key: "Escalation index: ■ US → CN 45.7  ■ CN → US 30.2" on one line where it fits, else the title on
    // one line and the two series under it (a phone), so neither series is cut off nor torn from the other.
    const size_t shown = std::min<size_t>(series.size(), 2);
    std::array<char, 64> keys[2];
    const ImGuiStyle& st = ImGui::GetStyle();
    const float swatch_w = ImGui::GetTextLineHeight() * 0.6f + st.ItemSpacing.x;
    std::string title = std::string(Tr("Escalation index")) + ":";
    float keys_w = 0;
    for (size_t k = 0; k < shown; ++k) {
        std::snprintf(keys[k].data(), keys[k].size(), "%s → %s  %.1f", app.dataset->countries[series[k].actor].c_str(),
                      app.dataset->countries[series[k].target].c_str(),
                      k < app.derived.escalation_now.size() ? app.derived.escalation_now[k] : 0.0);
        keys_w += st.ItemSpacing.x + swatch_w + ImGui::CalcTextSize(keys[k].data()).x;
    }
    const float key_x = p0.x + 6, key_w = p1.x - key_x - 6;
    const bool own_line = ImGui::CalcTextSize(title.c_str()).x + keys_w > key_w;  // the title on a line of its own
    std::array<bool, 2> wrap_before{own_line, false};  // a series starts a new line
    if (own_line && keys_w - st.ItemSpacing.x > key_w) wrap_before[1] = true;  // narrower still: one per line
    const float lines = 1.0f + (wrap_before[0] ? 1.0f : 0.0f) + (shown > 1 && wrap_before[1] ? 1.0f : 0.0f);
    const float key_h = ImGui::GetTextLineHeight() * lines + 6;

    float vmax = 1.0f;
    for (const auto& s : series)
        for (float v : s.values) vmax = std::max(vmax, v);
    dl->PushClipRect(p0, p1, true);
    for (size_t k = 0; k < shown; ++k) {
        const auto& s = series[k];
        ImVec2 prev;
        for (size_t m = 0; m < s.values.size(); ++m) {
            const double day = DayFromMonthIndex(s.first_month + static_cast<int32_t>(m) + 1) - 1;
            const ImVec2 pt(ax.X(day), p1.y - 4 - std::max(0.0f, p1.y - p0.y - 4 - key_h) * s.values[m] / vmax);
            if (m) dl->AddLine(prev, pt, colors[k], 2.0f * app.ui_scale);
            prev = pt;
        }
    }
    dl->PopClipRect();
    const float cx = ax.X(app.clock.cursor);
    dl->AddLine(ImVec2(cx, p0.y), ImVec2(cx, p1.y), AccentColor(), 1.5f);
    float y = p0.y + 2;
    ImGui::SetCursorScreenPos(ImVec2(key_x, y));
    ImGui::TextDisabled("%s", title.c_str());
    for (size_t k = 0; k < shown; ++k) {
        if (wrap_before[k]) {
            y += ImGui::GetTextLineHeight();
            ImGui::SetCursorScreenPos(ImVec2(key_x, y));
        } else {
            ImGui::SameLine();
        }
        Swatch(colors[k]);
        ImGui::TextUnformatted(keys[k].data());
    }
    ImGui::SetCursorScreenPos(ImVec2(p0.x, p1.y));
    ImGui::Dummy(ImVec2(p1.x - p0.x, 1));
    if (ImGui::IsMouseHoveringRect(p0, p1)) ImGui::SetTooltip("%s", Tr("Escalation: decayed sum of severities (half-life 1 year)"));
}

}  // namespace

void DrawTimelineWindow(AppState& app, bool* p_open) {
    if (!BeginPanel("Timeline###timeline", p_open, app, ImGuiWindowFlags_NoScrollbar)) return;
    const Dataset& ds = *app.dataset;
    const float s = app.ui_scale;
    // Toolbar: counts, legend, zoom.
    ImGui::Text("%zu %s %zu %s", app.derived.selection.size(), Tr("of"), ds.size(), Tr("events"));
    FamilyLegend(s);
    const double center = (app.timeline_from + app.timeline_to) / 2;
    if (!app.picture_frame) {  // a picture has no use for buttons
        if (ImGui::SmallButton("+")) ZoomAround(app, center, 0.6);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("Zoom in"));
        ImGui::SameLine();
        if (ImGui::SmallButton("-")) ZoomAround(app, center, 1.0 / 0.6);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("Zoom out"));
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr("Reset zoom"))) {  // back to the filter's dates, or every event
            app.view.span.reset();
            app.timeline_fit.dataset = nullptr;  // fitted again by the next Refresh
        }
    }

    const float label_w = std::min(150.0f * s, ImGui::GetContentRegionAvail().x * 0.3f);
    const float esc_h = 88.0f * s;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    Axis ax{app.timeline_from, app.timeline_to, origin.x + label_w, origin.x + avail.x - 8 * s};
    const float axis_h = ImGui::GetTextLineHeight() + 4;
    const float lanes_h = std::max(60.0f * s, avail.y - esc_h - axis_h - 8 * s);
    app.timeline_top = origin.y - ImGui::GetWindowPos().y;  // for the embed's wanted height (EmbedHeight)

    // Lanes in a scrolling child.
    ImDrawList* outer = ImGui::GetWindowDrawList();
    DrawTimeAxis(outer, ax, origin.y, origin.y + axis_h + lanes_h);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + axis_h));
    // (A picture shows the lanes that fit, without a scrollbar.)
    ImGui::BeginChild("lanes", ImVec2(avail.x, lanes_h), false,
                      ImGuiWindowFlags_NoScrollWithMouse | (app.picture_frame ? ImGuiWindowFlags_NoScrollbar : 0));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float lane_h = 26.0f * s, collapsed_h = 12.0f * s;
    const ImVec2 lanes_origin = ImGui::GetCursorScreenPos();
    std::vector<float> lane_y(ds.countries.size(), -1.0f);
    float y = lanes_origin.y;
    const int32_t cursor_day = CursorDay(app.clock);
    for (CountryId c : app.derived.visible_lanes) {
        const bool collapsed = app.collapsed_lanes.count(c) > 0;
        const float h = collapsed ? collapsed_h : lane_h;
        lane_y[c] = y + h / 2;
        ImGui::SetCursorScreenPos(ImVec2(lanes_origin.x, y));
        ImGui::PushID(c);
        std::string label = CountryLabel(app, c);
        char count[16];
        std::snprintf(count, sizeof count, " %u", app.derived.lane_counts[c]);
        if (ImGui::InvisibleButton("lane", ImVec2(label_w - 6, h))) {
            if (collapsed) app.collapsed_lanes.erase(c); else app.collapsed_lanes.insert(c);
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (%s)", label.c_str(), collapsed ? "+" : "-");
        ImGui::PopID();
        if (!collapsed) {
            const float text_y = y + (h - ImGui::GetTextLineHeight()) / 2;
            // The count right-aligned before the plot (six digits at a million events); a name too long for what
            // is left (phones) ends in "…".
            const float count_x = lanes_origin.x + label_w - 6 * s - ImGui::CalcTextSize(count).x;
            // The full name where it fits, else the short common one (USA, UK: distinct where "United…" would not be).
            const float room = count_x - lanes_origin.x - 2;
            const std::string shown = ImGui::CalcTextSize(label.c_str()).x <= room
                                          ? label
                                          : FitText(ShortCountryLabel(app, ds.countries[c]), room);
            dl->AddText(ImVec2(lanes_origin.x + 2, text_y), TextColor(app.derived.lane_counts[c] ? 1.0f : 0.4f), shown.c_str());
            dl->AddText(ImVec2(count_x, text_y), MutedColor(), count);
        }
        dl->AddLine(ImVec2(ax.x0, y + h), ImVec2(ax.x1, y + h), GridColor());
        y += h;
    }
    ImGui::SetCursorScreenPos(ImVec2(lanes_origin.x, y));
    ImGui::Dummy(ImVec2(1, 1));

    // Marks, culled to the visible range. When more than a few thousand events are visible the lanes show
    // density instead: one bar per few pixels, never one widget per event.
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const auto& sel = app.derived.selection;
    const auto& days = app.derived.selection_days;
    const auto first = std::lower_bound(days.begin(), days.end(), static_cast<int32_t>(std::floor(ax.from))) - days.begin();
    const auto last = std::upper_bound(days.begin(), days.end(), static_cast<int32_t>(std::ceil(ax.to))) - days.begin();
    const bool dense = (last - first) > 5000;
    std::optional<EventIndex> hovered;
    float hovered_d2 = 100.0f * s * s;
    dl->PushClipRect(ImVec2(ax.x0 - 6, lanes_origin.y), ImVec2(ax.x1 + 6, lanes_origin.y + std::max(y - lanes_origin.y, lanes_h)), true);
    if (dense) {
        // Counted once and kept (Derived): while playing, each frame adds only the events the cursor passed.
        const float bin_w = 3.0f * s;
        DensityGrid& grid = app.derived.density;
        UpdateDensity(grid, ds, sel, days, app.derived.generation, ax.from, ax.to, (ax.x1 - ax.x0) / bin_w,
                      app.clock.playing ? cursor_day : kNoEnd);
        const size_t bins = grid.bins;
        const std::vector<uint32_t>& counts = grid.counts;
        const float log_max = std::log1p(static_cast<float>(std::max(grid.max_count, 1u)));
        std::optional<std::pair<CountryId, size_t>> hover_bin;
        for (CountryId c : app.derived.visible_lanes) {
            if (lane_y[c] < 0) continue;
            const float half = (app.collapsed_lanes.count(c) ? 4.0f : 10.0f) * s;
            if (!ImGui::IsRectVisible(ImVec2(ax.x0, lane_y[c] - half), ImVec2(ax.x1, lane_y[c] + half))) continue;
            for (size_t b = 0; b < bins; ++b) {
                const uint32_t n = counts[c * bins + b];
                if (!n) continue;
                const float x = ax.x0 + static_cast<float>(b) * bin_w;
                const float h = half * (0.25f + 0.75f * std::log1p(static_cast<float>(n)) / log_max);
                dl->AddRectFilled(ImVec2(x, lane_y[c] - h), ImVec2(x + bin_w - 1, lane_y[c] + h), AccentColor() & 0xB0FFFFFF);
                if (mouse.x >= x && mouse.x < x + bin_w && std::abs(mouse.y - lane_y[c]) <= half) hover_bin = {c, b};
            }
        }
        if (hover_bin && ImGui::IsWindowHovered()) {
            const double d0 = ax.Day(ax.x0 + static_cast<float>(hover_bin->second) * bin_w);
            ImGui::SetTooltip("%s: %u %s, %s - %s\n%s", CountryLabel(app, hover_bin->first).c_str(),
                              counts[hover_bin->first * bins + hover_bin->second], Tr("events"),
                              FormatDay(static_cast<int32_t>(d0)).c_str(),
                              FormatDay(static_cast<int32_t>(ax.Day(ax.x0 + static_cast<float>(hover_bin->second + 1) * bin_w))).c_str(),
                              Tr("Zoom in to see single events"));
        }
    } else {
        // "What changed since" a link's version: new events get a ring.
        const bool marks = app.mark_changes && app.derived.change_marks.size() == ds.size();
        for (auto k = first; k < last; ++k) {
            const EventIndex i = sel[static_cast<size_t>(k)];
            const CountryId c = ds.cols.actor[i];
            if (lane_y[c] < 0) continue;
            const bool future = ds.cols.day[i] > cursor_day;
            if (future && app.clock.playing) continue;
            const auto m = static_cast<Measure>(ds.cols.measure[i]);
            const float x = ax.X(ds.cols.day[i]);
            const bool collapsed = app.collapsed_lanes.count(c) > 0;
            const float r = (collapsed ? 2.5f : 3.0f + ds.cols.severity[i] * 0.9f) * s;
            const ImVec2 p(x, lane_y[c]);
            const float alpha = future ? 0.18f : 0.85f;
            dl->AddCircleFilled(p, r, MeasureColor(m, alpha));
            app.timeline_marks.push_back({static_cast<int32_t>(i), -1, p.x, p.y});
            if (app.selected == i) dl->AddCircle(p, r + 3 * s, TextColor(), 0, 2.0f * s);
            else if (marks && app.derived.change_marks[i] == kChangeNew) dl->AddCircle(p, r + 2 * s, AccentColor(), 0, 1.5f * s);
            const float dx = mouse.x - p.x, dy = mouse.y - p.y;
            if (dx * dx + dy * dy < std::max(hovered_d2, r * r)) {
                hovered_d2 = dx * dx + dy * dy;
                hovered = i;
            }
        }
    }
    // Response arcs: from the answered event to the answer, bowed upwards.
    if (!dense) {
        for (auto k = first; k < last; ++k) {
            const EventIndex i = sel[static_cast<size_t>(k)];
            if (ds.cols.day[i] > cursor_day) continue;
            for (EventIndex from : ds.events[i].responds_to) {
                if (!app.derived.in_selection[from]) continue;  // the answered event is filtered out: no arc to nowhere
                const CountryId ca = ds.cols.actor[from], cb = ds.cols.actor[i];
                if (lane_y[ca] < 0 || lane_y[cb] < 0) continue;
                const ImVec2 a(ax.X(ds.cols.day[from]), lane_y[ca]), b(ax.X(ds.cols.day[i]), lane_y[cb]);
                const float lift = 18.0f * s + std::abs(b.x - a.x) * 0.15f;
                const bool strong = app.selected == i || app.selected == from;
                dl->AddBezierCubic(a, ImVec2(a.x, std::min(a.y, b.y) - lift), ImVec2(b.x, std::min(a.y, b.y) - lift), b,
                                   strong ? TextColor(0.9f) : TextColor(0.35f), (strong ? 2.0f : 1.2f) * s);
            }
        }
    }
    const float cx = ax.X(app.clock.cursor);
    dl->AddLine(ImVec2(cx, lanes_origin.y), ImVec2(cx, std::max(y, lanes_origin.y + lanes_h)), AccentColor(), 1.5f * s);
    dl->PopClipRect();

    // Interaction: hover, click, drag to pan, wheel to zoom.
    const bool in_plot = ImGui::IsWindowHovered() && mouse.x >= ax.x0 - 6;
    if (in_plot && hovered) {
        EventTooltip(app, *hovered);
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    if (in_plot && ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
        ImGui::GetIO().MouseDragMaxDistanceSqr[0] < 16.0f * s * s) {
        SelectEvent(app, hovered);
        if (hovered) ShowDetails(app);
    }
    if (in_plot && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 4.0f * s)) {
        const double shift = static_cast<double>(ImGui::GetIO().MouseDelta.x / (ax.x1 - ax.x0)) * (ax.to - ax.from);
        app.timeline_from -= shift;
        app.timeline_to -= shift;
        KeepSpan(app);
    }
    if (in_plot && ImGui::GetIO().MouseWheel != 0.0f)  // by 0.85^wheel (through exp: no pow in the wasm)
        ZoomAround(app, ax.Day(mouse.x), std::exp(std::log(0.85) * static_cast<double>(ImGui::GetIO().MouseWheel)));
    if (ImGui::IsWindowHovered() && ImGui::GetIO().MouseWheel != 0.0f && mouse.x < ax.x0)
        ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseWheel * lane_h * 2);
    ImGui::EndChild();

    const ImVec2 esc0(ax.x0, origin.y + axis_h + lanes_h + 6 * s);
    DrawEscalation(app, ax, esc0, ImVec2(ax.x1, esc0.y + esc_h - 6 * s));
    if (app.derived.selection.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(ax.x0 + 10, origin.y + axis_h + 10));
        NoMatches(app);
    }
    ImGui::End();
}

}  // namespace rift
