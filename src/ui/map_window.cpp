// Map: a world choropleth of measures each country took, received, or took against one vendor, to the cursor.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/geo.h"
#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

namespace {

constexpr float kMaxZoom = 24.0f;

// Map units to screen pixels for this frame: screen = origin + p * scale.
struct Projection {
    float scale = 1.0f;
    ImVec2 origin;
    ImVec2 ToScreen(MapPoint p) const { return ImVec2(origin.x + p.x * scale, origin.y + p.y * scale); }
    MapPoint ToMap(ImVec2 s) const { return {(s.x - origin.x) / scale, (s.y - origin.y) / scale}; }
};

float FitScale(const WorldMap& map, ImVec2 size) {
    return 0.98f * std::min(size.x / (map.max.x - map.min.x), size.y / (map.max.y - map.min.y));
}

Projection ProjectionOf(const WorldMap& map, const MapViewState& view, ImVec2 p0, ImVec2 p1) {
    Projection pr;
    pr.scale = FitScale(map, ImVec2(p1.x - p0.x, p1.y - p0.y)) * view.zoom;
    const float cx = (map.min.x + map.max.x) / 2 + view.pan_x, cy = (map.min.y + map.max.y) / 2 + view.pan_y;
    pr.origin = ImVec2((p0.x + p1.x) / 2 - cx * pr.scale, (p0.y + p1.y) / 2 - cy * pr.scale);
    return pr;
}

// Keeps the view over the map: at zoom z the centre may move (1 - 1/z) of the half extent from the middle.
void ClampPan(const WorldMap& map, MapViewState& view) {
    const float free = 1.0f - 1.0f / view.zoom;
    const float hx = (map.max.x - map.min.x) / 2 * free, hy = (map.max.y - map.min.y) / 2 * free;
    view.pan_x = std::clamp(view.pan_x, -hx, hx);
    view.pan_y = std::clamp(view.pan_y, -hy, hy);
}

// Zooms by `factor`, keeping the map point under `anchor` (screen) where it is.
void ZoomAround(const WorldMap& map, MapViewState& view, ImVec2 p0, ImVec2 p1, ImVec2 anchor, float factor) {
    const MapPoint m = ProjectionOf(map, view, p0, p1).ToMap(anchor);
    view.zoom = std::clamp(view.zoom * factor, 1.0f, kMaxZoom);
    const float scale = FitScale(map, ImVec2(p1.x - p0.x, p1.y - p0.y)) * view.zoom;
    // Solve origin + m * scale = anchor for the pan that gives that origin.
    view.pan_x = m.x - (anchor.x - (p0.x + p1.x) / 2) / scale - (map.min.x + map.max.x) / 2;
    view.pan_y = m.y - (anchor.y - (p0.y + p1.y) / 2) / scale - (map.min.y + map.max.y) / 2;
    ClampPan(map, view);
}

ImU32 Mix(const ImVec4& a, const ImVec4& b, float t) {
    return ImGui::ColorConvertFloat4ToU32(
        ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f));
}

// A single-hue ramp by lightness (readable without telling hues apart) from the panel background to the
// accent colour, so it follows the theme. Zero is a neutral grey, apart from the first class in both themes.
struct Ramp {
    std::vector<uint32_t> breaks;
    std::vector<ImU32> colors;
    ImU32 zero = 0;
    explicit Ramp(uint32_t max) : breaks(ClassBreaks(max)) {
        const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_ChildBg],
                     text = ImGui::GetStyle().Colors[ImGuiCol_Text];
        const ImVec4 accent = ImGui::ColorConvertU32ToFloat4(AccentColor());
        zero = Mix(bg, text, 0.11f);
        const size_t n = breaks.size();
        for (size_t k = 0; k < n; ++k)
            colors.push_back(
                Mix(bg, accent,
                    n == 1 ? 1.0f : 0.35f + 0.65f * static_cast<float>(k) / static_cast<float>(n - 1)));
    }
    ImU32 Of(uint32_t v) const {
        if (v == 0) return zero;
        for (size_t k = 0; k < breaks.size(); ++k)
            if (v <= breaks[k]) return colors[k];
        return colors.empty() ? zero : colors.back();
    }
};

