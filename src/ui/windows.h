// The explorer's windows: one file each, each drawing from AppState (see docs/ARCHITECTURE.md).
#pragma once
#include <string>

#include "ui/app_state.h"

namespace rift {

// Each window is a function of its own ([[gnu::noinline]], and binaryen's one-caller inlining is bounded in
// src/app/CMakeLists.txt): the page's code split (docs/PERFORMANCE.md, "The deferred code") then leaves the windows
// that the first view does not draw in rift.deferred.wasm instead of inside DrawApp.
#define RIFT_WINDOW [[gnu::noinline]]

RIFT_WINDOW void DrawTimelineWindow(AppState& app, bool* p_open);
RIFT_WINDOW void DrawPlaybackWindow(AppState& app, bool* p_open);
RIFT_WINDOW void DrawCompareWindow(AppState& app, bool* p_open);
RIFT_WINDOW void DrawVendorsWindow(AppState& app, bool* p_open);
RIFT_WINDOW void DrawCascadeWindow(AppState& app, bool* p_open);
// An event's date, measure, title and who acted against whom, as a tooltip (the timeline's marks, the cascades').
void EventTooltip(const AppState& app, EventIndex i);
RIFT_WINDOW void DrawMapWindow(AppState& app, bool* p_open);
RIFT_WINDOW void DrawEventsWindow(AppState& app, bool* p_open);
RIFT_WINDOW void DrawDetailsWindow(AppState& app, bool* p_open);
RIFT_WINDOW void DrawFiltersWindow(AppState& app, bool* p_open);
RIFT_WINDOW void DrawAboutWindow(AppState& app, bool* p_open);
// The citation of an event (or, with nullopt, of the dataset) in the format chosen of four ("<id>-format-<format>")
// with its Copy button ("<id>-copy-<format>"): Details' Cite, About's Cite the dataset.
RIFT_WINDOW void DrawCitations(AppState& app, std::optional<EventIndex> event, const char* id);
RIFT_WINDOW void DrawShareWindow(AppState& app, bool* p_open);
RIFT_WINDOW void DrawDataWindow(AppState& app, bool* p_open);
// The Data dialog's video of the playback: its size, Record, and while recording the progress and Cancel.
RIFT_WINDOW void DrawRecordSection(AppState& app);
// What changed since the link's dataset version (Derived::changes): new, corrected, renamed and removed events.
RIFT_WINDOW void DrawChangesWindow(AppState& app, bool* p_open);
// How many: the count under the reader's definition (Derived::count), its states and events (count_window.cpp).
RIFT_WINDOW void DrawCountWindow(AppState& app, bool* p_open);
// Compare's response lags for every compared pair, both directions (Derived::lags; lags_panel.cpp).
RIFT_WINDOW void DrawResponseLags(AppState& app);
// A "CSV" button (`control` in control_rects; small or not), disabled where the platform cannot save files: true when
// clicked where it can. SaveCsv then saves the text as `file` and says where in the status line (How many, the
// response lags).
bool CsvButton(AppState& app, const char* control, bool small);
void SaveCsv(AppState& app, const std::string& file, const std::string& text);

// Begins a docked panel (no title bar, placed by DrawApp). Returns false, having ended the window already,
// when there is no dataset to show yet.
bool BeginPanel(const char* name, bool* p_open, const AppState& app, int extra_flags = 0);

// Begins a dialog centred on the screen, at most `width` (and `height`, 0 = fit) logical pixels. Like
// ImGui::Begin, it must be followed by End() whatever it returns; it returns false when collapsed.
bool BeginDialog(const char* title, bool* p_open, const AppState& app, float width, float height = 0);

// "No events match these filters." and, where the search words alone find some, how many and a button that clears
// the other filters: what every view of the selection says when it is empty.
void NoMatches(AppState& app);

// The address of a file beside the page (table.html), or "" where there is no page (the desktop).
std::string SiblingUrl(const AppState& app, std::string_view file);

// The whole frame: header, panels laid out for the display size, and the windows in them.
void DrawApp(AppState& app);
// The height an embed wants for its view at this width, in CSS pixels (0 without data); DrawApp keeps it in
// app.embed_height. header_h and playback_h are the frame's bars in pixels.
float EmbedHeight(const AppState& app, float width, float header_h, float playback_h);
// A picture of the view to publish (the Data dialog's PNG), drawn by the platform as a frame of its own: the main
// view only (no header, side panels, playback bar or dialog) under its title (`title=`, else the summary line) and
// the active filters, over a credit line (the dataset's version and licence, and the page's address). A `video`
// frame (a recording's) also carries the cursor's date and the playback caption under the filters.
void DrawPicture(AppState& app, bool video = false);

}  // namespace rift
