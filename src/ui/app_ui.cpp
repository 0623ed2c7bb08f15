// The frame's layout: header with view tabs, side panels on wide screens, tabs on phones, playback bar; and the
// layout of a picture to publish (the main view with its title, filters and credit).
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <vector>

#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

namespace {

constexpr ImGuiWindowFlags kPanel = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;

void Place(float x, float y, float w, float h) {
    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::SetNextWindowSize(ImVec2(std::max(w, 1.0f), std::max(h, 1.0f)));
}

bool TabButton(const char* label, bool active) {
    if (active) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_TabActive));
        ImGui::PushStyleColor(ImGuiCol_Text, AccentColor());
    }
    const bool pressed = ImGui::Button(label);
    if (active) ImGui::PopStyleColor(2);
    return pressed;
}

// The header's buttons on the right: language, theme, How many?, data, share, about; in an embedded frame only
// "Open in Rift".
std::vector<const char*> HeaderButtons(const AppState& app) {
    if (app.view.embed) return {Tr("Open in Rift")};
    return {app.view.lang == Lang::De ? "EN" : "DE", app.view.theme == Theme::Dark ? Tr("Light") : Tr("Dark"),
            Tr("How many?"), Tr("Data"), Tr("Share"), Tr("About")};
}

// On a phone the buttons sit closer together, so that they fit beside the name in English and at all in German.
float HeaderButtonGap(bool narrow) { return ImGui::GetStyle().ItemSpacing.x * (narrow ? 0.5f : 1.0f); }

float HeaderButtonsWidth(const AppState& app, bool narrow) {
    float w = 0;
    for (const char* l : HeaderButtons(app))
        w += ImGui::CalcTextSize(l).x + ImGui::GetStyle().FramePadding.x * 2 + HeaderButtonGap(narrow);
    return w;
}

// The header's layout, decided once a frame (DrawApp sizes the header by it, DrawHeader draws it): the buttons'
// width, and whether the name and what Rift is get a row of their own above the buttons, where the buttons leave no
// room for the name beside them (a phone): a reader who opens a link on a phone sees what the page is first.
struct HeaderLayout {
    float buttons_w = 0;
    bool name_row = false;
};

HeaderLayout LayOutHeader(const AppState& app, float width, bool narrow) {
    HeaderLayout layout;
    layout.buttons_w = HeaderButtonsWidth(app, narrow);
    if (app.view.embed || !narrow) return layout;
    ImGui::PushFont(BoldFont());
    const float name_w = ImGui::CalcTextSize("Rift").x;
    ImGui::PopFont();
    layout.name_row = name_w + layout.buttons_w + ImGui::GetStyle().WindowPadding.x * 2 > width;
    return layout;
}

