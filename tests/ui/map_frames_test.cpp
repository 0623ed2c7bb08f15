// Headless frames of the Map window: every colour mode, both themes, clicks, zoom and pan, cached counts.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "core/geo.h"
#include "ui/i18n.h"
#include "core/io.h"
#include "ui/style.h"
#include "ui/windows.h"
#include "ui_fixture.h"

namespace rift {

namespace {

class MapFrames : public ::testing::Test {
  protected:
    void SetUp() override {
        test::StartHeadlessImGui();
        test::LoadRealDataset(app);
        std::string error;
        auto bytes = ReadFile(std::string(RIFT_SOURCE_DIR) + "/assets/world.bin", 1u << 22, error);
        ASSERT_TRUE(bytes) << error;
        map = ParseWorldMap(
            std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes->data()), bytes->size()), error);
        ASSERT_TRUE(map) << error;
        app.world = std::make_shared<const WorldMap>(*map);
        app.view.view = View::Map;
    }
    void TearDown() override {
        SetLanguage(Lang::En);
        ImGui::DestroyContext();
    }

    // One frame of the map alone, in the main panel's place.
    void Frame() {
        ImGui::NewFrame();
        SetLanguage(app.view.lang);
        Tick(app, 1.0 / 60.0);
        Refresh(app);
        ImGui::SetNextWindowPos(ImVec2(250, 80));
        ImGui::SetNextWindowSize(window_size);
        DrawMapWindow(app, nullptr);
        ImGui::Render();
        ASSERT_NE(ImGui::GetDrawData(), nullptr);
        last_vertices = ImGui::GetDrawData()->TotalVtxCount;
        // WebGL2 has no vertex offsets: one window must stay within 16-bit indices.
        for (int k = 0; k < ImGui::GetDrawData()->CmdListsCount; ++k)
            ASSERT_LT(ImGui::GetDrawData()->CmdLists[k]->VtxBuffer.Size, 1 << 16);
        ImGuiIO& io = ImGui::GetIO();
        io.MouseWheel = 0.0f;
    }
    ImVec2 window_size{900, 700};
    void Frames(int n) {
        for (int i = 0; i < n; ++i) Frame();
    }

    // Where a country is on screen in the last frame: the centre of its largest triangle.
    ImVec2 ScreenPointOf(const char* code) {
        const MapCountry* c = map->Find(code);
        EXPECT_NE(c, nullptr) << code;
        if (!c) return {};
        MapPoint best;
        float best_area = -1;
        for (uint32_t k = 0; k < c->index_count; k += 3) {
            const MapPoint a = map->vertices[c->vertex_begin + map->indices[c->index_begin + k]];
            const MapPoint b = map->vertices[c->vertex_begin + map->indices[c->index_begin + k + 1]];
            const MapPoint d = map->vertices[c->vertex_begin + map->indices[c->index_begin + k + 2]];
            const float area = std::abs((b.x - a.x) * (d.y - a.y) - (d.x - a.x) * (b.y - a.y));
            if (area > best_area) {
                best_area = area;
                best = {(a.x + b.x + d.x) / 3, (a.y + b.y + d.y) / 3};
            }
        }
        if (c->IsDot()) best = c->label;
        return ImVec2(app.map.screen_x + best.x * app.map.screen_scale,
                      app.map.screen_y + best.y * app.map.screen_scale);
    }

    // Moves the mouse there, presses and releases `button` over three frames.
    void Click(ImVec2 at, int button) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = at;
        Frame();
        io.MouseDown[button] = true;
        Frame();
        io.MouseDown[button] = false;
        Frame();
    }

    uint32_t Taken(const char* code) const {
        auto id = app.dataset->FindCountry(code);
        return id ? app.derived.map_counts.taken[*id] : 0;
    }

    AppState app;
    std::optional<WorldMap> map;
    int last_vertices = 0;
};

}  // namespace

