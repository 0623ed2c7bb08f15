// Headless UI test: real ImGui frames of every window without a GPU, driving selection, filters, playback, compare.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

#include "core/font_pack.h"
#include "core/io.h"
#include "core/packed.h"
#include "core/synth.h"
#include "ui/style.h"
#include "ui/i18n.h"
#include "ui/touch.h"
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

    // A tap on a named control: the pointer moves there, presses and releases, a frame each.
    void Click(const std::string& control) {
        ASSERT_TRUE(app.control_rects.count(control)) << control;
        const auto r = app.control_rects.at(control);
        test::ClickAt(app, r[0] + r[2] / 2, r[1] + r[3] / 2);
    }

    AppState app;
    long total_vertices = 0;
};

}  // namespace

// Each view's own window draws its text (not only the header and side panels around it); About and Share open as
// dialogs with their text. (The Map, with its geometry, is map_frames_test's.)
TEST_F(Frames, EveryViewDraws) {
    for (View v : {View::Timeline, View::Compare, View::Vendors, View::Events}) {
        app.view.view = v;
        Frames_(3);
        const std::string window = "###" + std::string(kViewNames[static_cast<size_t>(v)]);
        EXPECT_GT(test::DrawnText(window.c_str()).size(), 40u) << window;
    }
    app.show_about = true;
    Frames_(2);
    EXPECT_NE(test::DrawnText("About").find("Rift"), std::string::npos);
    // In German, About is German throughout: its prose, the dataset's figures and where the data came from.
    app.view.lang = Lang::De;
    app.loaded_from = "built-in dataset";  // the origin the page gives its own data (web/bridge.js)
    Frames_(2);
    const std::string about = test::WithoutSpaces(test::DrawnText(Tr("About")));
    EXPECT_NE(about.find("WieEreignisseausgewähltwerden"), std::string::npos) << about.substr(0, 300);
    EXPECT_NE(about.find("mitgelieferterDatensatz"), std::string::npos) << about.substr(0, 300);
    EXPECT_NE(about.find(test::WithoutSpaces(std::to_string(app.dataset->size()) + " Ereignisse von")), std::string::npos);
    for (const char* english : {"Howeventsarechosen", "Licence:", "Citeas:", "eventsby", "built-in"})
        EXPECT_EQ(about.find(english), std::string::npos) << english;
    app.view.lang = Lang::En;
    app.show_about = false;
    app.show_share = true;
    Frames_(2);
    EXPECT_NE(test::DrawnText("Share").find("iframe"), std::string::npos) << test::DrawnText("Share").substr(0, 200);
}

// The page fetches its German text (assets/de.bin) when it first shows German: what arrives later reaches the lines
// cached across frames (the summary), a broken file changes nothing, and Tr reads the table it was given.
TEST_F(Frames, GermanTextThatArrivesLaterReachesTheCachedLines) {
    struct Restore {  // the built-in table back for the other tests, whatever happens here
        ~Restore() {
            std::string error;
            EXPECT_TRUE(AddLanguage(Lang::De, WriteTextPack(BuiltInGerman()), error)) << error;
        }
    } restore;
    app.view.lang = Lang::De;
    Frames_(2);
    EXPECT_NE(app.derived.summary_line.find(" Maßnahmen"), std::string::npos) << app.derived.summary_line;
    const uint32_t before = TextVersion();
    const TextPair other[] = {{"measures", "Schritte"}, {"All states", "Alle Länder"}};
    std::string error;
    ASSERT_TRUE(AddLanguage(Lang::De, WriteTextPack(other), error)) << error;
    EXPECT_NE(TextVersion(), before);
    Frames_(1);
    EXPECT_NE(app.derived.summary_line.find(" Schritte"), std::string::npos) << app.derived.summary_line;
    EXPECT_EQ(app.derived.summary_line.find(" Maßnahmen"), std::string::npos) << app.derived.summary_line;
    EXPECT_STREQ(Tr("Timeline"), "Timeline");  // not in that table: English
    EXPECT_FALSE(AddLanguage(Lang::De, "RIFTTEXT 1\nmeasures", error));
    EXPECT_EQ(error, "byte 11: an English text without its closing NUL byte");
    EXPECT_STREQ(Tr("measures"), "Schritte");  // the table before stays
    EXPECT_TRUE(HasLanguage(Lang::De));
}

// Phones scroll lists by swiping: the page asks what is under a finger (a list scrolls, the header is the page's),
// and a swipe moves the list under it by as many pixels as the finger moved (never past either end).
TEST_F(Frames, SwipesScrollTheListUnderTheFinger) {
    ImGui::GetIO().DisplaySize = ImVec2(390, 844);
    app.view.view = View::Events;
    Frames_(3);
    ASSERT_TRUE(app.narrow);
    const auto search = app.control_rects.at("view-menu");
    EXPECT_EQ(TouchRegionAt(app, search[0] + 2, search[1] + 2), TouchRegion::Page) << "the header does not scroll";
    const float x = 195, y = 500;
    const TouchRegion list = TouchRegionAt(app, x, y);
    ASSERT_TRUE(list == TouchRegion::Scroll || list == TouchRegion::ScrollBoth) << static_cast<int>(list);
    EXPECT_EQ(TouchScrollAt(x, y), 0.0f);
    TouchScroll(app, x, y, 0, -150);  // a swipe up by 150 px
    Frames_(2);
    EXPECT_FLOAT_EQ(TouchScrollAt(x, y), 150.0f);
    TouchScroll(app, x, y, 0, 60);
    TouchScroll(app, x, y, 0, 40);  // two moves before the next frame add up
    Frames_(2);
    EXPECT_FLOAT_EQ(TouchScrollAt(x, y), 50.0f);
    TouchScroll(app, x, y, 0, 5000);  // never past the top
    Frames_(2);
    EXPECT_FLOAT_EQ(TouchScrollAt(x, y), 0.0f);
    TouchScroll(app, x, y, 0, -1e6f);  // or the end
    Frames_(2);
    EXPECT_GT(TouchScrollAt(x, y), 1000.0f);
}