const char* ColorLabel(CountryRole color) {
    switch (color) {
        case CountryRole::Taken:
            return Tr("Measures taken");
        case CountryRole::Received:
            return Tr("Measures received");
        case CountryRole::AgainstVendor:
            return Tr("Taken against a vendor");
    }
    return "";
}

// The tooltip of a country (`id` in the dataset, or -1); its vendors are in Derived once Refresh has seen it hovered.
void CountryTooltip(AppState& app, std::string_view code, int32_t id) {
    const Derived& d = app.derived;
    const CountryCounts& c = d.map_counts;
    app.map.hover_country = id;
    ImGui::BeginTooltip();
    ImGui::PushFont(BoldFont());
    ImGui::TextUnformatted(CountryLabel(app, code).c_str());
    ImGui::PopFont();
    if (id < 0) {
        ImGui::TextDisabled("%s", Tr("No measures up to this date"));
    } else {
        const auto k = static_cast<size_t>(id);
        ImGui::Text("%s: %u   %s: %u", Tr("Taken"), c.taken[k], Tr("Received"), c.received[k]);
        if (d.map_color == CountryRole::AgainstVendor && d.map_vendor)
            ImGui::Text("%s %s: %u", Tr("Against"), app.dataset->vendors[*d.map_vendor].name.c_str(), c.against[k]);
        const auto& top = d.map_top_vendors;
        if (d.map_top_country == id && !top.empty()) {
            std::string line;
            for (const auto& [v, n] : top)
                line += (line.empty() ? "" : ", ") + app.dataset->vendors[v].name + " (" + std::to_string(n) +
                        ")";
            ImGui::TextDisabled("%s:", d.map_color == CountryRole::Received ? Tr("Vendors targeted")
                                                                           : Tr("Vendors it acted against"));
            ImGui::TextUnformatted(line.c_str());
        }
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s", app.touch.active ? Tr("Tap again: filter by this country") : Tr("Click: filter by this country"));
    const auto& cmp = app.view.compare;
    if (app.touch.active) {
        // A finger has no right button: the comparison is chosen in Compare.
    } else if (std::find(cmp.begin(), cmp.end(), code) != cmp.end())
        ImGui::TextDisabled("%s", Tr("In the comparison"));
    else if (cmp.size() >= kMaxCompare)
        ImGui::TextDisabled("%s", Tr("Comparison is full (4 countries)"));
    else
        ImGui::TextDisabled("%s", Tr("Right-click: add to the comparison"));
    ImGui::EndTooltip();
}

void AddToFilter(AppState& app, std::string_view code) {
    auto& actors = app.view.filter.actors;
    if (std::find(actors.begin(), actors.end(), code) == actors.end()) actors.emplace_back(code);
}

void AddToCompare(AppState& app, std::string_view code) {
    auto& cmp = app.view.compare;
    if (cmp.size() < kMaxCompare && std::find(cmp.begin(), cmp.end(), code) == cmp.end())
        cmp.emplace_back(code);
}

// The colouring and vendor choices, the date and the zoom buttons; on a phone the buttons (and the date) take a
// second line. Returns the zoom factor asked for (1 for none): the canvas is placed after the toolbar.
float DrawToolbar(AppState& app) {
    const Dataset& ds = *app.dataset;
    const float s = app.ui_scale;
    const float combo_w = std::min(200 * s, ImGui::GetContentRegionAvail().x);
    ImGui::SetNextItemWidth(combo_w);
    if (ImGui::BeginCombo("##color", ColorLabel(app.view.map_color))) {
        for (CountryRole m : {CountryRole::Taken, CountryRole::Received, CountryRole::AgainstVendor})
            if (ImGui::Selectable(ColorLabel(m), app.view.map_color == m)) app.view.map_color = m;
        ImGui::EndCombo();
    }
    if (app.view.map_color == CountryRole::AgainstVendor) {
        const auto current = app.derived.map_vendor;
        SameLineOrWrap(combo_w);
        ImGui::SetNextItemWidth(combo_w);
        if (ImGui::BeginCombo("##vendor", current ? ds.vendors[*current].name.c_str() : "")) {
            for (VendorId v : app.derived.vendors_by_name) {
                ImGui::PushID(v);
                if (ImGui::Selectable(ds.vendors[v].name.c_str(), current == v))
                    app.view.map_vendor = ds.vendors[v].id;
                if (current == v && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY();
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
    }
    const ImGuiStyle& st = ImGui::GetStyle();
    const char* reset = Tr("Reset zoom");
    const float buttons_w = ImGui::CalcTextSize("+").x + ImGui::CalcTextSize("-").x +
                            ImGui::CalcTextSize(reset).x + st.FramePadding.x * 6 + st.ItemSpacing.x * 2;
    // The date goes between the combos and the zoom buttons where it fits; the buttons keep to the right edge,
    // on a line of their own (with the date) when the combos leave no room.
    const std::string date = std::string(Tr("up to")) + " " + FormatDay(CursorDay(app.clock));
    SameLineOrWrap(buttons_w);
    const float buttons_x = ImGui::GetWindowContentRegionMax().x - buttons_w;
    if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(date.c_str()).x + st.ItemSpacing.x < buttons_x) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", date.c_str());
        ImGui::SameLine();
    }
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), buttons_x));
    float zoom = 1.0f;
    if (ImGui::Button("+")) zoom = 1.5f;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("Zoom in"));
    ImGui::SameLine();
    if (ImGui::Button("-")) zoom = 1.0f / 1.5f;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("Zoom out"));
    ImGui::SameLine();
    if (ImGui::Button(reset)) {
        app.map.zoom = 1.0f;
        app.map.pan_x = app.map.pan_y = 0.0f;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("Wheel zooms, drag pans"));
    return zoom;
}

