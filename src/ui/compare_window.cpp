// Compare: 2-4 countries side by side (measures over time, taken/received by measure, vendors targeted) and
// reciprocity charts.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <string>

#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

namespace {

void MeasureBars(const std::vector<uint32_t>& counts, uint32_t max, float width) {
    // The bars give way to the labels in narrow columns (long German names), down to a fifth of the width.
    float label_w = 0;
    for (int m = 0; m < kMeasureCount; ++m)
        if (counts[static_cast<size_t>(m)])
            label_w = std::max(label_w, ImGui::CalcTextSize(MeasureLabel(static_cast<Measure>(m))).x);
    label_w += ImGui::CalcTextSize("000 ").x;
    const float bars_w = std::clamp(width - label_w - 8, width * 0.2f, width * 0.45f);
    for (int m = 0; m < kMeasureCount; ++m) {
        if (!counts[static_cast<size_t>(m)]) continue;
        const float h = ImGui::GetTextLineHeight();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float w = bars_w * static_cast<float>(counts[static_cast<size_t>(m)]) / static_cast<float>(std::max(1u, max));
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + 2), ImVec2(p.x + std::max(w, 2.0f), p.y + h - 2),
                                                  MeasureColor(static_cast<Measure>(m)), 2);
        ImGui::Dummy(ImVec2(bars_w + 4, h));
        ImGui::SameLine();
        ImGui::Text("%u %s", counts[static_cast<size_t>(m)], MeasureLabel(static_cast<Measure>(m)));
    }
}

// "2019", or "2019 Q2" for quarters.
std::string PeriodLabel(const CompareTimeline& t, size_t period) {
    const int32_t b = t.first + static_cast<int32_t>(period);
    if (t.bucket == TimeBucket::Year) return std::to_string(1970 + b);
    return std::to_string(1970 + b / 4) + " Q" + std::to_string(b % 4 + 1);
}

// Narrows the date filter to one period of the chart (a year, or a quarter as its three months).
void ShowOnlyPeriod(AppState& app, const CompareTimeline& t, size_t period) {
    const int32_t b = t.first + static_cast<int32_t>(period);
    FilterSpec& f = app.view.filter;
    if (t.bucket == TimeBucket::Year) {
        f.from = f.to = Date{BucketStartDay(b, t.bucket), Precision::Year};
    } else {
        f.from = Date{BucketStartDay(b, t.bucket), Precision::Month};
        f.to = Date{DayFromMonthIndex(b * 3 + 2), Precision::Month};
    }
}

// The playback cursor across a chart on the timeline's axis, while it is before the end.
void CursorLine(const AppState& app, const CompareTimeline& t, ImVec2 p0, float width, float height) {
    const int32_t day = CursorDay(app.clock);
    if (!t.periods || day >= app.clock.end) return;
    const float bw = width / static_cast<float>(t.periods);
    const int32_t b = BucketOf(day, t.bucket);
    const int32_t b0 = BucketStartDay(b, t.bucket), b1 = BucketStartDay(b + 1, t.bucket);
    const float x = p0.x + bw * (static_cast<float>(b - t.first) + static_cast<float>(day - b0) / static_cast<float>(b1 - b0));
    if (x >= p0.x && x <= p0.x + width)
        ImGui::GetWindowDrawList()->AddLine(ImVec2(x, p0.y), ImVec2(x, p0.y + height), AccentColor(), 1.5f * app.ui_scale);
}

// The periods under a chart, from `p0` on: each quarter where they fit ("2023 Q2"), else years with room between
// them (every 1st, 2nd, 5th...).
void PeriodLabels(const CompareTimeline& t, ImVec2 p0, float width, float label_size) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float bw = width / static_cast<float>(std::max<size_t>(t.periods, 1));
    auto text_w = [&](const char* text) { return ImGui::GetFont()->CalcTextSizeA(label_size, FLT_MAX, 0, text).x; };
    const bool each_quarter = t.bucket == TimeBucket::Quarter && bw >= text_w("2020 Q4") * 1.2f;
    const float year_w = t.bucket == TimeBucket::Year ? bw : 4 * bw;
    int stride = 1;
    for (int candidate : {1, 2, 5, 10, 20}) {
        stride = candidate;
        if (year_w * static_cast<float>(candidate) >= text_w("2020") * 1.8f) break;
    }
    for (size_t p = 0; p < t.periods; ++p) {
        const int32_t b = t.first + static_cast<int32_t>(p);
        const int year = 1970 + (t.bucket == TimeBucket::Year ? b : b / 4);
        if (!each_quarter && ((t.bucket == TimeBucket::Quarter && b % 4 != 0 && p != 0) || year % stride != 0)) continue;
        const std::string label = each_quarter ? PeriodLabel(t, p) : std::to_string(year);
        const float w = text_w(label.c_str());
        float x = p0.x + bw * static_cast<float>(p);
        if (t.bucket == TimeBucket::Year || each_quarter) x += (bw - w) / 2;
        x = std::clamp(x, p0.x, p0.x + width - w);
        dl->AddText(ImGui::GetFont(), label_size, ImVec2(x, p0.y), MutedColor(), label.c_str());
    }
}

