// Headless UI test: real ImGui frames of every window without a GPU, driving selection, filters, playback, compare.
#include <gtest/gtest.h>
#include <imgui.h>

#include "core/io.h"
#include "ui/style.h"
#include "ui/windows.h"
#include "ui_fixture.h"

namespace rift {

namespace {

class Frames : public ::testing::Test {
protected:
    void SetUp() override {
        test::StartHeadlessImGui();
        test::LoadRealDataset(app);
    }
    void TearDown() override { ImGui::DestroyContext(); }

    // One frame: input, state update, every window's drawing, Render.
    void Frame(double dt = 1.0 / 60.0) { total_vertices += test::RunFrame(app, dt); }
    void Frames_(int n) {
        for (int i = 0; i < n; ++i) Frame();
    }

    AppState app;
    long total_vertices = 0;
};

}  // namespace

TEST_F(Frames, EveryViewDraws) {
    for (View v : {View::Timeline, View::Compare, View::Vendors, View::Events}) {
        app.view.view = v;
        total_vertices = 0;
        Frames_(3);
        EXPECT_GT(total_vertices, 1000) << kViewNames[static_cast<size_t>(v)];
    }
    app.show_about = true;
    app.show_share = true;
    Frames_(2);
    EXPECT_TRUE(app.show_about);
}

TEST_F(Frames, FilterNarrowsSelectionEverywhere) {
    Frames_(2);
    const size_t all = app.derived.selection.size();
    EXPECT_EQ(all, app.dataset->size());
    app.view.filter.actors = {"CN"};
    app.view.filter.measures = {Measure::ExportControl};
    Frames_(2);
    EXPECT_LT(app.derived.selection.size(), all);
    EXPECT_GT(app.derived.selection.size(), 0u);
    for (EventIndex i : app.derived.selection) {
        EXPECT_EQ(app.dataset->countries[app.dataset->events[i].actor], "CN");
        EXPECT_EQ(app.dataset->events[i].measure, Measure::ExportControl);
    }
    EXPECT_NE(CurrentUrl(app).find("actor=CN&measure=export_control"), std::string::npos) << CurrentUrl(app);
    ClearFilters(app);
    Frames_(1);
    EXPECT_EQ(app.derived.selection.size(), all);
}

TEST_F(Frames, SelectingShowsDetailsAndChain) {
    auto idx = app.dataset->FindEvent("us-2014-05-19-pla-unit61398-indictment");
    ASSERT_TRUE(idx);
    SelectEvent(app, *idx);
    Frames_(2);
    EXPECT_EQ(app.view.event, "us-2014-05-19-pla-unit61398-indictment");
    EXPECT_GE(app.dataset->events[*idx].answered_by.size(), 2u);
    EXPECT_NE(CurrentUrl(app).find("event=us-2014-05-19-pla-unit61398-indictment"), std::string::npos);
}

TEST_F(Frames, ArabicSourceTitleHasJoinedGlyphs) {
    // The Elnashra source title is Arabic: the atlas holds the presentation forms core/bidi shapes it to.
    auto idx = app.dataset->FindEvent("ru-2022-07-18-google-21bn-rouble-fine");
    ASSERT_TRUE(idx);
    SelectEvent(app, *idx);
    Frames_(2);
    for (ImFont* font : {ImGui::GetIO().Fonts->Fonts[0], BoldFont()})
        for (ImWchar c : std::initializer_list<ImWchar>{0xFEDE, 0xFECF, 0xFEEE, 0xFEE3, 0xFE8E, 0xFEFB})
            EXPECT_NE(font->FindGlyphNoFallback(c), nullptr) << std::hex << c;
    EXPECT_EQ(Bidi("Elnashra: \u063A\u0648\u063A\u0644"), "Elnashra: \uFEDE\uFECF\uFEEE\uFECF");
}

TEST_F(Frames, PlaybackMovesCursorAndCaptions) {
    Frames_(1);
    SetCursor(app, ParseDate("2014-05-01")->day);
    app.clock.speed = 10;  // days per second
    TogglePlay(app);
    ASSERT_TRUE(app.clock.playing);
    for (int i = 0; i < 8; ++i) Frame(0.25);  // two seconds: 20 days (exact in binary)
    EXPECT_EQ(FormatDay(CursorDay(app.clock)), "2014-05-21");
    EXPECT_NE(app.caption.find("2014-05-2"), std::string::npos) << app.caption;
    TogglePlay(app);
    StepEvent(app, +1);
    Frames_(1);
    EXPECT_TRUE(app.selected.has_value());
    EXPECT_EQ(app.dataset->events[*app.selected].date.day, CursorDay(app.clock));
}

TEST_F(Frames, CompareAndVendorsAtCursor) {
    app.view.view = View::Compare;
    app.view.compare = {"US", "CN", "GB"};
    Frames_(2);
    ASSERT_EQ(app.derived.comparison.profiles.size(), 3u);
    EXPECT_EQ(app.derived.comparison.pairs.size(), 3u);
    EXPECT_GT(app.derived.comparison.profiles[0].taken, 50u);
    app.view.view = View::Vendors;
    SetCursor(app, ParseDate("2013-01-01")->day);
    Frames_(1);
    const size_t early = app.derived.vendor_cells.size();
    SetCursor(app, ParseDate("2025-06-01")->day);
    Frames_(1);
    EXPECT_GT(app.derived.vendor_cells.size(), early);
}

TEST_F(Frames, PhoneLayoutAndGermanAndDark) {
    ImGui::GetIO().DisplaySize = ImVec2(360, 740);
    app.view.lang = "de";
    app.view.theme = "dark";
    ApplyTheme(true, 1.0f);
    for (Panel p : {Panel::Main, Panel::Filters, Panel::Details}) {
        app.phone_panel = p;
        Frames_(2);
    }
    EXPECT_EQ(CountryLabel(app, "DE"), "Deutschland");
}

TEST_F(Frames, BadDatasetKeepsTheOldOne) {
    const auto before = app.dataset;
    EXPECT_FALSE(ApplyDataset(app, LoadDataset("{\"schema\":\"1.0\",\"events\":[", ""), "broken.json"));
    EXPECT_EQ(app.dataset, before);
    ASSERT_FALSE(app.load_problems.empty());
    EXPECT_NE(app.load_problems[0].find("not valid JSON"), std::string::npos);
    Frames_(2);
}

TEST_F(Frames, BadUrlValuesBecomeNotices) {
    ApplyUrl(app, "view=galaxy&actor=US,XX&event=nope");
    Frames_(1);
    EXPECT_EQ(app.view.filter.actors, (std::vector<std::string>{"US"}));
    EXPECT_GE(app.notices.size(), 3u);
}

}  // namespace rift