// Fills every visible country with its class colour (triangles written straight into the draw list).
void DrawFills(ImDrawList* dl, const WorldMap& map, const Projection& pr, ImVec2 p0, ImVec2 p1,
               const std::vector<ImU32>& fill) {
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    for (size_t k = 0; k < map.countries.size(); ++k) {
        const MapCountry& c = map.countries[k];
        if (c.IsDot()) continue;
        const ImVec2 a = pr.ToScreen(c.min), b = pr.ToScreen(c.max);
        if (b.x < p0.x || a.x > p1.x || b.y < p0.y || a.y > p1.y) continue;
        dl->PrimReserve(static_cast<int>(c.index_count), static_cast<int>(c.vertex_count));
        const unsigned base = dl->_VtxCurrentIdx;
        for (uint32_t v = 0; v < c.vertex_count; ++v)
            dl->PrimWriteVtx(pr.ToScreen(map.vertices[c.vertex_begin + v]), uv, fill[k]);
        for (uint32_t i = 0; i < c.index_count; ++i)
            dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + map.indices[c.index_begin + i]));
    }
}

void DrawOutline(ImDrawList* dl, const WorldMap& map, const MapCountry& c, const Projection& pr, ImU32 color,
                 float thickness, std::vector<ImVec2>& scratch) {
    uint32_t v = c.vertex_begin;
    for (uint32_t r = 0; r < c.ring_count; ++r) {
        const uint32_t n = map.ring_sizes[c.ring_begin + r];
        scratch.resize(n);
        for (uint32_t k = 0; k < n; ++k) scratch[k] = pr.ToScreen(map.vertices[v + k]);
        dl->AddPolyline(scratch.data(), static_cast<int>(n), color, ImDrawFlags_Closed, thickness);
        v += n;
    }
}

// The legend under the map, then the countries in the data that the map has no shape for (the EU) as buttons.
// Laid out before anything is drawn, wrapping where the window is narrow, so the canvas leaves it the room it needs.
struct LegendEntry {
    enum Kind : uint8_t { Title, Key, OffMap } kind = Title;
    std::string text;
    ImU32 color = 0;
    CountryId country = 0;  // for OffMap
    ImVec2 at;              // from the legend's top left
};
struct Legend {
    std::vector<LegendEntry> entries;
    float height = 0;
};