TEST_F(MapFrames, DrawsEveryColourModeInBothThemes) {
    for (bool dark : {false, true}) {
        app.view.theme = dark ? Theme::Dark : Theme::Light;
        for (CountryRole mode : {CountryRole::Taken, CountryRole::Received, CountryRole::AgainstVendor}) {
            app.view.map_color = mode;
            Frames(3);
            EXPECT_GT(last_vertices, 9000) << static_cast<int>(mode);  // the fills alone have ~9600
            EXPECT_GT(app.map.screen_scale, 0.0f);
        }
    }
    // The vendor mode picks the most named vendor by itself (the state keeps "none chosen"), and someone took
    // measures against it.
    EXPECT_TRUE(app.view.map_vendor.empty());
    ASSERT_TRUE(app.derived.map_vendor);
    EXPECT_EQ(app.derived.map_vendor, MostNamedVendor(*app.dataset));
    EXPECT_GT(app.derived.map_counts.max_against, 0u);
    EXPECT_GT(app.derived.map_counts.max_taken, 50u);
    EXPECT_GT(app.derived.map_counts.max_received, 50u);
    app.view.lang = Lang::De;
    Frames(2);
    EXPECT_STREQ(Tr("Measures taken"), "Ergriffene Maßnahmen");
}

TEST_F(MapFrames, CountsFollowTheCursorAndAreCached) {
    Frames(2);
    const uint32_t us_all = Taken("US");
    ASSERT_GT(us_all, 20u);
    uint32_t expected = 0;
    for (EventIndex i : app.derived.selection)
        expected += app.dataset->countries[app.dataset->events[i].actor] == "US";
    EXPECT_EQ(us_all, expected);
    const uint32_t* counts = app.derived.map_counts.taken.data();
    Frames(3);
    EXPECT_EQ(app.derived.map_counts.taken.data(), counts);  // nothing changed: nothing recounted
    SetCursor(app, ParseDate("2015-01-01")->day);
    Frames(1);
    EXPECT_EQ(app.derived.map_day, ParseDate("2015-01-01")->day);
    EXPECT_LT(Taken("US"), us_all);
    // The EU acts in the data but has no shape: counted all the same (listed below the map).
    SetCursor(app, app.clock.end);
    Frames(1);
    EXPECT_EQ(map->Find("EU"), nullptr);
    EXPECT_GT(Taken("EU"), 0u);
}

TEST_F(MapFrames, ClickFiltersAndRightClickCompares) {
    Frames(2);
    ASSERT_TRUE(app.view.filter.actors.empty());
    Click(ScreenPointOf("BR"), ImGuiMouseButton_Left);
    EXPECT_EQ(app.view.filter.actors, (std::vector<std::string>{"BR"}));
    Frames(1);
    EXPECT_LT(app.derived.selection.size(), app.dataset->size());  // the filter took effect
    Click(ScreenPointOf("CN"), ImGuiMouseButton_Left);
    EXPECT_EQ(app.view.filter.actors, (std::vector<std::string>{"BR", "CN"}));

    app.view.compare = {"US"};
    Click(ScreenPointOf("DE"), ImGuiMouseButton_Right);
    EXPECT_EQ(app.view.compare, (std::vector<std::string>{"US", "DE"}));
    Click(ScreenPointOf("DE"), ImGuiMouseButton_Right);  // no duplicates
    EXPECT_EQ(app.view.compare.size(), 2u);
    app.view.compare = {"US", "CN", "GB", "JP"};
    Click(ScreenPointOf("IN"), ImGuiMouseButton_Right);  // at most four
    EXPECT_EQ(app.view.compare.size(), 4u);
    EXPECT_EQ(app.view.filter.actors.size(), 2u);  // right clicks leave the filter alone

    // A click on the sea changes nothing.
    const MapCountry *br = map->Find("BR"), *ao = map->Find("AO");
    ASSERT_TRUE(br && ao);
    const MapPoint sea{(br->max.x + ao->min.x) / 2, br->label.y};
    Click(ImVec2(app.map.screen_x + sea.x * app.map.screen_scale,
                 app.map.screen_y + sea.y * app.map.screen_scale),
          ImGuiMouseButton_Left);
    EXPECT_EQ(app.view.filter.actors.size(), 2u);
}