void DrawHeader(AppState& app, float width, float height, bool narrow, const HeaderLayout& layout) {
    Place(0, 0, width, height);
    ImGui::Begin("##header", nullptr, kPanel | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const bool embed = app.view.embed;
    const bool dark = app.view.theme == Theme::Dark, german = app.view.lang == Lang::De;
    const float gap = HeaderButtonGap(narrow), right_w = layout.buttons_w;
    const bool name_row = layout.name_row;
    ImGui::PushFont(BoldFont());
    // An embed's own title (title=), else the name; cut with "…" before the buttons on the right.
    const float title_w = width * (embed ? 0.62f : 1.0f);
    ImGui::TextUnformatted(embed && !app.view.title.empty() ? FitTextBidi(app.view.title, title_w).c_str() : "Rift");
    RememberItem(app.control_rects, "title");
    ImGui::PopFont();
    if (!narrow || name_row) {
        // Beside the name: what Rift is (on a phone the short form, cut with "…" where even that is too long).
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, MutedColor());
        if (name_row)
            TextOneLine(Tr("States' measures against tech vendors"));
        else
            ImGui::TextUnformatted(Tr("Measures states take against each other's technology vendors"));
        ImGui::PopStyleColor();
        RememberItem(app.control_rects, "tagline");
    }
    if (name_row)  // the buttons on the next row, at its right end
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), width - right_w - ImGui::GetStyle().WindowPadding.x));
    else
        ImGui::SameLine(std::max(ImGui::GetCursorPosX(), width - right_w - ImGui::GetStyle().WindowPadding.x));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, ImGui::GetStyle().ItemSpacing.y));
    if (embed) {
        const bool open_full = ImGui::SmallButton(Tr("Open in Rift"));
        RememberItem(app.control_rects, "open-in-rift");
        if (open_full && app.hooks.open_url && app.hooks.page_url) {
            ViewState full = CurrentView(app);
            full.embed = false;
            app.hooks.open_url(app.hooks.page_url() + "#" + ToUrl(full));
        }
    } else {
        if (ImGui::SmallButton(german ? "EN" : "DE")) app.view.lang = german ? Lang::En : Lang::De;
        RememberItem(app.control_rects, "language");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("Language"));
        ImGui::SameLine();
        if (ImGui::SmallButton(dark ? Tr("Light") : Tr("Dark"))) app.view.theme = dark ? Theme::Light : Theme::Dark;
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr("How many?"))) app.view.count = true;
        RememberItem(app.control_rects, "how-many");
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr("Data"))) app.show_data = true;
        RememberItem(app.control_rects, "data");
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr("Share"))) app.show_share = true;
        RememberItem(app.control_rects, "share");
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr("About"))) app.show_about = true;
        RememberItem(app.control_rects, "about");
    }
    ImGui::PopStyleVar();

    // An embed says what it shows: the filters, the count, the period and how current the data is.
    if (embed) {
        ImGui::PushStyleColor(ImGuiCol_Text, MutedColor());
        TextOneLine(app.derived.summary_line);
        ImGui::PopStyleColor();
        RememberItem(app.control_rects, "summary-line");
    }

    // Views: tabs on wide screens, a drop-down on phones and in embedded frames.
    if (narrow) {
        const char* current = ViewLabel(app.view.view);
        ImGui::SetNextItemWidth(ImGui::CalcTextSize(Tr("Compare")).x + ImGui::GetFrameHeight() * 2);
        // The list opens over any panel; choosing a view (the current one too) shows the main panel. Pop exactly what
        // was pushed: the choice changes the panel between the two.
        const bool highlight = app.phone_panel == Panel::Main;
        if (highlight) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::GetStyleColorVec4(ImGuiCol_TabActive));
        if (ImGui::BeginCombo("##view", current)) {
            for (View v : kViewOrder) {
                if (ImGui::Selectable(ViewLabel(v), v == app.view.view)) {
                    app.view.view = v;
                    app.phone_panel = Panel::Main;
                }
                RememberItem(app.control_rects, std::string("view-") + std::string(kViewNames[static_cast<size_t>(v)]));
            }
            ImGui::EndCombo();
        }
        RememberItem(app.control_rects, "view-menu");
        if (highlight) ImGui::PopStyleColor();
        ImGui::SameLine();
        if (TabButton(Tr("Filters"), app.phone_panel == Panel::Filters)) app.phone_panel = Panel::Filters;
        RememberItem(app.control_rects, "tab-filters");
        ImGui::SameLine();
        if (TabButton(Tr("Details"), app.phone_panel == Panel::Details)) app.phone_panel = Panel::Details;
        RememberItem(app.control_rects, "tab-details");
        ImGui::SameLine();
    } else {
        for (View v : kViewOrder) {
            if (TabButton(ViewLabel(v), app.view.view == v)) app.view.view = v;
            RememberItem(app.control_rects, std::string("tab-") + std::string(kViewNames[static_cast<size_t>(v)]));
            ImGui::SameLine();
        }
    }
    if (embed) {  // embeds leave the search to "Open in Rift": the rows are the reader's data
        ImGui::End();
        return;
    }
    if (narrow) ImGui::NewLine();  // the search box gets its own full-width row
    const float search_w = narrow ? ImGui::GetContentRegionAvail().x : std::min(320.0f * app.ui_scale, ImGui::GetContentRegionAvail().x);
    if (!narrow) ImGui::SameLine(width - search_w - ImGui::GetStyle().WindowPadding.x);
    ImGui::SetNextItemWidth(search_w);
    if (app.focus_search) {
        ImGui::SetKeyboardFocusHere();
        app.focus_search = false;
    }
    char buf[201];
    const size_t n = std::min(app.search_text.size(), sizeof(buf) - 1);
    app.search_text.copy(buf, n);
    buf[n] = '\0';
    const bool edited = ImGui::InputTextWithHint("##search", Tr("Search events..."), buf, sizeof(buf));
    RememberItem(app.control_rects, "search");
    if (edited) {
        app.search_text = buf;
        app.view.filter.text = app.search_text;
    }
    ImGui::End();
}

