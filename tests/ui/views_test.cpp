// Headless UI test of each view by what it drew: marks, rows, cells, text and links checked against the data
// (counted here from the dataset's events, not asked of Derived), then a click on a known mark or row.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <set>
#include <string>

#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

#include "ui_fixture.h"

namespace rift {

namespace {

class Views : public ::testing::Test {
protected:
    void SetUp() override {
        test::StartHeadlessImGui(ImVec2(1440, 1600));
        test::LoadRealDataset(app);
    }
    void TearDown() override { ImGui::DestroyContext(); }
    void Frames(int n) {
        for (int i = 0; i < n; ++i) test::RunFrame(app);
    }
    EventIndex Find(const char* id) {
        const auto i = app.dataset->FindEvent(id);
        EXPECT_TRUE(i) << id;
        return i.value_or(0);
    }
    // The events the filter `actors` keeps between two dates (inclusive), counted from the events themselves.
    std::set<int32_t> EventsOf(std::initializer_list<const char*> actors, int32_t from, int32_t to) const {
        std::set<int32_t> out;
        const Dataset& ds = *app.dataset;
        for (size_t i = 0; i < ds.events.size(); ++i) {
            const Event& e = ds.events[i];
            const bool actor = std::any_of(actors.begin(), actors.end(), [&](const char* a) { return ds.countries[e.actor] == a; });
            if (actor && e.date.day >= from && e.date.day <= to) out.insert(static_cast<int32_t>(i));
        }
        return out;
    }