// "By company" rolls the Vendors matrix up to families: TikTok's rows go into ByteDance's, no row is a product of
// another vendor, and the choice is in the link.
TEST_F(Frames, VendorsRollUpToCompanies) {
    app.view.view = View::Vendors;
    Frames_(2);
    const VendorId tiktok = *app.dataset->FindVendor("tiktok");
    auto rows = [&] { return app.derived.vendor_grid.vendors; };
    ASSERT_NE(std::find(rows().begin(), rows().end(), tiktok), rows().end()) << "TikTok has its own row";
    Click("vendors-families");
    Frames_(1);
    EXPECT_TRUE(app.view.families);
    EXPECT_NE(CurrentUrl(app).find("families=1"), std::string::npos) << CurrentUrl(app);
    const auto rolled = rows();
    EXPECT_EQ(std::find(rolled.begin(), rolled.end(), tiktok), rolled.end());
    EXPECT_NE(std::find(rolled.begin(), rolled.end(), *app.dataset->FindVendor("bytedance")), rolled.end());
    for (VendorId v : rolled) EXPECT_FALSE(app.dataset->vendors[v].parent) << app.dataset->vendors[v].id;
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

// Details' Cite section: opened, it shows the format chosen of four, and its Copy button puts its text on the clipboard;
// About's "Cite the dataset" the same for the release.
TEST_F(Frames, CiteCopiesEachFormat) {
    std::string clipboard;
    app.hooks.set_clipboard = [&](const std::string& text) { clipboard = text; };
    auto idx = app.dataset->FindEvent("us-2014-05-19-pla-unit61398-indictment");
    ASSERT_TRUE(idx);
    SelectEvent(app, *idx);
    Frames_(2);
    Click("cite");
    Frames_(1);
    for (const char* format : kCiteFormatNames) {
        Click(std::string("cite-format-") + format);
        Click(std::string("cite-copy-") + format);
        EXPECT_EQ(clipboard, CiteFor(app, idx, *ParseCiteFormat(format))) << format;
    }
    EXPECT_EQ(clipboard.rfind("TY  - ELEC\r\n", 0), 0u);
    app.show_about = true;
    Frames_(2);
    Click("cite-dataset");
    Frames_(1);
    Click("cite-dataset-format-bibtex");
    Click("cite-dataset-copy-bibtex");
    EXPECT_EQ(clipboard.rfind("@misc{rift-dataset-" + app.dataset->version + ",", 0), 0u) << clipboard;
}

// Follow: Details offers the feeds of the event's actor and of its vendors' families, About the all-events feed,
// each beside the page; a page with no feeds beside it (the single file, file://) offers none.
TEST_F(Frames, FollowOpensTheFeedsBesideThePage) {
    std::string page = "https://example.org/rift/index.html", opened;
    app.hooks.page_url = [&] { return page; };
    app.hooks.open_url = [&](const std::string& url) { opened = url; };
    const Dataset& ds = *app.dataset;
    const VendorId tiktok = *ds.FindVendor("tiktok");
    std::optional<EventIndex> idx;
    for (EventIndex i = 0; i < ds.size() && !idx; ++i)
        for (VendorId v : ds.events[i].vendors)
            if (v == tiktok) idx = i;
    ASSERT_TRUE(idx);
    SelectEvent(app, *idx);
    Frames_(2);
    Click("follow-actor");
    EXPECT_EQ(opened, "https://example.org/rift/feeds/actor/" + ds.countries[ds.events[*idx].actor] + ".atom");
    Click("follow-vendor-bytedance");  // TikTok's family, named by the company at its top
    EXPECT_EQ(opened, "https://example.org/rift/feeds/vendor/bytedance.atom");
    EXPECT_EQ(app.control_rects.count("follow-vendor-tiktok"), 0u);
    app.show_about = true;
    Frames_(2);
    Click("follow-all");
    EXPECT_EQ(opened, "https://example.org/rift/feeds/all.atom");
    page = "file:///home/reader/rift-offline.html";
    app.control_rects.clear();
    Frames_(2);
    EXPECT_EQ(app.control_rects.count("follow-all"), 0u);
    EXPECT_EQ(app.control_rects.count("follow-actor"), 0u);
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

TEST_F(Frames, LongRightToLeftTextEndsWithAnEllipsisAtItsLeft) {
    Frames_(1);  // the atlas and the current font, which CalcTextSize measures with
    auto width = [](const std::string& s) { return ImGui::CalcTextSize(s.c_str()).x; };
    const std::string ellipsis = "\xE2\x80\xA6";
    // The Arabic source title (its letters are in the atlas).
    const std::string title = "\u0645\u062D\u0643\u0645\u0629 \u0631\u0648\u0633\u064A\u0629 \u0641\u0631\u0636\u062A "
                              "\u063A\u0631\u0627\u0645\u0629 \u062C\u062F\u064A\u062F\u0629 \u0628\u0642\u064A\u0645\u0629 21 "
                              "\u0645\u0644\u064A\u0627\u0631 \u0631\u0648\u0628\u0644 \u0639\u0644\u0649 \u063A\u0648\u063A\u0644";
    const float full = width(Bidi(title));
    ASSERT_GT(full, 100.0f);
    EXPECT_EQ(FitTextBidi(title, full + 1), Bidi(title));
    for (float max : {full * 0.7f, full / 2, full / 4}) {
        const std::string cut = FitTextBidi(title, max);
        EXPECT_LE(width(cut), max);
        EXPECT_GT(width(cut), max - 40) << "keeps as much as fits";
        // Right to left: the text goes on to the left, where the "…" is; its first word stays at the right.
        EXPECT_EQ(cut.substr(0, ellipsis.size()), ellipsis) << max;
        EXPECT_EQ(cut.substr(cut.size() - 8), Bidi(title).substr(Bidi(title).size() - 8)) << max;
    }
    EXPECT_EQ(FitTextBidi(title, 1), ellipsis);
    // Left-to-right text, with or without Arabic in it, ends at the right.
    EXPECT_EQ(FitTextBidi("Federal Communications Commission", 80), FitText("Federal Communications Commission", 80));
    const std::string mixed = "Elnashra: " + title;
    const std::string cut = FitTextBidi(mixed, full / 2);
    EXPECT_LE(width(cut), full / 2);
    EXPECT_EQ(cut.substr(0, 10), "Elnashra: ");
    EXPECT_EQ(cut.substr(cut.size() - ellipsis.size()), ellipsis);
}

// The pack format of core/font_pack.h, written from parsed faces (to split the embedded pack as gen_font.py splits
// the page's).
std::vector<uint8_t> WritePack(const std::vector<FontFace>& faces) {
    std::vector<uint8_t> p = {'R', 'F', 'P', '1', static_cast<uint8_t>(faces.size())};
    auto u16 = [&](uint32_t v) {
        p.push_back(static_cast<uint8_t>(v));
        p.push_back(static_cast<uint8_t>(v >> 8));
    };
    for (const FontFace& f : faces) {
        p.push_back(static_cast<uint8_t>(f.role));
        u16(static_cast<uint32_t>(std::lround(f.size * 1000.0f)));
        u16(static_cast<uint32_t>(f.ranges.size() / 2));
        for (size_t k = 0; k + 1 < f.ranges.size(); ++k) u16(f.ranges[k]);
        const auto n = static_cast<uint32_t>(f.bytes.size());
        for (int k = 0; k < 4; ++k) p.push_back(static_cast<uint8_t>(n >> (8 * k)));
        p.insert(p.end(), f.bytes.begin(), f.bytes.end());
    }
    return p;
}

TEST_F(Frames, ExtraFontPackAddsItsScriptsBetweenFrames) {
    // The page's way: the base pack first (Inter with the first view's characters), the extra pack (the rest of
    // Inter's, and Arabic) after the first frame.
    std::string error;
    auto faces = ParseFontPack(EmbeddedFontPack(), error);
    ASSERT_TRUE(faces) << error;
    std::vector<FontFace> base, extra;
    ImWchar more = 0;  // one of Inter's characters that the first view does not use
    for (const FontFace& f : *faces) {
        (f.role == FontRole::Regular || f.role == FontRole::Bold ? base : extra).push_back(f);
        if (f.role == FontRole::MoreRegular) more = f.ranges.front();
    }
    ASSERT_FALSE(extra.empty());
    ASSERT_NE(more, 0);
    const std::vector<uint8_t> base_pack = WritePack(base), extra_pack = WritePack(extra);
    const ImWchar lam = 0xFEDE;  // a presentation form of the Arabic source title
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;

    ASSERT_TRUE(LoadFonts(base_pack, 1.0f, false, error)) << error;
    EXPECT_FALSE(FontsComplete());
    for (const ImWchar c : {lam, more})
        for (ImFont* font : {atlas.Fonts[0], BoldFont()}) EXPECT_EQ(font->FindGlyphNoFallback(c), nullptr) << c;
    EXPECT_NE(atlas.Fonts[0]->FindGlyphNoFallback('A'), nullptr);
    EXPECT_EQ(atlas.TexID, nullptr);  // a new atlas: the renderer uploads it before the next frame
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
    Frames_(1);

    // A broken extra pack changes nothing; a base pack is not an extra one.
    EXPECT_FALSE(AddFonts(std::vector<uint8_t>{'R', 'F', 'P', '1', 1, 2}, error));
    EXPECT_FALSE(AddFonts(base_pack, error));
    EXPECT_EQ(error, "font pack, byte " + std::to_string(base_pack.size()) +
                         ": an extra pack holds only faces merged into the body font or the headings");
    EXPECT_FALSE(FontsComplete());
    EXPECT_NE(atlas.TexID, nullptr);

    ASSERT_TRUE(AddFonts(extra_pack, error)) << error;
    EXPECT_TRUE(FontsComplete());
    EXPECT_EQ(atlas.TexID, nullptr);
    for (const ImWchar c : {lam, more})
        for (ImFont* font : {atlas.Fonts[0], BoldFont()}) EXPECT_NE(font->FindGlyphNoFallback(c), nullptr) << c;
    // The headings' further characters are drawn in the headings' face, not the body's (same advance as the bold
    // face's own glyph for it would give; the regular face's is narrower for most letters).
    EXPECT_NE(atlas.Fonts[0]->FindGlyphNoFallback(more)->AdvanceX * 1.2f, BoldFont()->FindGlyphNoFallback(more)->AdvanceX);
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
    auto idx = app.dataset->FindEvent("ru-2022-07-18-google-21bn-rouble-fine");
    ASSERT_TRUE(idx);
    SelectEvent(app, *idx);
    Frames_(2);
    EXPECT_GT(total_vertices, 0);
}

TEST_F(Frames, PlaybackMovesCursorAndCaptions) {
    Frames_(1);
    SetCursor(app, ParseDate("2014-05-01")->day);
    app.clock.speed = 10;  // days per second
    TogglePlay(app);
    ASSERT_TRUE(app.clock.playing);
    for (int i = 0; i < 8; ++i) Frame(0.25);  // two seconds: 20 days (exact in binary)
    EXPECT_EQ(FormatDay(CursorDay(app.clock)), "2014-05-21");
    // The caption names the newest event the cursor passed (counted from the data, not written here).
    const auto& days = app.derived.selection_days;
    const auto newest = std::upper_bound(days.begin(), days.end(), CursorDay(app.clock)) - days.begin() - 1;
    ASSERT_GE(newest, 0);
    ASSERT_GE(days[static_cast<size_t>(newest)], ParseDate("2014-05-01")->day) << "an event passed while playing";
    const Event& e = app.dataset->events[app.derived.selection[static_cast<size_t>(newest)]];
    EXPECT_EQ(app.caption, FormatDate(e.date) + " · " + e.title.str());
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
    ASSERT_EQ(app.derived.compare_profiles.size(), 3u);
    EXPECT_EQ(app.derived.compare_timeline.pairs.size(), 3u);
    EXPECT_GT(app.derived.compare_profiles[0].taken, 50u);
    app.view.view = View::Vendors;
    SetCursor(app, ParseDate("2013-01-01")->day);
    Frames_(1);
    const size_t early = app.derived.vendor_cells.size();
    SetCursor(app, ParseDate("2025-06-01")->day);
    Frames_(1);
    EXPECT_GT(app.derived.vendor_cells.size(), early);
}

// Sums one country's counts over every period and measure.
uint32_t Total(const std::vector<uint32_t>& counts) {
    uint32_t n = 0;
    for (uint32_t c : counts) n += c;
    return n;
}

TEST_F(Frames, CompareTimeChartFollowsTheCursor) {
    app.view.view = View::Compare;
    app.view.compare = {"US", "CN"};
    Frames_(2);
    const CompareTimeline& t = app.derived.compare_timeline;
    ASSERT_EQ(t.countries.size(), 2u);
    EXPECT_EQ(t.bucket, TimeBucket::Year);
    const size_t periods = t.periods;
    EXPECT_GE(periods, 10u);
    // At the end every event is counted: the chart adds up to the profile beside it.
    EXPECT_EQ(Total(t.countries[0].taken), app.derived.compare_profiles[0].taken);
    EXPECT_EQ(Total(t.countries[1].received), app.derived.compare_profiles[1].received);
    // Before the end only the events up to the cursor, on the same axis.
    const Dataset& ds = *app.dataset;
    const CountryId us = *ds.FindCountry("US");
    for (const char* date : {"2016-01-01", "2019-05-16", "2012-01-01"}) {
        SetCursor(app, ParseDate(date)->day);
        Frames_(1);
        uint32_t us_taken = 0;
        for (EventIndex i : app.derived.selection)
            if (ds.cols.day[i] <= CursorDay(app.clock) && ds.cols.actor[i] == us) ++us_taken;
        EXPECT_EQ(Total(t.countries[0].taken), us_taken) << date;
        EXPECT_EQ(app.derived.compare_profiles[0].taken, us_taken) << date;  // the profile beside it too
        EXPECT_EQ(t.periods, periods);
    }
    SetCursor(app, app.clock.end);
    Frames_(1);
    EXPECT_EQ(Total(t.countries[0].taken), app.derived.compare_profiles[0].taken);
}

TEST_F(Frames, ReciprocityFollowsTheCursor) {
    app.view.view = View::Compare;
    app.view.compare = {"US", "CN", "GB"};
    Frames_(2);
    const CompareTimeline& t = app.derived.compare_timeline;
    ASSERT_EQ(t.pairs.size(), 3u);
    EXPECT_TRUE(app.control_rects.count("compare-pair-0"));
    EXPECT_TRUE(app.control_rects.count("compare-pair-2"));
    const size_t periods = t.periods;
    const uint32_t peak = app.derived.compare_pair_peak;
    EXPECT_EQ(peak, PairPeakOf(t));  // at the end: the tallest bar with everything counted
    const Dataset& ds = *app.dataset;
    const CountryId us = *ds.FindCountry("US"), cn = *ds.FindCountry("CN");
    const Reciprocity whole = ReciprocityOf(ds, app.derived.selection, us, cn, t.bucket);
    auto aims_at = [&](EventIndex i, CountryId target) {
        for (uint32_t k = ds.cols.target_begin[i]; k < ds.cols.target_begin[i + 1]; ++k)
            if (ds.cols.targets[k] == target) return true;
        return false;
    };
    // Playing from 2016 on: US→CN and CN→US count only the events up to the cursor, on the same axis and scale.
    SetCursor(app, ParseDate("2016-01-01")->day);
    TogglePlay(app);
    for (int step = 0; step < 4; ++step) {
        Frames_(5);
        uint32_t us_cn = 0, cn_us = 0;
        for (EventIndex i : app.derived.selection) {
            if (ds.cols.day[i] > CursorDay(app.clock)) break;
            if (ds.cols.actor[i] == us && aims_at(i, cn)) ++us_cn;
            if (ds.cols.actor[i] == cn && aims_at(i, us)) ++cn_us;
        }
        EXPECT_EQ(Total(t.pairs[0].a_to_b), us_cn) << FormatDay(CursorDay(app.clock));
        EXPECT_EQ(Total(t.pairs[0].b_to_a), cn_us) << FormatDay(CursorDay(app.clock));
        EXPECT_LT(us_cn + cn_us, Total(whole.a_to_b) + Total(whole.b_to_a));
        EXPECT_EQ(t.periods, periods);
        EXPECT_EQ(app.derived.compare_pair_peak, peak);
        EXPECT_TRUE(app.control_rects.count("compare-pair-0"));
    }
    TogglePlay(app);
    SetCursor(app, app.clock.end);
    Frames_(1);
    EXPECT_EQ(t.pairs[0].a_to_b, whole.a_to_b);
    EXPECT_EQ(t.pairs[0].b_to_a, whole.b_to_a);
}

TEST_F(Frames, CompareTimeChartHoverAndClickNarrowTheDates) {
    app.view.view = View::Compare;
    app.view.compare = {"US", "CN"};
    Frames_(2);
    const CompareTimeline& t = app.derived.compare_timeline;
    ASSERT_TRUE(app.control_rects.count("compare-chart-1"));
    const auto r = app.control_rects["compare-chart-1"];
    // The middle of the bar for 2020, half-way down China's chart.
    const auto period = static_cast<size_t>(2020 - 1970 - t.first);
    ASSERT_LT(period, t.periods);
    const float bw = r[2] / static_cast<float>(t.periods);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(r[0] + bw * (static_cast<float>(period) + 0.5f), r[1] + r[3] / 2);
    Frame();
    EXPECT_EQ(app.compare_hover_period, static_cast<int>(period));
    Frame();  // the other column shows the same period highlighted
    io.MouseDown[0] = true;
    Frame();
    io.MouseDown[0] = false;
    Frame();
    ASSERT_TRUE(app.view.filter.from && app.view.filter.to);
    EXPECT_EQ(FormatDate(*app.view.filter.from), "2020");
    EXPECT_EQ(FormatDate(*app.view.filter.to), "2020");
    io.MousePos = ImVec2(-100, -100);
    Frames_(2);
    EXPECT_EQ(app.compare_hover_period, -1);
    for (EventIndex i : app.derived.selection) EXPECT_EQ(CivilFromDays(app.dataset->cols.day[i]).year, 2020);
    // One year: the chart now shows its quarters.
    EXPECT_EQ(t.bucket, TimeBucket::Quarter);
    EXPECT_LE(t.periods, 4u);
    EXPECT_NE(CurrentUrl(app).find("from=2020"), std::string::npos) << CurrentUrl(app);
}

TEST_F(Frames, FilterCountsAtTheCursor) {
    Frames_(1);
    const Dataset& ds = *app.dataset;
    const auto& actors = app.derived.facet_tally.counts[static_cast<size_t>(Facet::Actor)];
    const CountryId us = *ds.FindCountry("US");
    const uint32_t all_us = actors[us];
    EXPECT_EQ(actors, FacetCounts(ds, app.view.filter, Facet::Actor));
    app.view.filter.measures = {Measure::ExportControl, Measure::EntityListing};
    SetCursor(app, ParseDate("2019-06-01")->day);
    Frames_(1);
    // The counts are those of a filter that ends at the cursor.
    FilterSpec upto = app.view.filter;
    upto.to = ParseDate("2019-06-01");
    for (size_t f = 0; f < kFacetCount; ++f)
        EXPECT_EQ(app.derived.facet_tally.counts[f], FacetCounts(ds, upto, static_cast<Facet>(f))) << f;
    EXPECT_LT(actors[us], all_us);
    // Playing on moves them with the cursor.
    app.clock.speed = 200;
    TogglePlay(app);
    for (int i = 0; i < 30; ++i) Frame(0.1);
    TogglePlay(app);
    upto.to = Date{CursorDay(app.clock), Precision::Day};
    EXPECT_GT(CursorDay(app.clock), ParseDate("2020-01-01")->day);
    for (size_t f = 0; f < kFacetCount; ++f)
        EXPECT_EQ(app.derived.facet_tally.counts[f], FacetCounts(ds, upto, static_cast<Facet>(f))) << f;
    SetCursor(app, app.clock.end);
    Frames_(1);
    EXPECT_EQ(app.derived.facet_tally.counted, ds.size());
}

// A million events playing with the Filters and Compare shown: counts and charts follow the cursor by the events it
// passes, not by recounting everything each frame.
TEST_F(Frames, MillionEventsPlaybackStaysCheap) {
    SynthOptions o;
    o.events = 1'000'000;
    o.seed = 2014;
    LoadResult r;
    r.dataset = GenerateSynthetic(o);
    ASSERT_TRUE(ApplyDataset(app, std::move(r), "synthetic"));
    app.view.view = View::Compare;
    app.view.compare = {app.dataset->countries[0], app.dataset->countries[1], app.dataset->countries[2]};
    app.show_filters = true;
    Frames_(2);
    SetCursor(app, app.clock.start + (app.clock.end - app.clock.start) * 0.6);  // synthetic events grow denser
    Frames_(1);
    TogglePlay(app);
    std::vector<double> ms;
    for (int i = 0; i < 240; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        Frame();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    TogglePlay(app);
    std::sort(ms.begin(), ms.end());
    FilterSpec upto;
    upto.to = Date{CursorDay(app.clock), Precision::Day};
    const auto r0 = std::chrono::steady_clock::now();
    size_t recounted = 0;
    for (size_t f = 0; f < kFacetCount; ++f) recounted += Total(FacetCounts(*app.dataset, upto, static_cast<Facet>(f)));
    const double recount = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - r0).count();
    std::printf("1M events, Compare and Filters while playing: median frame %.2f ms, slowest %.2f ms "
                "(recounting the six facets once: %.1f ms, %zu of %zu events passed)\n", ms[ms.size() / 2], ms.back(), recount,
                app.derived.facet_tally.counted, app.dataset->size());
    EXPECT_GT(recounted, 0u);
    EXPECT_EQ(app.derived.facet_tally.counts[static_cast<size_t>(Facet::Actor)], FacetCounts(*app.dataset, upto, Facet::Actor));
    EXPECT_GT(app.derived.facet_tally.counted, 0u);
    EXPECT_LT(app.derived.facet_tally.counted, app.dataset->size());
}

// The scrubber's date is drawn beside its grab, never under it, wherever the cursor is: on a desktop, a phone and in
// an embed (where it is the only date shown). Read back from the Playback window's draw list: the glyphs drawn inside
// the scrubber, and the grab's filled rectangle in its colour.
TEST_F(Frames, ScrubberDateBesideItsGrab) {
    struct Layout { ImVec2 size; bool embed; };
    for (const Layout& layout : {Layout{{1440, 900}, false}, Layout{{390, 844}, false}, Layout{{700, 480}, true}}) {
        ImGui::GetIO().DisplaySize = layout.size;
        app.view.embed = layout.embed;
        for (double f : {0.0, 0.2, 0.45, 0.5, 0.55, 0.8, 1.0}) {
            SetCursor(app, app.clock.start + f * (app.clock.end - app.clock.start));
            Frames_(2);
            const std::string where = std::to_string(static_cast<int>(layout.size.x)) + " px, cursor at " + std::to_string(f);
            ASSERT_TRUE(app.control_rects.count("scrub")) << where;
            const auto r = app.control_rects.at("scrub");  // x, y, width, height
            const auto inside = [&](const ImVec2& p) {
                return p.x >= r[0] && p.x <= r[0] + r[2] && p.y >= r[1] && p.y <= r[1] + r[3];
            };
            const auto glyphs = test::GlyphsByUv();
            const ImGuiWindow* window = ImGui::FindWindowByName("Playback###playback");
            ASSERT_NE(window, nullptr);
            const auto& vtx = window->DrawList->VtxBuffer;
            const ImU32 grab_cols[] = {ImGui::GetColorU32(ImGuiCol_SliderGrab), ImGui::GetColorU32(ImGuiCol_SliderGrabActive)};
            std::string text;
            float text_lo = 1e9f, text_hi = -1e9f, grab_lo = 1e9f, grab_hi = -1e9f;
            for (int i = 0; i + 1 < vtx.Size; ++i) {
                if (!inside(vtx[i].pos)) continue;
                const auto g = glyphs.find({vtx[i].uv.x, vtx[i].uv.y});
                if (g != glyphs.end()) {
                    text += static_cast<char>(g->second);
                    text_lo = std::min(text_lo, vtx[i].pos.x);
                    text_hi = std::max(text_hi, vtx[i + 1].pos.x);  // the quad's top-right corner
                } else if (vtx[i].col == grab_cols[0] || vtx[i].col == grab_cols[1]) {
                    grab_lo = std::min(grab_lo, vtx[i].pos.x);
                    grab_hi = std::max(grab_hi, vtx[i].pos.x);
                }
            }
            EXPECT_EQ(text, FormatDay(CursorDay(app.clock))) << where;
            ASSERT_LT(grab_lo, grab_hi) << where << ": no grab drawn";
            EXPECT_TRUE(text_hi <= grab_lo || text_lo >= grab_hi)
                << where << ": the date spans " << text_lo << "-" << text_hi << ", the grab " << grab_lo << "-" << grab_hi;
            EXPECT_GE(text_lo, r[0]) << where;
            EXPECT_LE(text_hi, r[0] + r[2]) << where;
        }
    }
}

// At a phone's width (360 px) nothing runs off the right edge of the Timeline (the escalation key), Vendors (the
// sort box) or Compare, in English and German; the header's buttons stay inside it and never cover the name, which
// has its own row above them with what Rift is (the buttons leave no room beside it, in German nor in English).
TEST_F(Frames, PhoneViewsFitTheWidth) {
    ImGui::GetIO().DisplaySize = ImVec2(360, 740);
    for (Lang lang : {Lang::En, Lang::De}) {
        app.view.lang = lang;
        app.control_rects.clear();
        Frames_(2);
        const auto& r = app.control_rects;
        ASSERT_TRUE(r.count("language") && r.count("about")) << kLangNames[static_cast<size_t>(lang)];
        const auto right = [&](const char* name) { return r.at(name)[0] + r.at(name)[2]; };  // x, y, width, height
        EXPECT_LE(right("about"), 360.0f) << kLangNames[static_cast<size_t>(lang)];
        ASSERT_TRUE(r.count("title") && r.count("tagline")) << kLangNames[static_cast<size_t>(lang)];
        EXPECT_LE(r.at("title")[1] + r.at("title")[3], r.at("language")[1]) << kLangNames[static_cast<size_t>(lang)];
        EXPECT_LE(right("tagline"), 360.0f) << kLangNames[static_cast<size_t>(lang)];
        EXPECT_LE(r.at("tagline")[1] + r.at("tagline")[3], r.at("about")[1]) << kLangNames[static_cast<size_t>(lang)];
    }
    SetCursor(app, ParseDate("2019-06-01")->day);
    for (Lang lang : {Lang::En, Lang::De})
        for (auto [view, name] : {std::pair{View::Timeline, "###timeline"}, std::pair{View::Vendors, "###vendors"},
                                  std::pair{View::Compare, "###compare"}}) {
            app.view.lang = lang;
            app.view.view = view;
            Frames_(2);
            const ImGuiWindow* w = ImGui::FindWindowByName(name);
            ASSERT_NE(w, nullptr) << name;
            // (ContentRegionRect is what GetContentRegionAvail measures from; a pixel of rounding allowed)
            EXPECT_LE(w->DC.CursorMaxPos.x, w->ContentRegionRect.Max.x + 1.0f) << kLangNames[static_cast<size_t>(lang)] << " " << name;
        }
}

// On a tablet across (1024 px, the filters panel at its narrowest), German option names are longer than the panel:
// each is cut with "…" before its count, so that every count stays in view and nothing runs past the panel's edge.
TEST_F(Frames, FilterOptionsKeepTheirCountsInView) {
    ImGui::GetIO().DisplaySize = ImVec2(1024, 1366);  // (tall enough that every measure is drawn)
    for (Lang lang : {Lang::En, Lang::De}) {
        app.view.lang = lang;
        Frames_(2);
        const ImGuiWindow* w = ImGui::FindWindowByName("Filters###filters");
        ASSERT_NE(w, nullptr);
        EXPECT_LE(w->DC.CursorMaxPos.x, w->ContentRegionRect.Max.x + 1.0f) << kLangNames[static_cast<size_t>(lang)];
        const std::string text = test::DrawnText("Filters###filters");
        for (int m = 0; m < kMeasureCount; ++m) {
            const auto& counts = app.derived.facet_tally.counts[static_cast<size_t>(Facet::Measure)];
            const std::string tally = "(" + std::to_string(counts[static_cast<size_t>(m)]) + ")";
            EXPECT_NE(text.find(tally), std::string::npos) << MeasureLabel(static_cast<Measure>(m)) << " " << tally;
        }
        // English fits whole; German cuts its longest names ("Entfernung von Ausrüstung"). The line for no filters
        // wraps instead.
        if (lang == Lang::En) {
            EXPECT_EQ(text.find("…("), std::string::npos) << text;
        } else {
            EXPECT_NE(text.find("Entfernungvon"), std::string::npos) << text;
            EXPECT_NE(text.find("…("), std::string::npos) << text;
        }
        EXPECT_NE(text.find(test::WithoutSpaces(Tr("No filters: every event is shown."))), std::string::npos) << text;
    }
}

TEST_F(Frames, BadDatasetKeepsTheOldOne) {
    const auto before = app.dataset;
    EXPECT_FALSE(ApplyDataset(app, LoadDataset("{\"schema\":\"1.0\",\"events\":[", ""), "broken.json"));
    EXPECT_EQ(app.dataset, before);
    ASSERT_FALSE(app.load_problems.empty());
    EXPECT_NE(app.load_problems[0].find("not valid JSON"), std::string::npos);
    Frames_(2);
}

// The page shows the events first without their titles, summaries and sources (its first-view snapshot,
// data/events.first.bin, holds the same events as tools/gen_page.py first-view), puts in the titles right after
// (data/events.titles.txt), then completes them with the full file: what the reader set up meanwhile stays.
TEST_F(Frames, FirstViewDataIsCompletedInPlace) {
    std::string error;
    auto events = test::ReadSourceFile("data/events.json", error);
    auto vendors = test::ReadSourceFile("data/vendors.json", error);
    ASSERT_TRUE(events && vendors) << error;
    nlohmann::json doc = nlohmann::json::parse(*events);
    for (auto& e : doc["events"]) {
        for (const char* key : {"title", "summary", "sources", "title_de", "summary_de"}) e.erase(key);  // as gen_page.py
    }
    LoadOptions first;
    first.first_view = true;
    ASSERT_TRUE(ApplyDataset(app, LoadDataset(doc.dump(), *vendors, first), "built-in dataset"));
    ASSERT_TRUE(app.dataset->partial);
    ApplyUrl(app, "view=timeline&q=Gillard&t=2016-01-01&event=au-2012-03-26-huawei-nbn-exclusion");
    Frames_(2);
    EXPECT_TRUE(app.derived.selection.empty());  // "Gillard" is only in a summary
    ASSERT_TRUE(app.selected.has_value());
    const EventIndex selected = *app.selected;
    const double cursor = app.clock.cursor;
    EXPECT_EQ(EventTitle(app, app.dataset->events[selected]), "…");
    Announce(app, selected);  // as stepping to it does: read out with its date and "…"
    EXPECT_TRUE(app.caption.ends_with(" · …")) << app.caption;

    // The titles: the same events, now with their titles (and found by them), the view as it was.
    LoadResult full = LoadDataset(*events, *vendors);
    ASSERT_TRUE(full.ok());
    uint64_t generation = app.derived.generation;
    ASSERT_TRUE(AddTitles(app, UnpackDataset(PackDataset(*app.dataset), {}, PackTitles(*full.dataset))));
    Frames_(2);
    EXPECT_TRUE(app.dataset->partial);
    EXPECT_EQ(EventTitle(app, app.dataset->events[selected]), full.dataset->events[selected].title.view());
    EXPECT_TRUE(app.caption.ends_with(full.dataset->events[selected].title.str())) << app.caption;
    EXPECT_EQ(app.selected, selected);
    EXPECT_EQ(app.clock.cursor, cursor);
    EXPECT_GT(app.derived.generation, generation);
    EXPECT_EQ(app.view.filter.text, "Gillard");
    // A failed read, or data that is not a first view, is not put in.
    EXPECT_FALSE(AddTitles(app, LoadResult{}));
    EXPECT_FALSE(AddTitles(app, UnpackDataset(PackDataset(*full.dataset))));
    EXPECT_TRUE(app.dataset->partial);
    generation = app.derived.generation;

    ASSERT_TRUE(CompleteDataset(app, LoadDataset(*events, *vendors), "built-in dataset"));
    Frames_(2);
    EXPECT_FALSE(app.dataset->partial);
    EXPECT_EQ(app.selected, selected);
    EXPECT_EQ(app.clock.cursor, cursor);
    EXPECT_GT(app.derived.generation, generation);
    EXPECT_FALSE(app.derived.selection.empty());
    EXPECT_FALSE(app.dataset->events[selected].sources.empty());
    EXPECT_EQ(app.view.filter.text, "Gillard");

    // The titles never came (their file failed): the full file names the event the caption read out as "…".
    ASSERT_TRUE(ApplyDataset(app, LoadDataset(doc.dump(), *vendors, first), "built-in dataset"));
    SelectEvent(app, selected);
    Announce(app, selected);
    EXPECT_TRUE(app.caption.ends_with(" · …")) << app.caption;
    ASSERT_TRUE(CompleteDataset(app, LoadDataset(*events, *vendors), "built-in dataset"));
    EXPECT_TRUE(app.caption.ends_with(full.dataset->events[selected].title.str())) << app.caption;

    // Data the reader loaded in the meantime is not replaced by the full built-in file.
    ASSERT_TRUE(ApplyDataset(app, LoadDataset(doc.dump(), *vendors, first), "built-in dataset"));
    const std::string own = R"({"schema":"1.0","version":"own","events":[)" + doc["events"][0].dump() + "]}";
    ASSERT_FALSE(ApplyDataset(app, LoadDataset(own, *vendors), "own.json"));  // no sources: refused, data kept
    EXPECT_TRUE(app.dataset->partial);
    nlohmann::json full_doc = nlohmann::json::parse(*events);
    const std::string own_ok = R"({"schema":"1.0","version":"own","events":[)" + full_doc["events"][0].dump() + "]}";
    ASSERT_TRUE(ApplyDataset(app, LoadDataset(own_ok, *vendors), "own.json"));
    EXPECT_FALSE(CompleteDataset(app, LoadDataset(*events, *vendors), "built-in dataset"));
    EXPECT_EQ(app.dataset->version, "own");
    EXPECT_EQ(app.dataset->size(), 1u);
}

// The Data dialog's downloads of the record wait for the full file: from the first view's data (no summaries or
// sources) they would write a record without them. They say why, and say so again if the full file failed; the
// picture of the view can be had at once.
TEST_F(Frames, DownloadsWaitForTheFullRecord) {
    std::string error;
    auto events = test::ReadSourceFile("data/events.json", error);
    auto vendors = test::ReadSourceFile("data/vendors.json", error);
    ASSERT_TRUE(events && vendors) << error;
    LoadResult full = LoadDataset(*events, *vendors);
    ASSERT_TRUE(full.ok());
    // The page's first view: the snapshot the build writes, without summaries and sources.
    LoadOptions first;
    first.first_view = true;
    nlohmann::json doc = nlohmann::json::parse(*events);
    for (auto& e : doc["events"])
        for (const char* key : {"summary", "sources", "summary_de"}) e.erase(key);
    ASSERT_TRUE(ApplyDataset(app, LoadDataset(doc.dump(), *vendors, first), "built-in dataset"));
    ASSERT_TRUE(app.dataset->partial);
    std::vector<std::string> saved;
    std::string picture;
    app.hooks.save_file = [&](const std::string& name, const std::string&, const std::string& text) {
        saved.push_back(text);
        return name;
    };
    app.hooks.save_picture = [&](const std::string& name, int, int) { picture = name; };
    app.show_data = true;
    Frames_(2);
    for (const char* control : {"download-csv", "download-csv-excel", "download-json"}) Click(control);
    EXPECT_TRUE(saved.empty());
    EXPECT_NE(test::DrawnText("Data").find("isstillloading"), std::string::npos) << test::DrawnText("Data");
    app.view.filter.text = "National Broadband Network";  // one event: said as one
    Frames_(2);
    EXPECT_NE(test::DrawnText("Data").find("Thecurrentselection:1event"), std::string::npos) << test::DrawnText("Data");
    EXPECT_EQ(test::DrawnText("Data").find("1events"), std::string::npos);
    app.view.filter.text.clear();
    app.details_failed = true;  // the page's full file could not be had
    Frames_(2);
    EXPECT_NE(test::DrawnText("Data").find("couldnotbeloaded"), std::string::npos) << test::DrawnText("Data");
    Click("download-csv");
    EXPECT_TRUE(saved.empty());
    Click("download-png");
    EXPECT_EQ(picture, "rift-timeline-1200x675.png");

    // The full file came: every download writes the record with its sources.
    app.details_failed = false;
    ASSERT_TRUE(CompleteDataset(app, LoadDataset(*events, *vendors), "built-in dataset"));
    app.show_data = true;
    Frames_(2);
    EXPECT_EQ(test::DrawnText("Data").find("stillloading"), std::string::npos);
    for (const char* control : {"download-csv", "download-csv-excel", "download-json"}) Click(control);
    ASSERT_EQ(saved.size(), 3u);
    const std::string& url = full.dataset->events.front().sources.front().url;
    for (const std::string& text : saved) EXPECT_NE(text.find(url), std::string::npos) << text.substr(0, 200);
    // A reader's own file of one event is "1 event".
    const std::string own = R"({"schema":"1.0","version":"own","events":[)" +
                            nlohmann::json::parse(*events)["events"][0].dump() + "]}";
    ASSERT_TRUE(ApplyDataset(app, LoadDataset(own, *vendors), "own.json"));
    Frames_(2);
    EXPECT_NE(test::DrawnText("Data").find("versionown,1event)"), std::string::npos) << test::DrawnText("Data");
}

TEST_F(Frames, BadUrlValuesBecomeNotices) {
    ApplyUrl(app, "view=galaxy&actor=US,XX&event=nope");
    Frames_(1);
    EXPECT_EQ(app.view.filter.actors, (std::vector<std::string>{"US"}));
    EXPECT_GE(app.notices.size(), 3u);
}

// Issue 16.1: on a phone or in an embed, the view drop-down opened from the Filters or Details panel popped a
// colour it never pushed and the page trapped. Every panel, every view, both narrow layouts; with ImGui's
// asserts fatal (RIFT_IMGUI_ASSERTS) any push/pop imbalance stops this test.
TEST_F(Frames, ViewMenuOpensFromEveryPanel) {
    for (bool embed : {false, true}) {
        ImGui::GetIO().DisplaySize = embed ? ImVec2(700, 480) : ImVec2(390, 780);
        app.view.embed = embed;
        for (Panel from : {Panel::Main, Panel::Filters, Panel::Details})
            for (View to : {View::Timeline, View::Map, View::Compare, View::Vendors, View::Events}) {
                const std::string name(kViewNames[static_cast<size_t>(to)]);
                app.phone_panel = from;
                Frames_(2);
                Click("view-menu");
                EXPECT_EQ(ImGui::GetCurrentContext()->OpenPopupStack.Size, 1) << "the list is open";
                EXPECT_EQ(app.phone_panel, from) << name;
                Frames_(2);  // the list has been placed (a popup measures itself in its first frame)
                Click("view-" + name);
                EXPECT_EQ(app.view.view, to) << name;
                EXPECT_EQ(app.phone_panel, Panel::Main) << name;
                ImGui::GetIO().MousePos = ImVec2(-100, -100);
                Frames_(1);
                EXPECT_EQ(ImGui::GetCurrentContext()->ColorStack.Size, 0) << name;
            }
    }
}

// Issue 19: a permalink opened over an open Rift reproduces its view (what it leaves out goes back to the default,
// the framing stays), and play=1 without a date plays from the start, as the Play button does.
TEST_F(Frames, PermalinkReplacesAndPlayStartsOver) {
    ApplyUrl(app, "view=compare&from=2014&actor=CN&compare=US,CN,GB&embed=1");
    Frames_(1);
    ApplyPermalink(app, "view=map&target=US");
    EXPECT_EQ(app.view.view, View::Map);
    EXPECT_FALSE(app.view.filter.from);
    EXPECT_TRUE(app.view.filter.actors.empty());
    EXPECT_EQ(app.view.filter.targets, (std::vector<std::string>{"US"}));
    EXPECT_EQ(app.view.compare, ViewState{}.compare);
    EXPECT_TRUE(app.view.embed) << "the frame stays an embed";
    ApplyUrl(app, "actor=GB");  // a host's partial update keeps the rest
    EXPECT_EQ(app.view.filter.targets, (std::vector<std::string>{"US"}));

    ApplyPermalink(app, "play=1");
    EXPECT_TRUE(app.clock.playing);
    EXPECT_EQ(CursorDay(app.clock), app.clock.start) << "from the end, playing starts over";
    Frames_(3);
    EXPECT_GT(CursorDay(app.clock), app.clock.start) << "and moves";

    // Before the data: the link asks for playback, the data comes, playback starts at the first event.
    AppState fresh;
    ApplyUrl(fresh, "play=1");
    test::LoadRealDataset(fresh);
    EXPECT_TRUE(fresh.clock.playing);
    EXPECT_EQ(CursorDay(fresh.clock), fresh.clock.start);
}

// Issue 16.4: a search that finds nothing under the filters says how many it finds alone, and one click searches
// everything, keeping the words.
TEST_F(Frames, EmptySearchSaysWhatMatchesElsewhere) {
    app.view.view = View::Events;
    app.view.filter.actors = {"EU"};
    app.view.filter.text = app.search_text = "windows 8";
    Frames_(2);
    EXPECT_TRUE(app.derived.selection.empty());
    FilterSpec alone;
    alone.text = "windows 8";
    const size_t expected = Filter(*app.dataset, alone).size();
    ASSERT_GT(expected, 0u);
    EXPECT_EQ(app.derived.search_matches_alone, expected);
    Click("search-everything");
    Frames_(1);
    EXPECT_TRUE(app.view.filter.actors.empty());
    EXPECT_EQ(app.view.filter.text, "windows 8");
    EXPECT_EQ(app.derived.selection.size(), expected);
}

// Issue 16.2: the timeline frames the story: from..to when set (a little room each side), span= when given (and
// kept in the link), the reader's zoom written back as span=; while playing, the cursor stays in view.
TEST_F(Frames, TimelineFramesFromToAndSpan) {
    const int32_t may1 = ParseDate("2014-05-01")->day, jun15 = ParseDate("2014-06-15")->day;
    ApplyPermalink(app, "from=2014-05-01&to=2014-06-15");
    Frames_(1);
    EXPECT_LE(app.timeline_from, may1);
    EXPECT_GT(app.timeline_from, may1 - 5);
    EXPECT_GE(app.timeline_to, jun15 + 1);
    EXPECT_LT(app.timeline_to, jun15 + 6);
    EXPECT_EQ(CurrentUrl(app).find("span="), std::string::npos) << "fitting is no zoom";
    EXPECT_EQ(app.clock.end, jun15) << "playback runs over the filter's dates";
    EXPECT_EQ(CursorDay(app.clock), jun15) << "and the view shows their end";
    EXPECT_GE(app.clock.start, may1);

    ApplyPermalink(app, "span=2014-05-10..2014-05-25");
    Frames_(1);
    EXPECT_EQ(app.timeline_from, ParseDate("2014-05-10")->day);
    EXPECT_EQ(app.timeline_to, ParseDate("2014-05-26")->day);
    EXPECT_NE(CurrentUrl(app).find("span=2014-05-10..2014-05-25"), std::string::npos) << CurrentUrl(app);

    // The reader zooms: the window goes into the link.
    ApplyPermalink(app, "");
    Frames_(1);
    const double whole = app.timeline_to - app.timeline_from;
    EXPECT_GT(whole, 4000.0);
    ASSERT_TRUE(app.control_rects.count("tab-timeline"));
    const auto lanes = ImGui::FindWindowByName("###timeline");
    ASSERT_NE(lanes, nullptr);
    ImGui::GetIO().MousePos = ImVec2(lanes->Pos.x + lanes->Size.x * 0.6f, lanes->Pos.y + lanes->Size.y * 0.4f);
    ImGui::GetIO().MouseWheel = 3.0f;
    Frame();
    ImGui::GetIO().MouseWheel = 0.0f;
    Frames_(1);
    EXPECT_LT(app.timeline_to - app.timeline_from, whole * 0.7);
    ASSERT_TRUE(app.view.span.has_value());
    EXPECT_NE(CurrentUrl(app).find("span="), std::string::npos);

    // Playing from the window's start: the cursor never leaves the window.
    SetCursor(app, app.timeline_from + 1);
    app.clock.speed = 200;
    TogglePlay(app);
    for (int k = 0; k < 60; ++k) {
        Frame(0.1);
        EXPECT_GE(app.clock.cursor, app.timeline_from);
        EXPECT_LE(app.clock.cursor, app.timeline_to);
    }
    TogglePlay(app);
}

// Issue 16.3: a filter hides the lanes it leaves empty, and an escalation index with no US-China measure says so.
TEST_F(Frames, FilterHidesEmptyLanesAndSaysWhenTheIndexIsEmpty) {
    Frames_(1);
    EXPECT_EQ(app.derived.visible_lanes, app.derived.lanes) << "no filter: every acting country";
    EXPECT_FALSE(app.derived.escalation_empty);
    app.view.filter.actors = {"IN"};
    Frames_(1);
    EXPECT_EQ(app.derived.visible_lanes, (std::vector<CountryId>{*app.dataset->FindCountry("IN")}));
    EXPECT_TRUE(app.derived.escalation_empty);
    app.view.filter.actors = {"CN", "US"};
    Frames_(1);
    EXPECT_EQ(app.derived.visible_lanes.size(), 2u);
    EXPECT_FALSE(app.derived.escalation_empty);
}

// Issue 16.3: an embed says what it shows in one line, with its own title; a tap on an event in a phone's or an
// embed's table opens its details.
TEST_F(Frames, EmbedSaysWhatItShowsAndATapOpensDetails) {
    ImGui::GetIO().DisplaySize = ImVec2(390, 780);
    ApplyPermalink(app, "embed=1&actor=CN&target=US&from=2014-05-01&to=2014-06-30&title=China%27s%20answer&view=events");
    Frames_(2);
    const size_t n = app.derived.selection.size();
    ASSERT_GT(n, 0u);
    EXPECT_EQ(app.derived.summary_line.rfind("China → United States · " + std::to_string(n) + " measures · 2014-05-01 – 2014-06-30", 0), 0u)
        << app.derived.summary_line;
    EXPECT_NE(app.derived.summary_line.find("events up to " + FormatDay(app.dataset->cols.day.back())), std::string::npos);
    EXPECT_TRUE(app.control_rects.count("summary-line"));
    EXPECT_EQ(app.view.title, "China's answer");
    app.view.lang = Lang::De;
    Frames_(1);
    EXPECT_EQ(app.derived.summary_line.rfind("China → Vereinigte Staaten · ", 0), 0u) << app.derived.summary_line;
    // A tap on the first row (the rows start under the header row of the table).
    const ImGuiWindow* events = ImGui::FindWindowByName("###events");
    ASSERT_NE(events, nullptr);
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 row(events->Pos.x + 40, events->Pos.y + ImGui::GetFrameHeight() * 2.2f);
    io.MousePos = row;
    Frame();
    io.MouseDown[0] = true;
    Frame();
    io.MouseDown[0] = false;
    Frames_(2);
    ASSERT_TRUE(app.selected.has_value());
    EXPECT_EQ(app.phone_panel, Panel::Details);
}

// Issue 19: an embed wants a height from its view, its width and the timeline's lanes, never from the frame's
// height (sizing the frame to it changes nothing: no loop); a page that is not an embed wants nothing.
TEST_F(Frames, EmbedWantsAHeightThatDoesNotDependOnItsOwn) {
    ImGui::GetIO().DisplaySize = ImVec2(700, 480);
    Frames_(2);
    EXPECT_EQ(app.embed_height, 0.0f) << "not an embed";
    ApplyPermalink(app, "embed=1&view=timeline");
    Frames_(2);
    const float all = app.embed_height;
    EXPECT_GT(all, 240.0f);
    EXPECT_LE(all, 900.0f);
    ImGui::GetIO().DisplaySize = ImVec2(700, all);  // the host sized the frame: the same answer
    Frames_(2);
    EXPECT_EQ(app.embed_height, all);
    ImGui::GetIO().DisplaySize = ImVec2(700, 1400);
    Frames_(2);
    EXPECT_EQ(app.embed_height, all);
    app.view.filter.actors = {"CN", "US"};
    Frames_(2);
    EXPECT_EQ(app.derived.visible_lanes.size(), 2u);
    EXPECT_LT(app.embed_height, all) << "two lanes want less than every lane";
    // (the lanes take at least 60 px, as drawn: four lanes, one of them collapsed, are above that)
    app.view.filter.actors = {"CN", "US", "GB", "DE"};
    Frames_(2);
    ASSERT_EQ(app.derived.visible_lanes.size(), 4u);
    const float four = app.embed_height;
    app.collapsed_lanes.insert(app.derived.visible_lanes[0]);
    Frames_(2);
    EXPECT_EQ(app.embed_height, four - 14.0f) << "a collapsed lane is 12 px instead of 26";
    app.view.view = View::Map;
    Frames_(2);
    const float map_wide = app.embed_height;
    ImGui::GetIO().DisplaySize = ImVec2(390, 1400);
    Frames_(2);
    const float map_phone = app.embed_height;
    EXPECT_LT(map_phone, map_wide) << "the Map wants less on a phone";
    ImGui::GetIO().DisplaySize = ImVec2(375, 500);  // a few pixels narrower (a host's scrollbar): the same
    Frames_(2);
    EXPECT_EQ(app.embed_height, map_phone);
}

// Issue 16.6: stepping visits every event of a cluster (the PLA indictment of 19 May 2014 among them), in the
// record's order; the caption follows the cursor back; the speed presets set a day, a week, a month per second.
TEST_F(Frames, SteppingShowsAClusterAndTheCaptionFollowsBack) {
    Frames_(1);
    const int32_t may19 = ParseDate("2014-05-19")->day;
    size_t on_the_day = 0;
    for (EventIndex i : app.derived.selection) on_the_day += app.dataset->cols.day[i] == may19;
    ASSERT_GE(on_the_day, 3u);
    SetCursor(app, may19 - 1);
    Frames_(1);
    std::set<std::string> visited;
    for (int k = 0; k < 40 && CursorDay(app.clock) <= may19; ++k) {
        StepEvent(app, +1);
        Frames_(1);
        if (CursorDay(app.clock) == may19) visited.insert(app.view.event);
        EXPECT_EQ(app.caption.rfind("2014-05-", 0), 0u) << app.caption;
    }
    EXPECT_EQ(visited.size(), on_the_day) << "every event of the day is a stop";
    EXPECT_TRUE(visited.count("us-2014-05-19-pla-unit61398-indictment"));
    // Back to before the day, by the scrubber: the caption names the newest event up to the cursor.
    SetCursor(app, ParseDate("2014-03-01")->day);
    Frames_(1);
    const auto& days = app.derived.selection_days;
    const auto k = std::upper_bound(days.begin(), days.end(), CursorDay(app.clock)) - days.begin() - 1;
    const Event& before = app.dataset->events[app.derived.selection[static_cast<size_t>(k)]];
    EXPECT_EQ(app.caption, FormatDate(before.date) + " · " + before.title.str());
    // Speed presets.
    Frames_(1);
    Click("speed-week/s");
    EXPECT_EQ(app.clock.speed, 7.0);
    Click("speed-month/s");
    EXPECT_EQ(app.clock.speed, 30.0);
}

// Issue 16.7: adding a filter moves nothing under the pointer: the chips have their own band, and options keep
// their places (greyed where nothing matches) in an order fixed per dataset.
TEST_F(Frames, FiltersStayPut) {
    Frames_(2);
    ASSERT_TRUE(app.control_rects.count("filters-date-range"));
    const float before = app.control_rects.at("filters-date-range")[1];
    const auto actors = app.derived.actor_options;
    app.view.filter.actors = {"CN"};
    app.view.filter.measures = {Measure::AppBan};
    Frames_(2);
    EXPECT_EQ(app.control_rects.at("filters-date-range")[1], before) << "the chip band keeps its height";
    EXPECT_EQ(app.derived.actor_options, actors) << "the options' order does not follow the counts";
    ClearFilters(app);
    Frames_(2);
    EXPECT_EQ(app.control_rects.at("filters-date-range")[1], before);
}

// Issue 16.5: on a phone, lane names that do not fit use short common names, so the US and the UK stay apart
// (in German "Vereinigte…" and "Vereinigtes…" were the same to a reader).
TEST_F(Frames, ShortLaneNamesStayDistinct) {
    for (Lang lang : {Lang::En, Lang::De}) {
        app.view.lang = lang;
        EXPECT_NE(ShortCountryLabel(app, "US"), ShortCountryLabel(app, "GB"));
        EXPECT_LE(ShortCountryLabel(app, "US").size(), CountryLabel(app, "US").size());
    }
    EXPECT_EQ(ShortCountryLabel(app, "DE"), "Deutschland") << "a name that is short already stays";
    app.view.lang = Lang::En;
    EXPECT_EQ(ShortCountryLabel(app, "GB"), "UK");
}

// Issue 16.7: the Vendors matrix says what its colours and columns mean.
TEST_F(Frames, VendorsMatrixHasALegend) {
    app.view.view = View::Vendors;
    Frames_(2);
    ASSERT_TRUE(app.control_rects.count("vendors-legend"));
    EXPECT_GT(app.control_rects.at("vendors-legend")[2], 100.0f);
    EXPECT_FALSE(app.derived.vendor_grid.vendors.empty());
}

// Issue 16.8: the Data dialog's PNG is a picture to publish. The dialog asks for one at the chosen size; the picture's
// frame draws the main view alone (no dialog, header, side panel or playback bar, even with dialogs open) under the
// title and the active filters, over the credit line, in English and German; the screen's controls stay where they
// were.
TEST_F(Frames, PictureShowsTheMainViewWithTitleFiltersAndCredit) {
    ApplyPermalink(app, "actor=CN&target=US&measure=entity_listing,app_ban&title=China%27s%20answer");
    std::string asked;
    int asked_w = -1, asked_h = -1;
    app.hooks.save_file = [](const std::string& name, const std::string&, const std::string&) { return name; };
    app.hooks.save_picture = [&](const std::string& name, int w, int h) {
        asked = name;
        asked_w = w;
        asked_h = h;
    };
    app.hooks.page_url = [] { return std::string("https://example.org/rift/"); };
    app.show_data = true;
    Frames_(2);
    Click("png-size-1");
    EXPECT_EQ(app.picture_size, 1u);
    Click("download-png");
    EXPECT_EQ(asked, "rift-timeline-1080x1080.png");
    EXPECT_EQ(asked_w, 1080);
    EXPECT_EQ(asked_h, 1080);
    EXPECT_FALSE(app.show_data);

    // The platform draws the picture as a frame of its own at that size; dialogs open at the time stay out of it.
    app.show_data = app.show_about = true;
    Frames_(1);
    const auto screen_rects = app.control_rects;
    auto picture = [&](ImVec2 size) {
        ImGuiIO& io = ImGui::GetIO();
        const ImVec2 screen = io.DisplaySize;
        io.DisplaySize = size;
        ImGui::NewFrame();
        DrawPicture(app);
        ImGui::Render();
        io.DisplaySize = screen;
        return test::DrawnText("##picture-title") + "\n" + test::DrawnText("##picture-credit");
    };
    std::string text = picture(ImVec2(1080, 1080));
    EXPECT_EQ(app.picture.width, 1080);
    EXPECT_EQ(app.picture.height, 1080);
    auto windows = [&] {
        std::vector<std::string> names = app.picture.windows;
        std::sort(names.begin(), names.end());
        return names;
    };
    EXPECT_EQ(windows(), (std::vector<std::string>{"##picture-credit", "##picture-title", "Timeline###timeline"}));
    EXPECT_EQ(app.picture.title, "China's answer");
    EXPECT_EQ(app.picture.filters, "Filters: China → United States · Entity listing, App ban") << app.picture.filters;
    const std::string credit = "Source: Rift dataset " + app.dataset->version + ", CC BY 4.0 · https://example.org/rift/";
    EXPECT_EQ(app.picture.credit, credit);
    EXPECT_EQ(text, test::WithoutSpaces(app.picture.title + app.picture.filters + "\n" + credit));
    EXPECT_EQ(app.control_rects, screen_rects);

    // No title: the summary line stands in; German; another view.
    app.view.title.clear();
    app.view.lang = Lang::De;
    app.view.view = View::Compare;
    Frames_(1);
    text = picture(ImVec2(1200, 675));
    EXPECT_EQ(app.picture.title, app.derived.summary_line);
    EXPECT_EQ(app.picture.title.rfind("China → Vereinigte Staaten · ", 0), 0u) << app.picture.title;
    EXPECT_EQ(windows(), (std::vector<std::string>{"##picture-credit", "##picture-title", "Compare###compare"}));
    EXPECT_EQ(text, test::WithoutSpaces(app.picture.title + app.picture.filters + "\nQuelle: Rift-Datensatz " +
                                  app.dataset->version + ", CC BY 4.0 · https://example.org/rift/"));
    EXPECT_EQ(app.picture.filters.rfind("Filter: ", 0), 0u) << app.picture.filters;
    Frames_(2);  // and the screen's frames go on as before
    EXPECT_TRUE(app.show_data);
}

}  // namespace rift

// Issue 18: a link made with an older dataset version. The notice asks for the release record (once the full data
// is in), then offers what changed since that release; the list opens and new events are marked in the timeline
// and the Events table until the notice is dismissed. A version the record does not know is said to be unknown.
// The counts come from the files (data/releases.json against data/events.json), as rift-diff works them out.
namespace rift {
TEST_F(Frames, WhatChangedSinceAnOlderRelease) {
    std::string error;
    const auto events = test::ReadSourceFile("data/events.json", error);
    const auto vendors = test::ReadSourceFile("data/vendors.json", error);
    const auto record_text = test::ReadSourceFile("data/releases.json", error);
    ASSERT_TRUE(events && vendors && record_text) << error;
    auto record = ParseReleaseRecord(*record_text, error);
    ASSERT_TRUE(record) << error;
    const std::string old = record->releases.front().version;
    if (old == app.dataset->version) GTEST_SKIP() << "the record holds only the current release";
    const ReleaseDiff expected = DiffSnapshots(*record->At(old), *SnapshotOfDataset(*events, error));
    ASSERT_FALSE(expected.added.empty());

    int requests = 0;
    app.hooks.request_releases = [&] { ++requests; };
    // The page: the link is read first, then the first-view data comes, then the full file.
    ApplyUrl(app, "view=events&v=" + old);
    LoadOptions first;
    first.first_view = true;
    nlohmann::json doc = nlohmann::json::parse(*events);
    for (auto& e : doc["events"]) {
        e.erase("summary");
        e.erase("sources");
    }
    ASSERT_TRUE(ApplyDataset(app, LoadDataset(doc.dump(), *vendors, first), "built-in dataset"));
    EXPECT_EQ(app.link_version, old);
    Frames_(2);
    EXPECT_EQ(requests, 0) << "the first view asks for nothing more";
    LoadOptions full;
    full.link_version = old;  // as main.cpp loads the full file of such a link: with each event's hash
    ASSERT_TRUE(CompleteDataset(app, LoadDataset(*events, *vendors, full), "built-in dataset"));
    Frames_(2);
    EXPECT_EQ(requests, 1);
    EXPECT_FALSE(app.derived.changes);
    app.releases = std::make_shared<const ReleaseRecord>(*record);  // the fetch answers between frames
    Frames_(2);
    EXPECT_EQ(requests, 1);
    ASSERT_TRUE(app.derived.changes);
    EXPECT_EQ(app.derived.changes->added, expected.added);
    EXPECT_EQ(app.derived.changes_added.size(), expected.added.size());
    EXPECT_EQ(app.derived.changes_corrected.size(), expected.corrected.size());
    EXPECT_EQ(app.derived.changes->renamed, expected.renamed);
    EXPECT_TRUE(std::is_sorted(app.derived.changes_added.begin(), app.derived.changes_added.end()));
    EXPECT_EQ(std::count(app.derived.change_marks.begin(), app.derived.change_marks.end(), kChangeNew),
              static_cast<long>(expected.added.size()));
    EXPECT_FALSE(app.show_changes);
    EXPECT_FALSE(app.mark_changes);

    Click("whats-changed");
    EXPECT_TRUE(app.show_changes);
    EXPECT_TRUE(app.mark_changes);
    Frames_(2);
    EXPECT_TRUE(app.control_rects.count("changes-new"));
    // Choosing a new event in the list selects it.
    ImGuiIO& io = ImGui::GetIO();
    const auto header = app.control_rects.at("changes-new");
    io.MousePos = ImVec2(header[0] + header[2] / 2, header[1] + header[3] * 1.6f);
    Frame();
    io.MouseDown[0] = true;
    Frame();
    io.MouseDown[0] = false;
    Frame();
    ASSERT_TRUE(app.selected);
    EXPECT_EQ(*app.selected, app.derived.changes_added.front());
    io.MousePos = ImVec2(-1, -1);
    // Every view draws with the marks; German too.
    for (View v : {View::Timeline, View::Events, View::Map, View::Compare}) {
        app.view.view = v;
        Frames_(2);
    }
    app.view.lang = Lang::De;
    Frames_(2);
    EXPECT_EQ(TrFill("What changed since {}", {old}), "Was sich seit " + old + " geändert hat");
    app.view.lang = Lang::En;
    Frames_(1);

    // Closing the list keeps the marks; dismissing the notice ends the comparison.
    app.show_changes = false;
    Frames_(1);
    EXPECT_TRUE(app.mark_changes);
    Click("dismiss-notices");
    EXPECT_TRUE(app.link_version.empty());
    EXPECT_FALSE(app.mark_changes);

    // A version the record does not have: no list, the notice says so.
    ApplyUrl(app, "v=1999-01-01");
    full.link_version = "1999-01-01";
    ASSERT_TRUE(ApplyDataset(app, LoadDataset(*events, *vendors, full), "built-in dataset"));
    Frames_(2);
    EXPECT_EQ(app.derived.changes_since, "1999-01-01");
    EXPECT_FALSE(app.derived.changes);
    EXPECT_EQ(requests, 1);  // the record is fetched once

    // A link made with the data's own version has no notice.
    ApplyUrl(app, "v=" + app.dataset->version);
    ASSERT_TRUE(ApplyDataset(app, LoadDataset(*events, *vendors), "built-in dataset"));
    EXPECT_TRUE(app.link_version.empty());
}
}  // namespace rift