// The link's dataset version differs from the data shown: say so, and offer what changed since (the release record
// is fetched now, once the full data is in: the first view needs neither).
void VersionNotice(AppState& app) {
    const std::string& v = app.link_version;
    ImGui::Bullet();
    ImGui::TextUnformatted(TrFill("This link was made with dataset version {}; the data shown is version {}.",
                                 {v, app.dataset ? std::string_view(app.dataset->version) : std::string_view()})
                               .c_str());
    if (!app.dataset || !app.dataset->content_hashed) return;  // the first view, or data loaded without the link
    if (!app.releases && !app.releases_requested && app.hooks.request_releases) {
        app.releases_requested = true;
        app.hooks.request_releases();
    }
    const Derived& d = app.derived;
    ImGui::Indent();
    if (!app.releases_error.empty()) {
        ImGui::TextUnformatted(TrFill("The release record could not be loaded ({}).", {app.releases_error}).c_str());
    } else if (!app.releases || d.changes_since != v) {
        if (app.releases_requested) ImGui::TextDisabled("%s", Tr("Loading the release record..."));
    } else if (!d.changes) {
        ImGui::TextUnformatted(TrFill("Version {} is not in the release record: what changed since cannot be listed.", {v}).c_str());
    } else {
        if (ImGui::SmallButton(TrFill("What changed since {}", {v}).c_str())) app.show_changes = app.mark_changes = true;
        RememberItem(app.control_rects, "whats-changed");
        const std::string counts = TrFill("{} new, {} corrected", {std::to_string(d.changes->added.size()),
                                                                   std::to_string(d.changes->corrected.size())});
        SameLineOrWrap(ImGui::CalcTextSize(counts.c_str()).x);
        ImGui::TextDisabled("%s", counts.c_str());
    }
    ImGui::Unindent();
}

void DrawNotices(AppState& app, float x, float y, float w) {
    if (app.notices.empty() && app.load_problems.empty() && app.link_version.empty()) return;
    ImGui::SetNextWindowPos(ImVec2(x + w - 12 * app.ui_scale, y + 8 * app.ui_scale), ImGuiCond_Always, ImVec2(1, 0));
    const float max_w = std::min(w - 24 * app.ui_scale, 520 * app.ui_scale);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(max_w, 300 * app.ui_scale));
    ImGui::Begin("##notices", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize |
                                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
    // Long messages wrap at the window's widest (a fixed position: the window sizes itself to its text).
    ImGui::PushTextWrapPos(max_w - ImGui::GetStyle().WindowPadding.x);
    auto bullet = [](const std::string& text) {
        ImGui::Bullet();
        ImGui::TextUnformatted(text.c_str());
    };
    if (!app.load_problems.empty()) {
        ImGui::PushFont(BoldFont());
        ImGui::TextUnformatted(Tr("Dataset problems"));
        ImGui::PopFont();
        ImGui::TextUnformatted(app.status_line.c_str());
        for (size_t i = 0; i < std::min<size_t>(app.load_problems.size(), 12); ++i) bullet(app.load_problems[i]);
        if (app.load_problems.size() > 12) ImGui::Text("... %zu %s", app.load_problems.size() - 12, Tr("more"));
    }
    if (!app.notices.empty() || !app.link_version.empty()) {
        ImGui::PushFont(BoldFont());
        ImGui::TextUnformatted(Tr("Notices"));
        ImGui::PopFont();
        if (!app.link_version.empty()) VersionNotice(app);
        for (const std::string& n : app.notices) bullet(n);
    }
    ImGui::PopTextWrapPos();
    if (ImGui::Button(Tr("Dismiss"))) {
        app.notices.clear();
        app.load_problems.clear();
        app.link_version.clear();  // ends the comparison: the marks go
        app.mark_changes = app.show_changes = false;
    }
    RememberItem(app.control_rects, "dismiss-notices");
    ImGui::End();
}

void DrawMain(AppState& app) {
    switch (app.view.view) {
        case View::Timeline: DrawTimelineWindow(app, nullptr); break;
        case View::Map: DrawMapWindow(app, nullptr); break;
        case View::Compare: DrawCompareWindow(app, nullptr); break;
        case View::Vendors: DrawVendorsWindow(app, nullptr); break;
        case View::Events: DrawEventsWindow(app, nullptr); break;
        case View::Cascade: DrawCascadeWindow(app, nullptr); break;
    }
}

