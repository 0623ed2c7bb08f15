// Compare: 2-4 countries side by side (taken/received by measure, vendors targeted) and reciprocity charts.
#include <imgui.h>

#include <algorithm>

#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

namespace {

void MeasureBars(const std::vector<uint32_t>& counts, uint32_t max, float width) {
    for (int m = 0; m < kMeasureCount; ++m) {
        if (!counts[static_cast<size_t>(m)]) continue;
        const float h = ImGui::GetTextLineHeight();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float w = width * 0.45f * static_cast<float>(counts[static_cast<size_t>(m)]) / static_cast<float>(std::max(1u, max));
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + 2), ImVec2(p.x + std::max(w, 2.0f), p.y + h - 2),
                                                  MeasureColor(static_cast<Measure>(m)), 2);
        ImGui::Dummy(ImVec2(width * 0.45f + 4, h));
        ImGui::SameLine();
        ImGui::Text("%u %s", counts[static_cast<size_t>(m)], MeasureLabel(static_cast<Measure>(m)));
    }
}

void ReciprocityChart(AppState& app, const Reciprocity& r, float width) {
    const Dataset& ds = *app.dataset;
    ImGui::Text("%s → %s %s, %s → %s %s", ds.countries[r.a].c_str(), ds.countries[r.b].c_str(), Tr("above"),
                ds.countries[r.b].c_str(), ds.countries[r.a].c_str(), Tr("below"));
    const float h = 120.0f * app.ui_scale;
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float mid = p0.y + h / 2;
    dl->AddRectFilled(p0, ImVec2(p0.x + width, p0.y + h), ImGui::GetColorU32(ImGuiCol_ChildBg), 4);
    dl->AddLine(ImVec2(p0.x, mid), ImVec2(p0.x + width, mid), GridColor(), 1);
    uint32_t vmax = 1;
    for (size_t k = 0; k < r.a_to_b.size(); ++k) vmax = std::max({vmax, r.a_to_b[k], r.b_to_a[k]});
    const size_t n = std::max<size_t>(r.a_to_b.size(), 1);
    const float bw = width / static_cast<float>(n);
    for (size_t k = 0; k < r.a_to_b.size(); ++k) {
        const float x = p0.x + bw * static_cast<float>(k);
        const float up = (h / 2 - 14) * static_cast<float>(r.a_to_b[k]) / static_cast<float>(vmax);
        const float dn = (h / 2 - 14) * static_cast<float>(r.b_to_a[k]) / static_cast<float>(vmax);
        if (r.a_to_b[k]) dl->AddRectFilled(ImVec2(x + 1, mid - up), ImVec2(x + bw - 1, mid), FamilyColor(MeasureFamily::Trade));
        if (r.b_to_a[k]) dl->AddRectFilled(ImVec2(x + 1, mid), ImVec2(x + bw - 1, mid + dn), FamilyColor(MeasureFamily::Ban));
        const int year = 1970 + r.first + static_cast<int>(k);
        if (bw > 26 || year % 5 == 0) {
            char label[8];
            std::snprintf(label, sizeof label, "%d", year);
            dl->AddText(ImGui::GetFont(), ImGui::GetFontSize() * 0.8f, ImVec2(x + 2, p0.y + h - ImGui::GetFontSize()), MutedColor(), label);
        }
        if (ImGui::IsMouseHoveringRect(ImVec2(x, p0.y), ImVec2(x + bw, p0.y + h)))
            ImGui::SetTooltip("%d: %s → %s %u, %s → %s %u", year, ds.countries[r.a].c_str(), ds.countries[r.b].c_str(),
                              r.a_to_b[k], ds.countries[r.b].c_str(), ds.countries[r.a].c_str(), r.b_to_a[k]);
    }
    ImGui::Dummy(ImVec2(width, h + 4));
}

}  // namespace

void DrawCompareWindow(AppState& app, bool* p_open) {
    if (!BeginPanel("Compare###compare", p_open, app)) return;
    const Dataset& ds = *app.dataset;
    if (app.view.compare.empty()) app.view.compare = {"US", "CN"};
    // The chosen countries as removable chips, and a picker to add one.
    for (size_t i = 0; i < app.view.compare.size(); ++i) {
        if (ImGui::SmallButton((CountryLabel(app, app.view.compare[i]) + "  x").c_str()) && app.view.compare.size() > 2) {
            app.view.compare.erase(app.view.compare.begin() + static_cast<long>(i));
            break;
        }
        ImGui::SameLine();
    }
    if (app.view.compare.size() < 4) {
        ImGui::SetNextItemWidth(200 * app.ui_scale);
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
    Refresh(app);
    const Comparison& cmp = app.derived.comparison;
    if (cmp.profiles.size() < 2) {
        ImGui::TextUnformatted(Tr("Pick 2 to 4 countries to compare."));
        ImGui::End();
        return;
    }
    ImGui::BeginChild("cmp");
    const float width = ImGui::GetContentRegionAvail().x;
    const int cols = width < 520 * app.ui_scale ? 1 : static_cast<int>(cmp.profiles.size());
    if (ImGui::BeginTable("profiles", cols, ImGuiTableFlags_BordersInnerV)) {
        uint32_t max = 1;
        for (const auto& p : cmp.profiles)
            for (int m = 0; m < kMeasureCount; ++m)
                max = std::max({max, p.taken_by_measure[static_cast<size_t>(m)], p.received_by_measure[static_cast<size_t>(m)]});
        for (const CountryProfile& p : cmp.profiles) {
            ImGui::TableNextColumn();
            const float cw = ImGui::GetContentRegionAvail().x;
            ImGui::PushFont(BoldFont());
            ImGui::TextUnformatted(CountryLabel(app, p.country).c_str());
            ImGui::PopFont();
            ImGui::Text("%s: %u", Tr("Taken"), p.taken);
            MeasureBars(p.taken_by_measure, max, cw);
            ImGui::Text("%s: %u", Tr("Received"), p.received);
            MeasureBars(p.received_by_measure, max, cw);
            if (!p.vendors_targeted.empty()) {
                ImGui::TextDisabled("%s", Tr("Vendors targeted"));
                std::string list;
                for (size_t k = 0; k < std::min<size_t>(p.vendors_targeted.size(), 8); ++k)
                    list += (k ? ", " : "") + ds.vendors[p.vendors_targeted[k].first].name + " (" +
                            std::to_string(p.vendors_targeted[k].second) + ")";
                ImGui::TextWrapped("%s", list.c_str());
            }
            if (p.first_taken) ImGui::TextWrapped("%s: %s %s", Tr("First measure"), FormatDate(ds.events[*p.first_taken].date).c_str(), Bidi(ds.events[*p.first_taken].title).c_str());
            if (p.latest_taken) ImGui::TextWrapped("%s: %s %s", Tr("Latest measure"), FormatDate(ds.events[*p.latest_taken].date).c_str(), Bidi(ds.events[*p.latest_taken].title).c_str());
        }
        ImGui::EndTable();
    }
    ImGui::Separator();
    ImGui::PushFont(BoldFont());
    ImGui::TextUnformatted(Tr("Reciprocity"));
    ImGui::PopFont();
    for (const Reciprocity& r : cmp.pairs) ReciprocityChart(app, r, ImGui::GetContentRegionAvail().x);
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace rift