// The frame both Compare charts share: a clickable strip of the timeline's periods with the hovered (or shared)
// period highlighted, bars drawn by the caller around `mid` on `unit` pixels per measure, then the baseline, the
// cursor and the period labels (EndPeriodChart).
struct PeriodChart {
    ImVec2 p0;
    float width = 0, bw = 0, mid = 0, plot_h = 0, pad = 0, unit = 0, label_size = 0;
    int hover = -1;  // the period under the mouse in this chart
    bool pressed = false;
    float X0(size_t p) const { return p0.x + bw * static_cast<float>(p) + pad; }
    float X1(size_t p) const { return p0.x + bw * static_cast<float>(p + 1) - pad; }
};

PeriodChart BeginPeriodChart(AppState& app, const CompareTimeline& t, const std::string& name, float width,
                             int shared_hover, uint32_t peak) {
    PeriodChart c;
    const float s = app.ui_scale;
    const float half = 48.0f * s;
    c.plot_h = 2 * half;
    c.width = width;
    c.label_size = ImGui::GetFontSize() * 0.8f;
    c.p0 = ImGui::GetCursorScreenPos();
    c.pressed = ImGui::InvisibleButton(name.c_str(), ImVec2(width, c.plot_h + c.label_size + 4 * s));
    RememberItem(app.control_rects, name);
    c.bw = width / static_cast<float>(std::max<size_t>(t.periods, 1));
    if (ImGui::IsItemHovered() && t.periods)
        c.hover = std::clamp(static_cast<int>((ImGui::GetIO().MousePos.x - c.p0.x) / c.bw), 0, static_cast<int>(t.periods) - 1);
    if (c.hover >= 0) app.compare_hover_period = c.hover;
    const int highlight = c.hover >= 0 ? c.hover : shared_hover;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    c.mid = c.p0.y + half;
    dl->AddRectFilled(c.p0, ImVec2(c.p0.x + width, c.p0.y + c.plot_h), ImGui::GetColorU32(ImGuiCol_ChildBg), 4 * s);
    if (highlight >= 0 && highlight < static_cast<int>(t.periods))
        dl->AddRectFilled(ImVec2(c.p0.x + c.bw * static_cast<float>(highlight), c.p0.y),
                          ImVec2(c.p0.x + c.bw * static_cast<float>(highlight + 1), c.p0.y + c.plot_h), GridColor());
    c.pad = c.bw >= 6 * s ? std::min(c.bw * 0.15f, 3 * s) : 0.0f;
    c.unit = (half - 3 * s) / static_cast<float>(std::max(1u, peak));
    return c;
}

// The baseline, the cursor and the labels; a click on a period narrows the dates to it.
void EndPeriodChart(AppState& app, const CompareTimeline& t, const PeriodChart& c) {
    const float s = app.ui_scale;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(c.p0.x, c.mid), ImVec2(c.p0.x + c.width, c.mid), TextColor(0.5f), 1.0f * s);
    CursorLine(app, t, c.p0, c.width, c.plot_h);
    PeriodLabels(t, ImVec2(c.p0.x, c.p0.y + c.plot_h + 2 * s), c.width, c.label_size);
    if (c.hover >= 0) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (c.pressed) ShowOnlyPeriod(app, t, static_cast<size_t>(c.hover));
    }
}

void PeriodTooltip(const AppState& app, const CompareTimeline& t, const CountryTimeline& ct, size_t period) {
    ImGui::BeginTooltip();
    ImGui::PushFont(BoldFont());
    ImGui::Text("%s · %s", CountryLabel(app, ct.country).c_str(), PeriodLabel(t, period).c_str());
    ImGui::PopFont();
    auto list = [&](const char* title, auto count_of) {
        uint32_t total = 0;
        for (int m = 0; m < kMeasureCount; ++m) total += count_of(m);
        ImGui::Text("%s: %u", title, total);
        for (int m = 0; m < kMeasureCount; ++m)
            if (const uint32_t n = count_of(m)) {
                Swatch(MeasureColor(static_cast<Measure>(m)));
                ImGui::Text("%u %s", n, MeasureLabel(static_cast<Measure>(m)));
            }
    };
    list(Tr("Taken"), [&](int m) { return ct.Taken(period, m); });
    list(Tr("Received"), [&](int m) { return ct.Received(period, m); });
    ImGui::TextDisabled("%s", Tr("Click: show only this period"));
    ImGui::EndTooltip();
}