void HandleKeys(AppState& app) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return;  // typing in a field: keys belong to it
    auto pressed = [](ImGuiKey key, bool repeat) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), repeat); };
    if (pressed(ImGuiKey_Space, false)) TogglePlay(app);
    if (pressed(ImGuiKey_RightArrow, true)) StepEvent(app, +1);
    if (pressed(ImGuiKey_LeftArrow, true)) StepEvent(app, -1);
    for (ImWchar c : io.InputQueueCharacters)
        if (c == '/') app.focus_search = true;
    if (pressed(ImGuiKey_Escape, false)) {
        // Each press undoes one thing: a dialog or panel, then the selection; then Escape leaves the canvas (the
        // page focuses its accessible controls), so a keyboard is never trapped in it. A recording is cancelled first.
        if (app.recording.active) StopRecording(app, false);
        else if (app.show_share || app.show_about || app.show_data || app.show_changes || app.view.count)
            app.show_share = app.show_about = app.show_data = app.show_changes = app.view.count = false;
        else if (app.selected) SelectEvent(app, std::nullopt);
        else app.leave_canvas = true;
    }
}

}  // namespace

bool BeginPanel(const char* name, bool* p_open, const AppState& app, int extra_flags) {
    ImGui::Begin(name, p_open, kPanel | extra_flags);
    if (app.dataset) return true;
    ImGui::End();
    return false;
}

bool BeginDialog(const char* title, bool* p_open, const AppState& app, float width, float height) {
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(size.x / 2, size.y / 2), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(size.x - 20, width * app.ui_scale),
                                    height > 0 ? std::min(size.y - 20, height * app.ui_scale) : 0.0f),
                             ImGuiCond_Appearing);
    return ImGui::Begin(title, p_open, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse);
}

std::string SiblingUrl(const AppState& app, std::string_view file) {
    if (!app.hooks.page_url || !app.hooks.open_url) return {};
    const std::string page = app.hooks.page_url();
    const size_t slash = page.rfind('/');
    if (page.rfind("http", 0) != 0 || slash == std::string::npos) return {};
    return page.substr(0, slash + 1) + std::string(file);
}

void NoMatches(AppState& app) {
    ImGui::TextUnformatted(Tr("No events match these filters."));
    const size_t alone = app.derived.search_matches_alone;
    if (alone == 0) return;
    ImGui::Text("%zu %s \"%s\" %s", alone, Tr(alone == 1 ? "event matches" : "events match"),
                app.view.filter.text.c_str(), Tr("without the other filters."));
    if (ImGui::SmallButton(Tr("Search everything"))) {
        const std::string text = app.view.filter.text;
        ClearFilters(app);
        app.view.filter.text = app.search_text = text;
    }
    RememberItem(app.control_rects, "search-everything");
}

// The height an embed wants, in CSS pixels, for its view and the frame's width (never its height: a host that sizes
// the frame to it changes nothing here). The timeline: header, toolbar, axis, every visible lane, the escalation
// strip and playback, capped (more lanes scroll). The other views scroll inside: a fixed height by width, steps
// rather than a slope so that a host's scrollbar appearing (a few pixels narrower) does not change it.
float EmbedHeight(const AppState& app, float width, float header_h, float playback_h) {
    if (!app.dataset) return 0;
    const float s = app.ui_scale > 0 ? app.ui_scale : 1.0f;
    const float css_w = width / s;
    const float chrome = (header_h + playback_h) / s;
    float body = 0;
    if (app.phone_panel == Panel::Main && app.view.view == View::Timeline) {
        float lanes = 0;
        for (CountryId c : app.derived.visible_lanes) lanes += app.collapsed_lanes.count(c) ? 12.0f : 26.0f;
        const float axis = (ImGui::GetTextLineHeight() + 4) / s;
        const float toolbar = app.timeline_top > 0 ? app.timeline_top / s : 40.0f;
        body = toolbar + axis + std::max(lanes, 60.0f) + 88.0f + 8.0f + ImGui::GetStyle().WindowPadding.y / s;
        body = std::max(body, 240.0f);
    } else if (app.phone_panel == Panel::Main && app.view.view == View::Map) {
        body = css_w < 600 ? 300.0f : css_w < 900 ? 420.0f : 520.0f;
    } else if (app.phone_panel == Panel::Main && app.view.view == View::Cascade) {
        // Title, controls, the figures (two lines each on a phone) and their definition, then each cascade's heading
        // and rows; more rows scroll.
        const float line = ImGui::GetTextLineHeightWithSpacing() / s;
        const size_t n = app.derived.cascades.size();
        float rows = 0;
        for (const Cascade& c : app.derived.cascades) rows += line + 14.0f + 22.0f * static_cast<float>(c.rows.size());
        const float figures = css_w < 600 ? line * 3.0f * static_cast<float>(n) + line * 5 : line * static_cast<float>(n + 1) + line * 3;
        body = std::max(line * 4 + figures + line + rows, 240.0f);
    } else {
        body = css_w < 600 ? 480.0f : 440.0f;
    }
    return std::round(std::min(chrome + body, 900.0f));
}