Legend LayOutLegend(const Dataset& ds, const WorldMap& map, const Ramp& ramp, CountryRole color, bool switched,
                    const std::vector<uint32_t>& values, float width, float s) {
    Legend legend;
    auto add = [&](LegendEntry::Kind kind, std::string text, ImU32 c, CountryId id = 0) {
        legend.entries.push_back({kind, std::move(text), c, id, ImVec2()});
    };
    // When the filter changed the colouring (one acting or one targeted state), the legend says why.
    add(LegendEntry::Title,
        std::string(ColorLabel(color)) +
            (switched ? std::string(" (") + Tr(color == CountryRole::Received ? "the filter names one acting state"
                                                                             : "the filter names one targeted state") + ")"
                      : std::string()) + ":",
        0);
    add(LegendEntry::Key, Tr("none"), ramp.zero);
    uint32_t from = 1;
    for (size_t k = 0; k < ramp.breaks.size(); ++k) {
        add(LegendEntry::Key, from == ramp.breaks[k] ? std::to_string(from)
                                                     : std::to_string(from) + "–" + std::to_string(ramp.breaks[k]),
            ramp.colors[k]);
        from = ramp.breaks[k] + 1;
    }
    const size_t off_map = legend.entries.size();
    for (CountryId id = 0; id < ds.countries.size(); ++id) {
        if (values[id] == 0 || map.Find(ds.countries[id])) continue;
        if (legend.entries.size() == off_map) add(LegendEntry::Title, Tr("Not on the map:"), 0);
        add(LegendEntry::OffMap, ds.countries[id] + " " + std::to_string(values[id]), ramp.Of(values[id]), id);
    }
    const ImGuiStyle& st = ImGui::GetStyle();
    const float line_h = ImGui::GetTextLineHeight();
    const float swatch_w = line_h * 0.6f + st.ItemSpacing.x;
    auto width_of = [&](const LegendEntry& e) {
        const float text_w = ImGui::CalcTextSize(e.text.c_str()).x;
        return e.kind == LegendEntry::Title ? text_w
               : e.kind == LegendEntry::Key ? swatch_w + text_w
                                            : swatch_w + text_w + 2 * st.FramePadding.x;
    };
    float x = 0, y = 0;
    for (size_t k = 0; k < legend.entries.size(); ++k) {
        LegendEntry& e = legend.entries[k];
        const float gap = k == 0 ? 0.0f
                          : e.kind == LegendEntry::Title ? 24 * s
                          : e.kind == LegendEntry::Key && legend.entries[k - 1].kind == LegendEntry::Key ? 12 * s
                                                                                                         : st.ItemSpacing.x;
        // A title stays on the line of its first entry.
        float w = width_of(e);
        if (e.kind == LegendEntry::Title && k + 1 < legend.entries.size())
            w += st.ItemSpacing.x + width_of(legend.entries[k + 1]);
        if (k > 0 && x + gap + w > width) {
            x = 0;
            y += line_h + st.ItemSpacing.y;
        } else {
            x += gap;
        }
        e.at = ImVec2(x, y);
        x += width_of(e);
    }
    legend.height = legend.entries.empty() ? 0.0f : y + line_h;
    return legend;
}

void DrawLegend(AppState& app, const Legend& legend, ImVec2 origin) {
    for (const LegendEntry& e : legend.entries) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + e.at.x, origin.y + e.at.y));
        if (e.kind == LegendEntry::Title) {
            ImGui::TextDisabled("%s", e.text.c_str());
            continue;
        }
        Swatch(e.color);
        if (e.kind == LegendEntry::Key) {
            ImGui::TextUnformatted(e.text.c_str());
            continue;
        }
        const std::string& code = app.dataset->countries[e.country];
        ImGui::PushID(static_cast<int>(e.country));
        if (ImGui::SmallButton(e.text.c_str())) AddToFilter(app, code);
        ImGui::PopID();
        if (ImGui::IsItemClicked(ImGuiMouseButton_Right)) AddToCompare(app, code);
        if (ImGui::IsItemHovered()) CountryTooltip(app, code, e.country);
    }
}

}  // namespace

