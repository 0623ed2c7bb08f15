// The app's answers to the page: the host API (window.rift / postMessage), opening files, the screen-reader mirror.
#pragma once
#include <memory>
#include <string>

#include "ui/app_state.h"

namespace rift {

struct Session {
    // Kept to reload the built-in dataset and for own files: the events are JSON text, or the page's first-view
    // binary snapshot (core/packed) until the full JSON follows.
    std::string builtin_events, builtin_vendors;
    std::string builtin_origin = "built-in dataset";
    bool builtin_first_view = false;  // builtin_events is still the page's first-view file (the full one follows)
    // The first view's titles (data/events.titles.txt, core/packed's PackTitles), once the page handed them over.
    std::string builtin_titles;
    // The page hands over no vendor list with its first-view snapshot, which carries the vendors: BuiltinVendors
    // writes the list from this when own files or the full data need it.
    std::shared_ptr<const Dataset> builtin_pack;
};

// The built-in vendor list (data/vendors.json's text): as handed over, else written from the first-view snapshot's
// vendors (core/export's ExportVendorsJson), once.
const std::string& BuiltinVendors(Session& session);

// name: getState | setState(json) | matchingEventIds | count(json) | stats | message(json) | file(name, content) | builtin |
// detailsFailed(reason) | titles(text) | controls | open(share|data|about) | step(1|-1)
// Returns JSON text, or "" when there is nothing to answer.
std::string HandleCall(AppState& app, Session& session, const std::string& name, const std::string& arg1,
                       const std::string& arg2);

// True for the calls that only read (getState, stats, matchingEventIds, ui, controls, count, scrollAt): they must not
// draw frames, so an idle page stays idle while a host polls it; every other call changes something and wakes it.
bool IsQuery(const std::string& name);

// The built-in dataset from what the page or the desktop handed over: a binary snapshot (core/packed) or JSON text.
// first_view: the page's first-view data (the full file follows); link_version: a permalink's v= (core/release).
LoadResult LoadBuiltIn(const std::string& events, const std::string& vendors, bool first_view,
                       const std::string& link_version, const std::string& titles = {});
// The built-in data as the session holds it, for the app's view (its v=), with the first view's titles when they
// are in. Titles that do not fit are dropped with a notice (the full file brings them) and the data loads without.
LoadResult LoadSessionBuiltIn(AppState& app, Session& session);

// Loads a file the reader brought (JSON dataset or CSV); on problems the current data stays.
bool LoadOwnFile(AppState& app, Session& session, const std::string& name, const std::string& content);

// The current selection for the page's screen-reader mirror (at most `limit` events listed).
std::string MirrorJson(const AppState& app, size_t limit = 500);

// What the page's accessible controls (web/access.js) offer, in the interface's language: the views, the countries,
// measure types and vendors as the Filters window lists them, and the controls' words.
std::string ControlsJson(const AppState& app);
// The selected event as a screen reader says it ("" when none): date, who, title and summary.
std::string SelectedSummary(const AppState& app);
// The open dialog's title ("" when none), the topmost where several are open.
std::string OpenDialog(const AppState& app);

}  // namespace rift