// A finger has no hover: its first tap on a country shows the tooltip (which stays where the finger was after the
// pointer leaves), a second tap on the same country filters; a tap elsewhere moves or clears the tooltip. The map is
// a drag area for fingers (every direction pans), the rest of the window is not.
TEST_F(MapFrames, FingersTapTwiceToFilterAndDragTheMap) {
    app.touch.active = true;
    Frames(2);
    const ImVec2 br = ScreenPointOf("BR");
    EXPECT_EQ(TouchRegionAt(app, br.x, br.y), TouchRegion::Drag);
    EXPECT_NE(TouchRegionAt(app, br.x, 3.0f), TouchRegion::Drag);  // the header above it
    Click(br, ImGuiMouseButton_Left);
    EXPECT_TRUE(app.view.filter.actors.empty()) << "the first tap only shows the country";
    EXPECT_EQ(app.touch.armed_country, "BR");
    ImGui::GetIO().MousePos = ImVec2(-10000, -10000);  // the page moves the pointer away after a tap
    Frames(2);
    ImGuiWindow* tip = ImGui::FindWindowByName("##Tooltip_00");
    ASSERT_NE(tip, nullptr);
    EXPECT_TRUE(tip->Active) << "the tapped country's tooltip stays";
    EXPECT_TRUE(br.x < ImGui::GetIO().DisplaySize.x / 2 ? std::abs(tip->Pos.x - (br.x + 12 * app.ui_scale)) < 1.0f
                                                        : std::abs(tip->Pos.x + tip->Size.x - (br.x - 12 * app.ui_scale)) < 1.0f)
        << "beside the finger, on the side with room";
    EXPECT_LE(tip->Pos.x + tip->Size.x, ImGui::GetIO().DisplaySize.x);
    Click(ScreenPointOf("AR"), ImGuiMouseButton_Left);  // another country: its tooltip instead
    EXPECT_EQ(app.touch.armed_country, "AR");
    EXPECT_TRUE(app.view.filter.actors.empty());
    Click(ScreenPointOf("AR"), ImGuiMouseButton_Left);
    EXPECT_EQ(app.view.filter.actors, (std::vector<std::string>{"AR"}));
    EXPECT_TRUE(app.touch.armed_country.empty());
    ImGui::GetIO().MousePos = ImVec2(-10000, -10000);
    Frames(2);
    EXPECT_FALSE(ImGui::FindWindowByName("##Tooltip_00")->Active) << "no tooltip once the filter applied";
    app.touch.active = false;  // a mouse filters at the first click
    Click(ScreenPointOf("BR"), ImGuiMouseButton_Left);
    EXPECT_EQ(app.view.filter.actors, (std::vector<std::string>{"AR", "BR"}));
}

// Hovering a country shows its most named vendors: worked out by the core (TopVendors) into Derived, for the
// country under the pointer and the colouring's role, and gone when the pointer leaves.
TEST_F(MapFrames, HoverShowsTheCountrysTopVendors) {
    Frames(2);
    const CountryId cn = *app.dataset->FindCountry("CN");
    const int32_t day = CursorDay(app.clock);
    for (CountryRole role : {CountryRole::Taken, CountryRole::Received}) {
        app.view.map_color = role;
        ImGui::GetIO().MousePos = ScreenPointOf("CN");
        Frames(2);  // the tooltip asks, the next Refresh answers
        EXPECT_EQ(app.map.hover_country, cn);
        EXPECT_EQ(app.derived.map_top_country, cn);
        const auto expected = TopVendors(*app.dataset, app.derived.selection, day, cn, role, 3);
        ASSERT_EQ(expected.size(), 3u);
        EXPECT_EQ(app.derived.map_top_vendors, expected);
    }
    ImGui::GetIO().MousePos = ImVec2(-100, -100);
    Frames(1);
    EXPECT_EQ(app.map.hover_country, -1);
}