void DrawApp(AppState& app) {
    if (app.applied_theme != app.view.theme) {  // a link, the host page or the menu changed it
        app.applied_theme = app.view.theme;
        ApplyTheme(app.view.theme == Theme::Dark, app.ui_scale);
    }
    BeginTouchFrame(app);
    app.timeline_marks.clear();
    app.vendor_cells.clear();
    Refresh(app);  // (which also has Tr speak the view's language, for every window below)
    HandleKeys(app);  // after Refresh: stepping reads this frame's step order
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    const float s = app.ui_scale;
    const bool narrow = size.x < 760.0f * s || app.view.embed;
    const float line = ImGui::GetFrameHeightWithSpacing();
    // The header's rows: the title in bold beside small buttons (no frame; on a phone the buttons may go below it),
    // the view tabs (phones: view, Filters, Details) and the search box (its own row on phones). Sizing the title row
    // as a frame row left a blank band.
    const bool embed = app.view.embed;
    app.narrow = narrow;
    // Embeds: a summary line instead of the search row, and playback in two rows (buttons and the scrubber, the
    // caption), so a phone-sized frame keeps its height for the data.
    const HeaderLayout header = LayOutHeader(app, size.x, narrow);
    const float header_h = ImGui::GetStyle().WindowPadding.y * 2 + BoldFont()->FontSize + ImGui::GetStyle().ItemSpacing.y +
                           (embed ? ImGui::GetTextLineHeightWithSpacing() : 0.0f) +
                           (header.name_row ? ImGui::GetTextLineHeightWithSpacing() : 0.0f) +
                           (narrow && !embed ? line : 0.0f) + ImGui::GetFrameHeight();
    const float playback_h = ImGui::GetStyle().WindowPadding.y * 2 + line * (embed ? 2.0f : narrow ? 3.0f : 2.0f);
    DrawHeader(app, size.x, header_h, narrow, header);
    const float body_y = header_h;
    const float body_h = size.y - header_h - playback_h;
    if (narrow) {
        Place(0, body_y, size.x, body_h);
        switch (app.phone_panel) {
            case Panel::Main: DrawMain(app); break;
            case Panel::Filters: DrawFiltersWindow(app, nullptr); break;
            case Panel::Details: DrawDetailsWindow(app, nullptr); break;
        }
    } else {
        const float left = app.show_filters ? std::clamp(size.x * 0.2f, 230.0f * s, 300.0f * s) : 0.0f;
        const float right = app.show_details ? std::clamp(size.x * 0.26f, 280.0f * s, 400.0f * s) : 0.0f;
        if (app.show_filters) {
            Place(0, body_y, left, body_h);
            DrawFiltersWindow(app, &app.show_filters);
        }
        Place(left, body_y, size.x - left - right, body_h);
        DrawMain(app);
        if (app.show_details) {
            Place(size.x - right, body_y, right, body_h);
            DrawDetailsWindow(app, &app.show_details);
        }
    }
    Place(0, size.y - playback_h, size.x, playback_h);
    DrawPlaybackWindow(app, nullptr);
    DrawNotices(app, 0, body_y, size.x);
    app.embed_height = embed ? EmbedHeight(app, size.x, header_h, playback_h) : 0.0f;
    if (app.show_about) DrawAboutWindow(app, &app.show_about);
    if (app.show_share) DrawShareWindow(app, &app.show_share);
    if (app.show_data) DrawDataWindow(app, &app.show_data);
    if (app.show_changes) DrawChangesWindow(app, &app.show_changes);
    if (app.view.count) DrawCountWindow(app, &app.view.count);
    ContinueRecording(app);  // after every window: the Data dialog's Cancel has had its say
}