void DrawMapWindow(AppState& app, bool* p_open) {
    if (!BeginPanel("Map###map", p_open, app,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse))
        return;
    // The geometry is not part of the first download: it is asked for the first time the map is shown.
    if (!app.world) {
        if (!app.world_requested && app.hooks.request_world) {
            app.world_requested = true;
            app.hooks.request_world();
        }
        if (!app.world_error.empty()) ImGui::TextWrapped("%s %s", Tr("Map data could not be read:"), app.world_error.c_str());
        else ImGui::TextDisabled("%s", Tr("Loading the map..."));
        ImGui::End();
        return;
    }
    const WorldMap& map = *app.world;
    const Dataset& ds = *app.dataset;
    const Derived& d = app.derived;
    const float s = app.ui_scale;
    if (d.map_ids_world != &map) {  // the geometry came after this frame's Refresh: counted from the next frame
        ImGui::TextDisabled("%s", Tr("Loading the map..."));
        ImGui::End();
        return;
    }
    app.map.hover_country = -1;  // set again by the tooltip of whatever is under the pointer

    // The toolbar, then the canvas filling what it and the legend below leave (both wrap on a phone).
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float zoom = DrawToolbar(app);
    const CountryCounts& counts = d.map_counts;
    const std::vector<uint32_t>& values = counts.Of(d.map_color);
    const Ramp ramp(counts.MaxOf(d.map_color));
    const Legend legend = LayOutLegend(ds, map, ramp, d.map_color, d.map_color_switched, values, avail.x, s);
    const float gap = ImGui::GetStyle().ItemSpacing.y;
    const ImVec2 p0(top.x, ImGui::GetCursorScreenPos().y),
        p1(top.x + avail.x, std::max(p0.y + 60 * s, top.y + avail.y - legend.height - gap));
    if (zoom != 1.0f) ZoomAround(map, app.map, p0, p1, ImVec2((p0.x + p1.x) / 2, (p0.y + p1.y) / 2), zoom);
    ClampPan(map, app.map);
    const Projection pr = ProjectionOf(map, app.map, p0, p1);
    app.map.screen_scale = pr.scale;
    app.map.screen_x = pr.origin.x;
    app.map.screen_y = pr.origin.y;

    auto value_of = [&](size_t k) {
        const int32_t id = d.map_country_ids[k];
        return id < 0 ? 0u : values[static_cast<size_t>(id)];
    };
    std::vector<ImU32> fill(map.countries.size());
    for (size_t k = 0; k < fill.size(); ++k) fill[k] = ramp.Of(value_of(k));

    // Interaction first (the canvas is one invisible button), drawing after, so hover shows this frame.
    ImGui::SetCursorScreenPos(p0);
    const bool clicked =
        ImGui::InvisibleButton("##canvas", ImVec2(p1.x - p0.x, p1.y - p0.y),
                               ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    const bool hovered = ImGui::IsItemHovered();
    RememberDragArea(app);  // a finger on the map pans it in every direction
    RememberItem(app.control_rects, "map-canvas");
    const ImGuiIO& io = ImGui::GetIO();
    const float dot_r = 3.5f * s;
    const MapCountry* hit = nullptr;
    if (hovered) {
        const MapPoint m = pr.ToMap(io.MousePos);
        hit = HitTest(map, m.x, m.y, (dot_r + 3 * s) / pr.scale);
    }
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 4 * s)) {
        app.map.pan_x -= io.MouseDelta.x / pr.scale;
        app.map.pan_y -= io.MouseDelta.y / pr.scale;  // takes effect next frame, after ClampPan
    }
    if (hovered && io.MouseWheel != 0.0f)
        ZoomAround(map, app.map, p0, p1, io.MousePos, std::pow(1.25f, io.MouseWheel));
    if (clicked && hit) {
        if (io.MouseReleased[ImGuiMouseButton_Right])
            AddToCompare(app, hit->Code());
        else if (io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 16 * s * s) {
            // A finger has no hover: its first tap on a country shows the tooltip, a second tap on it filters.
            if (app.touch.active && app.touch.armed_country != hit->Code()) {
                app.touch.armed_country = std::string(hit->Code());
                app.touch.armed_x = io.MousePos.x;
                app.touch.armed_y = io.MousePos.y;
            } else {
                AddToFilter(app, hit->Code());
                app.touch.armed_country.clear();
            }
        }
    } else if (clicked && !hit) {
        app.touch.armed_country.clear();
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(p0, p1, true);
    dl->AddRectFilled(p0, p1, ImGui::GetColorU32(ImGuiCol_ChildBg), 4 * s);
    DrawFills(dl, map, pr, p0, p1, fill);
    // Background-coloured borders part neighbours of one class; filtered countries get a text-coloured edge.
    std::vector<ImVec2> scratch;
    const ImU32 border = ImGui::GetColorU32(ImGuiCol_WindowBg);
    for (const MapCountry& c : map.countries) {
        if (c.IsDot()) continue;
        const ImVec2 a = pr.ToScreen(c.min), b = pr.ToScreen(c.max);
        if (b.x < p0.x || a.x > p1.x || b.y < p0.y || a.y > p1.y) continue;
        DrawOutline(dl, map, c, pr, border, s, scratch);
    }
    const auto& actors = app.view.filter.actors;
    for (const MapCountry& c : map.countries) {
        const bool chosen = std::find(actors.begin(), actors.end(), c.Code()) != actors.end();
        const bool under_mouse = &c == hit;
        if (!chosen && !under_mouse) continue;
        if (c.IsDot()) continue;
        DrawOutline(dl, map, c, pr, TextColor(under_mouse ? 1.0f : 0.75f), (under_mouse ? 2.0f : 1.5f) * s,
                    scratch);
    }
    // Countries too small for the geometry: dots on top, larger where there is something to show.
    for (size_t k = 0; k < map.countries.size(); ++k) {
        const MapCountry& c = map.countries[k];
        if (!c.IsDot()) continue;
        const ImVec2 p = pr.ToScreen(c.label);
        const bool active = value_of(k) > 0;
        const bool emphasised =
            active || &c == hit || std::find(actors.begin(), actors.end(), c.Code()) != actors.end();
        dl->AddCircleFilled(p, active ? dot_r : 2.0f * s, fill[k], 12);
        if (emphasised)
            dl->AddCircle(p, (active ? dot_r : 2.0f * s) + 0.5f, TextColor(&c == hit ? 1.0f : 0.6f), 12, s);
    }
    dl->PopClipRect();
    if (hovered && hit) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        CountryTooltip(app, hit->Code(), d.map_country_ids[static_cast<size_t>(hit - map.countries.data())]);
    } else if (app.touch.active && !app.touch.armed_country.empty()) {
        // The tapped country's tooltip stays where the finger was after the pointer left (the page moves it away
        // after a tap so that other tooltips clear).
        for (size_t k = 0; k < map.countries.size(); ++k) {
            if (map.countries[k].Code() != app.touch.armed_country) continue;
            // Beside the finger, on the side with more room, so the tooltip stays on screen.
            const bool left = app.touch.armed_x > ImGui::GetIO().DisplaySize.x / 2;
            ImGui::SetNextWindowPos(ImVec2(app.touch.armed_x + (left ? -12.0f : 12.0f) * s, app.touch.armed_y + 12 * s),
                                    ImGuiCond_Always, ImVec2(left ? 1.0f : 0.0f, 0.0f));
            CountryTooltip(app, map.countries[k].Code(), d.map_country_ids[k]);
        }
    }
    if (app.derived.selection.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(p0.x + 10 * s, p0.y + 10 * s));
        NoMatches(app);
    }

    DrawLegend(app, legend, ImVec2(p0.x, p1.y + gap));
    ImGui::End();
}

}  // namespace rift