TEST_F(MapFrames, WheelZoomsDragPansResetRestores) {
    Frames(2);
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 de = ScreenPointOf("DE");
    io.MousePos = de;
    Frame();
    io.MouseWheel = 3.0f;
    Frame();
    EXPECT_GT(app.map.zoom, 1.5f);
    Frame();
    // Zooming keeps the point under the mouse in place.
    const ImVec2 de_after = ScreenPointOf("DE");
    EXPECT_NEAR(de_after.x, de.x, 2.0f);
    EXPECT_NEAR(de_after.y, de.y, 2.0f);

    // Drag to the right by 60 px: the map follows the mouse, and the drag is no click.
    const float pan_before = app.map.pan_x;
    io.MouseDown[0] = true;
    Frame();
    for (int k = 1; k <= 6; ++k) {
        io.MousePos = ImVec2(de.x + 10.0f * static_cast<float>(k), de.y);
        Frame();
    }
    io.MouseDown[0] = false;
    Frame();
    Frame();
    EXPECT_LT(app.map.pan_x, pan_before);
    EXPECT_TRUE(app.view.filter.actors.empty());

    app.map.zoom = 1.0f;
    app.map.pan_x = app.map.pan_y = 0.0f;
    Frame();
    EXPECT_EQ(app.map.pan_x, 0.0f);  // at zoom 1 the whole world shows: no panning
    io.MousePos = de;
    io.MouseWheel = -5.0f;
    Frame();
    EXPECT_EQ(app.map.zoom, 1.0f);
}

// A phone's width (360 px): the toolbar's zoom buttons and the legend wrap instead of running off the edge, in
// English and German, in every colour mode; the canvas keeps what they leave.
TEST_F(MapFrames, ToolbarAndLegendFitAPhone) {
    window_size = ImVec2(360, 640);
    for (Lang lang : {Lang::En, Lang::De})
        for (CountryRole color : {CountryRole::Taken, CountryRole::Received, CountryRole::AgainstVendor}) {
            app.view.lang = lang;
            app.view.map_color = color;
            Frames(2);
            const ImGuiWindow* w = ImGui::FindWindowByName("###map");
            ASSERT_NE(w, nullptr);
            EXPECT_LE(w->DC.CursorMaxPos.x, w->ContentRegionRect.Max.x + 1.0f) << kLangNames[static_cast<size_t>(lang)] << " " << static_cast<int>(color);
            EXPECT_LE(w->DC.CursorMaxPos.y, w->ContentRegionRect.Max.y + 1.0f) << kLangNames[static_cast<size_t>(lang)] << " " << static_cast<int>(color);
            EXPECT_GT(app.map.screen_scale, 0.0f);
        }
}

// Issue 16.7: the Map's colouring and vendor are in the link; without a chosen vendor, a filter on one vendor is the
// Map's vendor.
TEST_F(MapFrames, ColouringAndVendorAreInTheLinkAndFollowTheFilter) {
    ApplyPermalink(app, "view=map&map=vendor&vendor=tiktok");
    Frames(2);
    EXPECT_EQ(app.view.map_color, CountryRole::AgainstVendor);
    ASSERT_TRUE(app.derived.map_vendor);
    EXPECT_EQ(app.dataset->vendors[*app.derived.map_vendor].id, "tiktok");
    ApplyPermalink(app, "view=map&map=vendor&mapvendor=huawei&vendor=tiktok");
    Frames(2);
    EXPECT_EQ(app.dataset->vendors[*app.derived.map_vendor].id, "huawei") << "a chosen vendor comes first";
    EXPECT_NE(CurrentUrl(app).find("map=vendor&mapvendor=huawei"), std::string::npos) << CurrentUrl(app);
}

// Issue 19.4: with one acting state the map shows whom it acted against; with one targeted state, who acted.
TEST_F(MapFrames, OneActingStateColoursWhomItTargeted) {
    ApplyPermalink(app, "view=map&actor=CN");
    Frames(2);
    EXPECT_EQ(app.derived.map_color, CountryRole::Received);
    EXPECT_TRUE(app.derived.map_color_switched);
    EXPECT_GT(app.derived.map_counts.received[*app.dataset->FindCountry("US")], 0u);
    ApplyPermalink(app, "view=map&target=US&map=received");
    Frames(2);
    EXPECT_EQ(app.derived.map_color, CountryRole::Taken);
    ApplyPermalink(app, "view=map&actor=CN,US");
    Frames(2);
    EXPECT_EQ(app.derived.map_color, CountryRole::Taken);
    EXPECT_FALSE(app.derived.map_color_switched);
}

}  // namespace rift