    AppState app;
};

}  // namespace

// One mark per selected event in the visible dates, none for the others; a click on a mark selects its event and
// Details then shows that event's title and one link per source.
TEST_F(Views, TimelineDrawsOneMarkPerEventAndAClickSelectsIt) {
    ApplyPermalink(app, "actor=US,CN&span=2014-05-01..2014-06-30");
    Frames(3);
    const int32_t from = static_cast<int32_t>(std::floor(app.timeline_from)), to = static_cast<int32_t>(std::ceil(app.timeline_to));
    const std::set<int32_t> expected = EventsOf({"US", "CN"}, from, to);
    ASSERT_GE(expected.size(), 5u) << "May 2014 has the indictment, the Windows 8 ban, the IBM push";
    std::set<int32_t> drawn;
    for (const auto& m : app.timeline_marks) {
        EXPECT_TRUE(drawn.insert(m.a).second) << "one mark per event: " << m.a;
    }
    EXPECT_EQ(drawn, expected);

    const EventIndex target = Find("us-2014-05-19-pla-unit61398-indictment");
    const auto mark = std::find_if(app.timeline_marks.begin(), app.timeline_marks.end(),
                                   [&](const AppState::DrawnMark& m) { return m.a == static_cast<int32_t>(target); });
    ASSERT_NE(mark, app.timeline_marks.end());
    // Marks of the same day sit on one spot in different lanes: the US lane holds only this one on the 19th.
    test::ClickAt(app, mark->x, mark->y);
    Frames(1);
    ASSERT_TRUE(app.selected.has_value());
    EXPECT_EQ(*app.selected, target);
    const Event& e = app.dataset->events[target];
    const std::string details = test::DrawnText("Details###details");
    EXPECT_NE(details.find(test::WithoutSpaces(std::string(e.title).substr(0, 40))), std::string::npos) << details;
    ASSERT_FALSE(e.sources.empty());
    for (const Source& s : e.sources)
        EXPECT_NE(details.find(test::WithoutSpaces(s.publisher + ":")), std::string::npos) << s.publisher;
}

// A filter the timeline leaves no mark outside of: measures of one type only.
TEST_F(Views, TimelineMarksFollowTheFilter) {
    ApplyPermalink(app, "measure=indictment");
    Frames(3);
    ASSERT_FALSE(app.timeline_marks.empty());
    for (const auto& m : app.timeline_marks)
        EXPECT_EQ(app.dataset->events[static_cast<size_t>(m.a)].measure, Measure::Indictment) << m.a;
    size_t indictments = 0;
    for (const Event& e : app.dataset->events) indictments += e.measure == Measure::Indictment;
    EXPECT_EQ(app.timeline_marks.size(), indictments) << "the whole record fits the first view";
}

// Events: one row per event in date order (its title drawn), the count line from the data, a click on a row
// selects that event.
TEST_F(Views, EventsListsTheSelectionInDateOrderAndAClickSelects) {
    ApplyPermalink(app, "view=events&actor=US,CN&from=2014-05-01&to=2014-06-30");
    Frames(3);
    const std::set<int32_t> expected = EventsOf({"US", "CN"}, ParseDate("2014-05-01")->day, ParseDate("2014-06-30")->day);
    const std::string text = test::DrawnText("Events###events");
    EXPECT_NE(text.find(test::WithoutSpaces(std::to_string(expected.size()) + " " + Tr("of") + " " +
                                            std::to_string(app.dataset->size()))), std::string::npos) << text;
    std::vector<int32_t> in_date_order(expected.begin(), expected.end());
    std::stable_sort(in_date_order.begin(), in_date_order.end(), [&](int32_t a, int32_t b) {
        return app.dataset->events[static_cast<size_t>(a)].date.day < app.dataset->events[static_cast<size_t>(b)].date.day;
    });
    size_t at = 0;
    for (int32_t i : in_date_order) {
        const std::string title = test::WithoutSpaces(std::string(app.dataset->events[static_cast<size_t>(i)].title).substr(0, 24));
        const size_t found = text.find(title, at);
        EXPECT_NE(found, std::string::npos) << "row of " << app.dataset->events[static_cast<size_t>(i)].id.str() << " in its place";
        if (found != std::string::npos) at = found;
    }
    ASSERT_TRUE(app.control_rects.count("events-row-1"));
    const auto r = app.control_rects.at("events-row-1");
    test::ClickAt(app, r[0] + r[2] / 2, r[1] + r[3] / 2);
    ASSERT_TRUE(app.selected.has_value());
    EXPECT_EQ(static_cast<int32_t>(*app.selected), in_date_order[1]);
}

// The Events table's order is the core's (SetTableSort, what a click on a column header calls; Refresh keeps it): by
// title ascending and descending the drawn rows follow the titles, ties in date order; a new selection keeps the
// order; in German the rows follow the German titles.
TEST_F(Views, EventsSortByAColumnAndKeepTheOrder) {
    ApplyPermalink(app, "view=events&actor=US,CN&from=2014-05-01&to=2014-06-30");
    Frames(2);
    const auto check = [&](bool ascending, const char* where) {
        const auto& rows = app.derived.table_rows;
        std::vector<EventIndex> same(rows.begin(), rows.end()), selection = app.derived.selection;
        std::sort(same.begin(), same.end());
        std::sort(selection.begin(), selection.end());
        EXPECT_EQ(same, selection) << where << ": the rows are the selection";
        for (size_t k = 1; k < rows.size(); ++k) {
            const std::string a(EventTitle(app, app.dataset->events[rows[k - 1]])), b(EventTitle(app, app.dataset->events[rows[k]]));
            EXPECT_TRUE(ascending ? a <= b : a >= b) << where << ": " << a << " | " << b;
            if (a == b) {
                EXPECT_LT(rows[k - 1], rows[k]) << where << ": ties in date order";
            }
        }
        // As drawn: the first row's title before the last one's.
        const std::string text = test::DrawnText("Events###events");
        const auto drawn = [&](EventIndex i) {
            return text.find(test::WithoutSpaces(std::string(EventTitle(app, app.dataset->events[i])).substr(0, 20)));
        };
        ASSERT_GE(rows.size(), 3u) << where;
        EXPECT_LT(drawn(rows.front()), drawn(rows[2])) << where;
    };
    SetTableSort(app, kColTitle, true);
    Frames(1);
    check(true, "title ascending");
    SetTableSort(app, kColTitle, false);
    Frames(1);
    check(false, "title descending");
    ApplyPermalink(app, "view=events&actor=US&from=2014-01-01&to=2015-12-31");
    Frames(2);
    check(false, "a new selection");
    app.view.lang = Lang::De;
    Frames(2);
    check(false, "in German");
    SetTableSort(app, kColDate, false);
    Frames(1);
    std::vector<EventIndex> newest_first(app.derived.selection.rbegin(), app.derived.selection.rend());
    EXPECT_EQ(app.derived.table_rows, newest_first);
}

// Vendors: each drawn cell stands on events of that country against that vendor in the selection; a click on a
// cell selects the latest of them.
TEST_F(Views, VendorsCellsStandOnTheirEventsAndAClickSelectsOne) {
    ApplyPermalink(app, "view=vendors");
    Frames(3);
    ASSERT_GE(app.vendor_cells.size(), 20u);
    const Dataset& ds = *app.dataset;
    auto targets = [&](const Event& e, int32_t v) {
        for (size_t k = 0; k < e.TargetedCount(); ++k)
            if (static_cast<int32_t>(e.vendors[k]) == v) return true;
        return false;
    };
    std::set<std::pair<int32_t, int32_t>> seen;
    for (const auto& c : app.vendor_cells) {
        EXPECT_TRUE(seen.insert({c.a, c.b}).second) << "one cell per vendor and country";
        const bool stands = std::any_of(ds.events.begin(), ds.events.end(), [&](const Event& e) {
            return static_cast<int32_t>(e.actor) == c.b && targets(e, c.a);
        });
        EXPECT_TRUE(stands) << ds.vendors[static_cast<size_t>(c.a)].name << " / " << ds.countries[static_cast<size_t>(c.b)];
    }
    const auto cell = app.vendor_cells.front();
    test::ClickAt(app, cell.x, cell.y);
    ASSERT_TRUE(app.selected.has_value());
    const Event& e = ds.events[*app.selected];
    EXPECT_EQ(static_cast<int32_t>(e.actor), cell.b);
    EXPECT_TRUE(targets(e, cell.a));
}

// Filters: each measure's count beside its box is the number of events of that type (no filter, cursor at the end).
TEST_F(Views, FiltersShowEachMeasuresCount) {
    Frames(3);
    const std::string text = test::DrawnText("Filters###filters");
    for (int m = 0; m < kMeasureCount; ++m) {
        const size_t n = static_cast<size_t>(std::count_if(app.dataset->events.begin(), app.dataset->events.end(),
                                                           [&](const Event& e) { return static_cast<int>(e.measure) == m; }));
        const std::string line = test::WithoutSpaces(std::string(MeasureLabel(static_cast<Measure>(m))) + " (" + std::to_string(n) + ")");
        EXPECT_NE(text.find(line), std::string::npos) << line;
    }
}

// Phone, German and dark: the phone's tabs instead of side panels, German words drawn, the dark background.
TEST_F(Views, PhoneLayoutIsGermanAndDark) {
    ImGui::GetIO().DisplaySize = ImVec2(360, 740);
    ApplyPermalink(app, "lang=de&theme=dark");
    Frames(3);
    EXPECT_TRUE(app.narrow);
    EXPECT_TRUE(app.control_rects.count("tab-filters")) << "a phone shows Filters as a tab";
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    EXPECT_LT(bg.x + bg.y + bg.z, 0.6f) << "dark background";
    app.phone_panel = Panel::Filters;
    Frames(2);
    const std::string text = test::DrawnText("Filters###filters");
    EXPECT_NE(text.find("Zeitraum"), std::string::npos) << text.substr(0, 200);
}

// The keyboard: space plays and pauses, → and ← step to the next and previous event (selecting it), '/' puts the
// caret in the search box, Escape closes a dialog, then clears the selection, then leaves the canvas.
TEST_F(Views, KeyboardPlaysStepsSearchesAndEscapes) {
    ImGuiIO& io = ImGui::GetIO();
    const int space = 32, right = 262, left = 263, escape = 256;
    io.KeyMap[ImGuiKey_Space] = space;
    io.KeyMap[ImGuiKey_RightArrow] = right;
    io.KeyMap[ImGuiKey_LeftArrow] = left;
    io.KeyMap[ImGuiKey_Escape] = escape;
    auto press = [&](int key) {
        io.KeysDown[key] = true;
        test::RunFrame(app);
        io.KeysDown[key] = false;
        test::RunFrame(app);
    };
    ApplyPermalink(app, "t=2014-05-10");
    Frames(2);
    ASSERT_FALSE(app.clock.playing);
    press(space);
    EXPECT_TRUE(app.clock.playing);
    press(space);
    EXPECT_FALSE(app.clock.playing);

    // The next event after 2014-05-10, and the one before it, counted from the events.
    ApplyPermalink(app, "t=2014-05-10");
    Frames(2);
    const Dataset& ds = *app.dataset;
    const int32_t day = ParseDate("2014-05-10")->day;
    int32_t next_day = INT32_MAX, prev_day = INT32_MIN;
    for (const Event& e : ds.events) {
        if (e.date.day > day) next_day = std::min(next_day, e.date.day);
        if (e.date.day < day) prev_day = std::max(prev_day, e.date.day);
    }
    press(right);
    ASSERT_TRUE(app.selected.has_value());
    EXPECT_EQ(ds.events[*app.selected].date.day, next_day) << ds.events[*app.selected].id.str();
    press(left);
    ASSERT_TRUE(app.selected.has_value());
    EXPECT_LT(ds.events[*app.selected].date.day, next_day);
    EXPECT_GE(ds.events[*app.selected].date.day, prev_day);

    io.AddInputCharacter('/');
    Frames(3);
    EXPECT_TRUE(io.WantTextInput) << "the search box has the caret";
    ImGui::ClearActiveID();
    Frames(1);

    app.show_about = true;
    Frames(1);
    press(escape);
    EXPECT_FALSE(app.show_about);
    EXPECT_TRUE(app.selected.has_value()) << "the first Escape closes the dialog only";
    EXPECT_FALSE(app.leave_canvas);
    press(escape);
    EXPECT_FALSE(app.selected.has_value());
    EXPECT_FALSE(app.leave_canvas) << "the second Escape clears the selection only";
    press(escape);
    EXPECT_TRUE(app.leave_canvas) << "with nothing left to close or clear, Escape asks to leave the canvas";
}

// Record: the video plays the filter's date range by the plan, one picture a frame, with the cursor's date and the
// caption of the newest event passed; at the plan's end it is saved once and playback stands at the range's end.
// Escape cancels a recording, and nothing is saved.
TEST_F(Views, RecordingPlaysTheRangeFrameByFrameAndSavesOnce) {
    int begun = 0, frames = 0, kept = 0, dropped = 0;
    std::string name;
    std::vector<std::string> captions;
    app.hooks.begin_recording = [&](const std::string& n, int w, int h) {
        ++begun;
        name = n + " " + std::to_string(w) + "x" + std::to_string(h);
        return true;
    };
    app.hooks.record_frame = [&] {
        ++frames;
        // As the platform does after the frame: a picture of the view at the recording's size.
        ImGui::EndFrame();
        ImGui::GetIO().DisplaySize = ImVec2(1080, 1080);
        ImGui::NewFrame();
        DrawPicture(app, true);
        ImGui::Render();
        ImGui::GetIO().DisplaySize = ImVec2(1440, 1600);
        ImGui::NewFrame();
        captions.push_back(app.picture.caption);
    };
    app.hooks.end_recording = [&](bool keep) {
        (keep ? kept : dropped)++;
        return std::string(keep ? "video.webm" : "");
    };
    ApplyPermalink(app, "view=map&actor=US&from=2019-05-01&to=2019-06-30");
    Frames(2);
    const RecordingPlan plan = RecordingPlanOf(app);
    EXPECT_EQ(plan.start, ParseDate("2019-05-01")->day);
    EXPECT_EQ(plan.end, ParseDate("2019-06-30")->day);
    ASSERT_TRUE(StartRecording(app, 1));
    EXPECT_EQ(name, "rift-map-1080x1080 1080x1080");
    EXPECT_TRUE(IsAnimating(app));
    const double dt = 1.0 / 30.0;
    const int expected = static_cast<int>(std::ceil(plan.Duration() / dt - 1e-9));
    for (int i = 0; i < expected + 10 && app.recording.active; ++i) test::RunFrame(app, dt);
    EXPECT_FALSE(app.recording.active);
    EXPECT_EQ(begun, 1);
    EXPECT_NEAR(frames, expected, 1);
    EXPECT_EQ(kept, 1);
    EXPECT_EQ(dropped, 0);
    EXPECT_EQ(CursorDay(app.clock), plan.end);
    EXPECT_EQ(app.status_line, std::string(Tr("Saved")) + " video.webm");
    ASSERT_FALSE(captions.empty());
    EXPECT_EQ(captions.front().substr(0, 10), "2019-05-01");
    EXPECT_EQ(captions.back().substr(0, 10), "2019-06-30");
    // The newest US event passed by the end is named in the last frame, counted from the events.
    const Dataset& ds = *app.dataset;
    const Event* newest = nullptr;
    for (const Event& e : ds.events)
        if (ds.countries[e.actor] == "US" && e.date.day >= plan.start && e.date.day <= plan.end &&
            (!newest || e.date.day >= newest->date.day))
            newest = &e;
    ASSERT_NE(newest, nullptr);
    EXPECT_NE(captions.back().find(std::string(newest->Title(false)).substr(0, 20)), std::string::npos)
        << captions.back();

    ImGuiIO& io = ImGui::GetIO();
    const int escape = 256;
    io.KeyMap[ImGuiKey_Escape] = escape;
    ASSERT_TRUE(StartRecording(app, 0));
    EXPECT_EQ(name, "rift-map-1280x720 1280x720");
    test::RunFrame(app, dt);
    io.KeysDown[escape] = true;
    test::RunFrame(app, dt);
    io.KeysDown[escape] = false;
    EXPECT_FALSE(app.recording.active);
    EXPECT_EQ(dropped, 1);
    EXPECT_EQ(kept, 1);
    EXPECT_FALSE(app.leave_canvas) << "Escape cancelled the recording only";
}

}  // namespace rift