void DrawPicture(AppState& app, bool video) {
    Refresh(app);  // nothing changed since the frame before: the answers are cached (and Tr speaks the view's language)
    // The picture's windows record controls and touch areas in its own coordinates: the screen's stay as they were.
    const auto rects = app.control_rects;
    const TouchState touch = app.touch;
    const bool narrow = app.narrow;
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    const ImGuiStyle& style = ImGui::GetStyle();
    app.narrow = size.x < 760.0f * app.ui_scale;  // the views lay out for the picture's width
    app.picture_frame = true;

    PictureRecord& picture = app.picture;
    picture = PictureRecord{};
    picture.width = static_cast<int>(size.x);
    picture.height = static_cast<int>(size.y);
    picture.title = app.view.title.empty() ? app.derived.summary_line : app.view.title;
    picture.filters = app.derived.filters_line;
    picture.credit = std::string(Tr("Source: Rift dataset")) + " " + (app.dataset ? app.dataset->version : "") +
                     ", CC BY 4.0";
    if (app.hooks.page_url) {
        const std::string page = app.hooks.page_url();
        if (page.rfind("http", 0) == 0) picture.credit += " · " + page;
    }

    // Title (bold, up to two lines), filters, the view, credit: heights from the text they hold.
    ImFont* bold = BoldFont();
    const float wrap = size.x - style.WindowPadding.x * 2;
    const float title_h = std::min(bold->CalcTextSizeA(bold->FontSize, FLT_MAX, wrap, picture.title.c_str()).y,
                                   bold->FontSize * 2);
    // A recording's frame says where playback is: the cursor's date (bold) and the caption of the newest event.
    if (video) {
        picture.caption = FormatDay(CursorDay(app.clock));
        if (!app.caption.empty()) picture.caption += "  ·  " + app.caption;
    }
    const float caption_h = picture.caption.empty() ? 0.0f : bold->FontSize + style.ItemSpacing.y;
    const float top_h =
        style.WindowPadding.y * 2 + title_h + style.ItemSpacing.y + ImGui::GetTextLineHeight() + caption_h;
    const float bottom_h = style.WindowPadding.y * 2 + ImGui::GetTextLineHeight();
    const ImGuiWindowFlags text_only = kPanel | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoInputs;
    Place(0, 0, size.x, top_h);
    ImGui::Begin("##picture-title", nullptr, text_only);
    const ImVec2 title_at = ImGui::GetCursorScreenPos();
    ImGui::PushClipRect(title_at, ImVec2(title_at.x + wrap, title_at.y + title_h), true);
    ImGui::PushFont(bold);
    ImGui::PushTextWrapPos(0.0f);
    TextBidi(picture.title);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::PopClipRect();
    ImGui::SetCursorPosY(top_h - style.WindowPadding.y - ImGui::GetTextLineHeight() - caption_h);
    ImGui::PushStyleColor(ImGuiCol_Text, MutedColor());
    TextOneLine(picture.filters);
    ImGui::PopStyleColor();
    if (!picture.caption.empty()) {
        ImGui::PushFont(bold);
        TextOneLineBidi(picture.caption);
        ImGui::PopFont();
    }
    ImGui::End();
    Place(0, top_h, size.x, size.y - top_h - bottom_h);
    DrawMain(app);
    Place(0, size.y - bottom_h, size.x, bottom_h);
    ImGui::Begin("##picture-credit", nullptr, text_only);
    ImGui::PushStyleColor(ImGuiCol_Text, MutedColor());
    TextOneLine(picture.credit);
    ImGui::PopStyleColor();
    ImGui::End();

    for (const ImGuiWindow* window : ImGui::GetCurrentContext()->Windows)
        if (window->Active && window->RootWindow == window && !window->IsFallbackWindow)
            picture.windows.push_back(window->Name);
    app.control_rects = rects;
    app.touch = touch;
    app.narrow = narrow;
    app.picture_frame = false;
}

}  // namespace rift