// One country's measures per period on the axis all compared countries share: taken above the line, received
// below, stacked by measure family, on one scale for all of them; up to the playback cursor.
void TimeChart(AppState& app, const CompareTimeline& t, size_t index, float width, int shared_hover) {
    const CountryTimeline& ct = t.countries[index];
    const PeriodChart c = BeginPeriodChart(app, t, "compare-chart-" + std::to_string(index), width, shared_hover,
                                           app.derived.compare_peak);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (size_t p = 0; p < t.periods; ++p) {
        std::array<uint32_t, kFamilyCount> up{}, down{};
        for (int m = 0; m < kMeasureCount; ++m) {
            const auto f = static_cast<size_t>(FamilyOf(static_cast<Measure>(m)));
            up[f] += ct.Taken(p, m);
            down[f] += ct.Received(p, m);
        }
        float y_up = c.mid, y_down = c.mid;
        for (size_t f = 0; f < kFamilyCount; ++f) {
            const ImU32 color = FamilyColor(static_cast<MeasureFamily>(f));
            if (up[f]) {
                const float h = std::max(static_cast<float>(up[f]) * c.unit, 1.0f);
                dl->AddRectFilled(ImVec2(c.X0(p), y_up - h), ImVec2(c.X1(p), y_up), color);
                y_up -= h;
            }
            if (down[f]) {
                const float h = std::max(static_cast<float>(down[f]) * c.unit, 1.0f);
                dl->AddRectFilled(ImVec2(c.X0(p), y_down), ImVec2(c.X1(p), y_down + h), color);
                y_down += h;
            }
        }
    }
    if (c.hover >= 0) PeriodTooltip(app, t, ct, static_cast<size_t>(c.hover));
    EndPeriodChart(app, t, c);
}

// One pair on the countries' axis: a's measures against b above the line, b's against a below, on one scale
// (the tallest bar with every event counted), up to the playback cursor.
void ReciprocityChart(AppState& app, const CompareTimeline& t, size_t index, float width, int shared_hover) {
    const PairTimeline& pair = t.pairs[index];
    const std::string& a = app.dataset->countries[t.countries[pair.a].country];
    const std::string& b = app.dataset->countries[t.countries[pair.b].country];
    ImGui::Text("%s → %s %s, %s → %s %s", a.c_str(), b.c_str(), Tr("above"), b.c_str(), a.c_str(), Tr("below"));
    const PeriodChart c = BeginPeriodChart(app, t, "compare-pair-" + std::to_string(index), width, shared_hover,
                                           app.derived.compare_pair_peak);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (size_t p = 0; p < t.periods; ++p) {
        if (pair.a_to_b[p])
            dl->AddRectFilled(ImVec2(c.X0(p), c.mid - std::max(static_cast<float>(pair.a_to_b[p]) * c.unit, 1.0f)),
                              ImVec2(c.X1(p), c.mid), FamilyColor(MeasureFamily::Trade));
        if (pair.b_to_a[p])
            dl->AddRectFilled(ImVec2(c.X0(p), c.mid),
                              ImVec2(c.X1(p), c.mid + std::max(static_cast<float>(pair.b_to_a[p]) * c.unit, 1.0f)),
                              FamilyColor(MeasureFamily::Ban));
    }
    if (c.hover >= 0) {
        const auto p = static_cast<size_t>(c.hover);
        ImGui::BeginTooltip();
        ImGui::PushFont(BoldFont());
        ImGui::TextUnformatted(PeriodLabel(t, p).c_str());
        ImGui::PopFont();
        Swatch(FamilyColor(MeasureFamily::Trade));
        ImGui::Text("%s → %s: %u", a.c_str(), b.c_str(), pair.a_to_b[p]);
        Swatch(FamilyColor(MeasureFamily::Ban));
        ImGui::Text("%s → %s: %u", b.c_str(), a.c_str(), pair.b_to_a[p]);
        ImGui::TextDisabled("%s", Tr("Click: show only this period"));
        ImGui::EndTooltip();
    }
    EndPeriodChart(app, t, c);
    ImGui::Dummy(ImVec2(width, 4 * app.ui_scale));
}

}  // namespace

