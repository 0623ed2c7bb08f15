// Headless frames of the Cascades view: rows in the order states acted, a mark per act, hover and click select the
// event, the figures and their definition in English and German, a phone's layout, measure-type cascades.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/synth.h"
#include "ui/style.h"
#include "ui/windows.h"

#include "ui_fixture.h"

namespace rift {

namespace {

class CascadeFrames : public ::testing::Test {
protected:
    void SetUp() override {
        test::StartHeadlessImGui();
        test::LoadRealDataset(app);
    }
    void TearDown() override { ImGui::DestroyContext(); }

    void Frames(int n = 3) {
        for (int i = 0; i < n; ++i) test::RunFrame(app);
    }
    void ClickAt(float x, float y) { test::ClickAt(app, x, y); }
    void Click(const std::string& control) {
        ASSERT_TRUE(app.control_rects.count(control)) << control;
        const auto r = app.control_rects.at(control);
        ClickAt(r[0] + r[2] / 2, r[1] + r[3] / 2);
    }
    // The view and its scrolled rows (a child window whose name holds "cascade-rows").
    static std::string DrawnText(const std::string& part) { return test::DrawnTextMatching(part); }

    AppState app;
};

TEST_F(CascadeFrames, RowsAreTheStatesInOrderWithAMarkPerAct) {
    ApplyUrl(app, "view=cascade&vendor=tiktok,deepseek&families=1");
    Frames();
    const auto& cascades = app.derived.cascades;
    ASSERT_EQ(cascades.size(), 2u);
    EXPECT_EQ(app.dataset->vendors[cascades[0].key.id].id, "bytedance");  // rolled up to the family
    EXPECT_EQ(app.dataset->vendors[cascades[1].key.id].id, "deepseek");
    const std::string rows_text = DrawnText("cascade-rows");
    size_t at = 0, drawn_rows = 0;
    for (size_t r = 0; r < cascades[0].rows.size(); ++r) {
        const std::string key = "cascade-0-row-" + std::to_string(r);
        if (!app.control_rects.count(key)) break;  // below the fold
        if (r) {
            EXPECT_GT(app.control_rects.at(key)[1], app.control_rects.at("cascade-0-row-" + std::to_string(r - 1))[1]);
        }
        // Each row's state named after the one before it (a long name may be shortened: its first word).
        std::string name = test::WithoutSpaces(CountryLabel(app, cascades[0].rows[r].state));
        name = name.substr(0, std::min<size_t>(name.size(), 5));
        const size_t found = rows_text.find(name, at);
        ASSERT_NE(found, std::string::npos) << name << " after " << at;
        at = found;
        ++drawn_rows;
    }
    EXPECT_GE(drawn_rows, 8u);
    // A mark for each drawn row's first act, and the row's other marks are its later acts (one per pixel column).
    std::map<std::pair<size_t, size_t>, std::vector<EventIndex>> marks;
    for (const auto& m : app.cascade_marks) marks[{m.cascade, m.row}].push_back(m.event);
    for (const auto& [where, events] : marks) {
        const CascadeRow& row = cascades[where.first].rows[where.second];
        EXPECT_EQ(std::count(events.begin(), events.end(), row.first), 1);
        for (EventIndex e : events)
            EXPECT_TRUE(e == row.first || std::find(row.later.begin(), row.later.end(), e) != row.later.end());
        EXPECT_LE(events.size(), 1 + row.later.size());
    }
    // The figures and their definition are drawn.
    const std::string view_text = DrawnText("###cascade");
    EXPECT_NE(view_text.find("Whofollowedwhom"), std::string::npos);
    EXPECT_NE(view_text.find("Day0isthefirstact"), std::string::npos);
    EXPECT_NE(view_text.find("Medianlag"), std::string::npos);
}

TEST_F(CascadeFrames, HoverShowsTheEventAndClickSelectsIt) {
    ApplyUrl(app, "view=cascade&vendor=deepseek");
    Frames();
    ASSERT_EQ(app.derived.cascades.size(), 1u);
    const CascadeRow& row = app.derived.cascades[0].rows.at(2);
    const auto it = std::find_if(app.cascade_marks.begin(), app.cascade_marks.end(),
                                 [&](const auto& m) { return m.row == 2 && m.event == row.first; });
    ASSERT_NE(it, app.cascade_marks.end());
    const auto first = app.control_rects.at("cascade-0-first-2");
    EXPECT_NEAR(first[0] + first[2] / 2, it->x, 0.5f);
    ImGui::GetIO().MousePos = ImVec2(it->x, it->y);
    Frames(2);
    const ImGuiWindow* tooltip = ImGui::FindWindowByName("##Tooltip_00");
    EXPECT_TRUE(tooltip && tooltip->Active);
    ClickAt(it->x, it->y);
    ASSERT_TRUE(app.selected.has_value());
    EXPECT_EQ(*app.selected, row.first);
    EXPECT_EQ(app.view.event, app.dataset->events[row.first].id.str());
    // A later act of a row is a mark of its own that selects that act.
    for (size_t r = 0; r < app.derived.cascades[0].rows.size(); ++r) {
        const CascadeRow& other = app.derived.cascades[0].rows[r];
        if (other.later.empty()) continue;
        const auto later = std::find_if(app.cascade_marks.begin(), app.cascade_marks.end(),
                                        [&](const auto& m) { return m.row == r && m.event == other.later.back(); });
        if (later == app.cascade_marks.end()) continue;
        // Only a mark with no other within reach: the pointer picks the nearest.
        const bool alone = std::none_of(app.cascade_marks.begin(), app.cascade_marks.end(), [&](const auto& m) {
            return &m != &*later && std::abs(m.x - later->x) < 16 && std::abs(m.y - later->y) < 16;
        });
        if (!alone) continue;
        ClickAt(later->x, later->y);
        EXPECT_EQ(app.selected, std::optional<EventIndex>(other.later.back()));
        return;
    }
    ADD_FAILURE() << "no row with a later act drawn";
}

TEST_F(CascadeFrames, GermanAndPhone) {
    ApplyUrl(app, "view=cascade&vendor=tiktok,deepseek&families=1&lang=de");
    Frames();
    const std::string de = DrawnText("###cascade");
    EXPECT_NE(de.find("Werfolgtewem"), std::string::npos) << de.substr(0, 200);
    EXPECT_NE(de.find("Tag0istdieersteMaßnahme"), std::string::npos);
    EXPECT_NE(de.find("Abstand(Median)"), std::string::npos);

    ImGui::GetIO().DisplaySize = ImVec2(390, 844);
    ApplyUrl(app, "lang=en");
    Frames();
    ASSERT_TRUE(app.narrow);
    const std::string phone = DrawnText("###cascade");
    EXPECT_NE(phone.find("First:"), std::string::npos) << "the figures as lines, not a table";
    EXPECT_TRUE(app.control_rects.count("cascade-0-row-0"));
    const auto row = app.control_rects.at("cascade-0-row-0");
    EXPECT_LE(row[0] + row[2], 390.0f) << "rows fit the phone's width";
    EXPECT_FALSE(app.cascade_marks.empty());
}

TEST_F(CascadeFrames, MeasureTypesWithoutAVendorAndRemovingAKey) {
    ApplyUrl(app, "view=cascade&measure=usage_ban,app_ban");
    Frames();
    ASSERT_EQ(app.derived.cascades.size(), 2u);
    EXPECT_EQ(app.derived.cascades[0].key.kind, CascadeKey::Kind::Measure);
    EXPECT_GT(app.derived.cascades[1].rows.size(), 10u);
    Click("cascade-remove-1");
    Frames();
    EXPECT_EQ(app.view.filter.measures, std::vector<Measure>{Measure::UsageBan});
    ASSERT_EQ(app.derived.cascades.size(), 1u);

    ApplyUrl(app, "measure=&vendor=tiktok,deepseek");
    Frames();
    ASSERT_EQ(app.derived.cascades.size(), 2u);
    Click("cascade-remove-0");
    Frames();
    EXPECT_EQ(app.view.filter.vendors, std::vector<std::string>{"deepseek"});
    EXPECT_TRUE(app.control_rects.count("cascade-add"));
}

TEST_F(CascadeFrames, NothingChosenSaysWhatToDo) {
    ApplyUrl(app, "view=cascade");
    Frames();
    EXPECT_TRUE(app.derived.cascades.empty());
    EXPECT_NE(DrawnText("###cascade").find("Chooseonetofourvendors"), std::string::npos);
    EXPECT_TRUE(app.control_rects.count("cascade-add"));
}

TEST_F(CascadeFrames, ManyEventsDrawAndStayClickable) {
    SynthOptions o;
    o.events = 200'000;
    o.seed = 2014;
    LoadResult r;
    r.dataset = GenerateSynthetic(o);
    ASSERT_TRUE(ApplyDataset(app, std::move(r), "synthetic"));
    ApplyUrl(app, "view=cascade&vendor=vendor-0,vendor-1");
    Frames();
    ASSERT_EQ(app.derived.cascades.size(), 2u);
    EXPECT_GT(app.derived.cascades[0].acts, 1000u);
    // One mark per pixel column at most in a row: far fewer marks than acts.
    EXPECT_LT(app.cascade_marks.size(), app.derived.cascades[0].acts);
    const auto& m = app.cascade_marks.front();
    ClickAt(m.x, m.y);
    EXPECT_TRUE(app.selected.has_value());
}

}  // namespace

}  // namespace rift