void DrawCompareWindow(AppState& app, bool* p_open) {
    if (!BeginPanel("Compare###compare", p_open, app)) return;
    static_assert(kMaxCompare == 4, "the texts below and in the Map's tooltip say 4");
    const Dataset& ds = *app.dataset;
    // The chosen countries as removable chips, and a picker to add one.
    for (size_t i = 0; i < app.view.compare.size(); ++i) {
        if (ImGui::SmallButton((CountryLabel(app, app.view.compare[i]) + "  x").c_str()) && app.view.compare.size() > 2) {
            app.view.compare.erase(app.view.compare.begin() + static_cast<long>(i));
            break;
        }
        ImGui::SameLine();
    }
    if (app.view.compare.size() < kMaxCompare) {
        if (ImGui::GetContentRegionAvail().x < 140 * app.ui_scale) ImGui::NewLine();  // phones: on its own line
        ImGui::SetNextItemWidth(std::min(200 * app.ui_scale, ImGui::GetContentRegionAvail().x));
        if (ImGui::BeginCombo("##add", Tr("Add country"))) {
            for (CountryId c : app.derived.lanes) {
                const std::string& code = ds.countries[c];
                if (std::find(app.view.compare.begin(), app.view.compare.end(), code) != app.view.compare.end()) continue;
                if (ImGui::Selectable(CountryLabel(app, c).c_str())) app.view.compare.push_back(code);
            }
            ImGui::EndCombo();
        }
    } else {
        ImGui::NewLine();
    }
    const std::vector<CountryProfile>& profiles = app.derived.compare_profiles;
    if (profiles.size() < 2) {
        ImGui::TextUnformatted(Tr("Pick 2 to 4 countries to compare."));
        ImGui::End();
        return;
    }
    // The period under the mouse last frame is highlighted in every column, so they read side by side.
    const int shared_hover = app.compare_hover_period;
    app.compare_hover_period = -1;
    const CompareTimeline& timeline = app.derived.compare_timeline;
    ImGui::BeginChild("cmp");
    const float width = ImGui::GetContentRegionAvail().x;
    const int cols = width < 520 * app.ui_scale ? 1 : static_cast<int>(profiles.size());
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", Tr(timeline.bucket == TimeBucket::Year
                                    ? "Measures taken (above the line) and received (below), per year"
                                    : "Measures taken (above the line) and received (below), per quarter"));
    ImGui::PopStyleColor();
    if (ImGui::BeginTable("profiles", cols, ImGuiTableFlags_BordersInnerV)) {
        const uint32_t max = app.derived.compare_measure_peak;
        for (const CountryProfile& p : profiles) {
            ImGui::TableNextColumn();
            const float cw = ImGui::GetContentRegionAvail().x;
            ImGui::PushFont(BoldFont());
            ImGui::TextUnformatted(CountryLabel(app, p.country).c_str());
            ImGui::PopFont();
            const size_t index = static_cast<size_t>(&p - profiles.data());
            if (index < timeline.countries.size()) TimeChart(app, timeline, index, cw, shared_hover);
            ImGui::Text("%s: %u", Tr("Taken"), p.taken);
            MeasureBars(p.taken_by_measure, max, cw);
            ImGui::Text("%s: %u", Tr("Received"), p.received);
            MeasureBars(p.received_by_measure, max, cw);
            if (!p.vendors_targeted.empty()) {
                ImGui::TextDisabled("%s", Tr(app.view.families ? "Vendors targeted (by company)" : "Vendors targeted"));
                std::string list;
                for (size_t k = 0; k < std::min<size_t>(p.vendors_targeted.size(), 8); ++k)
                    list += (k ? ", " : "") + ds.vendors[p.vendors_targeted[k].first].name + " (" +
                            std::to_string(p.vendors_targeted[k].second) + ")";
                ImGui::TextWrapped("%s", list.c_str());
            }
            if (p.first_taken) ImGui::TextWrapped("%s: %s %s", Tr("First measure"), FormatDate(ds.events[*p.first_taken].date).c_str(), Bidi(EventTitle(app, ds.events[*p.first_taken])).c_str());
            if (p.latest_taken) ImGui::TextWrapped("%s: %s %s", Tr("Latest measure"), FormatDate(ds.events[*p.latest_taken].date).c_str(), Bidi(EventTitle(app, ds.events[*p.latest_taken])).c_str());
        }
        ImGui::EndTable();
    }
    ImGui::Separator();
    ImGui::PushFont(BoldFont());
    ImGui::TextUnformatted(Tr("Reciprocity"));
    ImGui::PopFont();
    for (size_t k = 0; k < timeline.pairs.size(); ++k)
        ReciprocityChart(app, timeline, k, ImGui::GetContentRegionAvail().x, shared_hover);
    DrawResponseLags(app);
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace rift
