// Host API dispatch, own-file loading (JSON or CSV) and the mirror's JSON.
#include "app/host_api.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "core/count.h"
#include "core/csv.h"
#include "core/export.h"
#include "core/host_message.h"
#include "core/json_io.h"
#include "core/packed.h"
#include "core/state_json.h"
#include "core/synth.h"
#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/touch.h"

namespace rift {

namespace {
bool EndsWithCsv(std::string name) {
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto q = name.find_first_of("?#");
    if (q != std::string::npos) name.resize(q);
    return name.size() >= 4 && name.compare(name.size() - 4, 4, ".csv") == 0;
}
}  // namespace

LoadResult LoadBuiltIn(const std::string& events, const std::string& vendors, bool first_view,
                       const std::string& link_version, const std::string& titles) {
    if (IsPacked(events)) return UnpackDataset(events, {}, titles);
    LoadOptions options;
    options.today = TodayUtc();
    options.first_view = first_view;
    options.link_version = link_version;  // the full file of a link made with another version is hashed
    return LoadDataset(events, vendors, options);
}

const std::string& BuiltinVendors(Session& session) {
    if (session.builtin_vendors.empty() && session.builtin_pack) {
        session.builtin_vendors = ExportVendorsJson(*session.builtin_pack);
        session.builtin_pack = nullptr;
    }
    return session.builtin_vendors;
}

LoadResult LoadSessionBuiltIn(AppState& app, Session& session) {
    const std::string& titles = session.builtin_first_view ? session.builtin_titles : std::string();
    const std::string& vendors = IsPacked(session.builtin_events) ? session.builtin_vendors : BuiltinVendors(session);
    LoadResult r = LoadBuiltIn(session.builtin_events, vendors, session.builtin_first_view, app.view.data_version, titles);
    if (r.ok() || titles.empty() || r.problems.empty() || r.problems[0].file != "titles") return r;
    app.notices.push_back("The events' titles could not be read (" + FormatProblem(r.problems[0]) +
                          "); they come with the full data.");
    session.builtin_titles.clear();
    return LoadBuiltIn(session.builtin_events, session.builtin_vendors, true, app.view.data_version);
}

bool LoadOwnFile(AppState& app, Session& session, const std::string& name, const std::string& content) {
    LoadOptions options;
    options.today = TodayUtc();
    if (EndsWithCsv(name)) {
        std::vector<std::string> problems;
        const std::string json_text = CsvToDatasetJson(content, name, problems);
        LoadResult r;
        if (problems.empty()) r = LoadDataset(json_text, BuiltinVendors(session), options);
        for (std::string& p : problems) r.problems.push_back({name, "", std::move(p)});
        for (Problem& p : r.problems) {
            p.path = CsvPath(p.path);
            if (p.file == "events") p.file = name;
        }
        return ApplyDataset(app, std::move(r), name);
    }
    LoadResult r = LoadDataset(content, BuiltinVendors(session), options);
    for (Problem& p : r.problems)
        if (p.file == "events") p.file = name;
    return ApplyDataset(app, std::move(r), name);
}

bool IsQuery(const std::string& name) {
    return name == "getState" || name == "stats" || name == "matchingEventIds" || name == "ui" || name == "controls" ||
           name == "count" || name == "scrollAt";
}

namespace {
// Every call but the few a page makes from its start (HandleCall's own): in the page's code these come with its
// deferred part (docs/PERFORMANCE.md, eighth round), so this stays a function of its own.
[[gnu::noinline]] std::string HandleOtherCall(AppState& app, Session& session, const std::string& name,
                                              const std::string& arg1, const std::string& arg2) {
    if (name == "setState") {
        ApplyState(app, StateFromJson(arg1, CurrentView(app)), "setState");
        return StateToJson(CurrentView(app));
    }
    if (name == "message") {
        HostReply r = HandleHostMessage(arg1, CurrentView(app));
        if (!r.handled) return {};
        if (r.state_changed || !r.warnings.empty()) ApplyState(app, UrlParse{r.state, r.warnings}, "Host page");
        return r.reply;
    }
    if (name == "matchingEventIds") {
        Refresh(app);
        JsonWriter w;
        w.BeginArray();
        if (app.dataset)
            for (EventIndex i : app.derived.selection) w.String(app.dataset->events[i].id.view());
        return w.EndArray().Take();
    }
    if (name == "cite") {  // arg1: an event id, or "" for the dataset; arg2: text, bibtex, csl or ris
        const auto format = ParseCiteFormat(arg2.empty() ? "text" : arg2);
        if (!format || !app.dataset) return {};
        std::optional<EventIndex> event;
        if (!arg1.empty()) {
            event = app.dataset->FindEvent(arg1);
            if (!event) return {};
        }
        return CiteFor(app, event, *format);
    }
    if (name == "count") {  // arg1: a count definition as JSON (setState's keys); the answer, or {"error"}
        ViewState definition;
        std::vector<std::string> problems = CountDefinitionFromJson(arg1, definition);
        if (!app.dataset) problems.push_back("count: no data is loaded yet (call it once rift.ready has resolved)");
        CountRule rule{definition.count_stage, definition.count_scope, {}, !definition.filter.measures.empty()};
        if (problems.empty()) rule.vendors = CountVendors(*app.dataset, definition.filter, problems);
        if (!problems.empty()) {
            std::string error;
            for (const std::string& p : problems) error += (error.empty() ? "" : "; ") + p;
            return JsonWriter().BeginObject().Field("error", error).EndObject().Take();
        }
        const Dataset& ds = *app.dataset;
        const int32_t day = definition.cursor ? definition.cursor->day : DefaultCountDay(ds, definition.filter);
        return CountAnswerJson(ds, definition, CountStates(ds, Filter(ds, definition.filter), rule, day));
    }
    if (name == "file") {
        const bool ok = LoadOwnFile(app, session, arg1, arg2);
        JsonWriter w;
        w.BeginObject().Field("ok", ok).Key("problems").Strings(app.load_problems);
        return w.Field("status", app.status_line).EndObject().Take();
    }
    if (name == "ui") {  // for tests and the page: which dialogs are open and where named controls are
        JsonWriter w;
        w.BeginObject().Field("about", app.show_about).Field("armed", app.touch.armed_country);
        w.Field("caption", app.caption).Field("data", app.show_data).Field("status", app.status_line);
        // A recording under way: how long its video lasts, and how many frames it has had (the page's test).
        w.Key("recording").BeginObject().Field("active", app.recording.active);
        w.Key("frames").Uint(app.recording.frames).Key("duration").Double(app.recording.plan.Duration());
        w.EndObject();
        const ImGuiWindow* tooltip = ImGui::FindWindowByName("##Tooltip_00");
        w.Field("tooltip", tooltip && tooltip->Active);
        w.Key("notices").Strings(app.notices);
        // "What changed since" a link's older version: the version, whether the record knows it, and the list's
        // counts (what the dialog shows) once it is worked out.
        w.Field("linkVersion", app.link_version).Field("changesOpen", app.show_changes);
        w.Field("changesMarked", app.mark_changes).Field("releasesError", app.releases_error);
        if (app.releases && !app.derived.changes_since.empty()) {
            const auto& c = app.derived.changes;
            w.Key("changes").BeginObject().Field("since", app.derived.changes_since).Field("known", c.has_value());
            w.Key("new").Uint(c ? app.derived.changes_added.size() : 0);
            w.Key("corrected").Uint(c ? app.derived.changes_corrected.size() : 0);
            w.Key("renamed").Uint(c ? c->renamed.size() : 0).Key("removed").Uint(c ? c->removed.size() : 0);
            w.EndObject();
        }
        w.Key("panel").Int(static_cast<int>(app.phone_panel));
        // What the views drew last frame (marks on the timeline, cells in Vendors) and whether the map has its
        // geometry: tests wait for these instead of for a guessed time.
        w.Key("marks").Uint(app.timeline_marks.size()).Key("cells").Uint(app.vendor_cells.size());
        w.Field("view", kViewNames[static_cast<size_t>(app.view.view)]).Field("world", app.world != nullptr);
        // How many's number while its panel is open (-1: closed), and Compare's response lags (all types per
        // direction) as drawn: what the browser tests check against the data file.
        w.Key("count").Int(app.view.count ? static_cast<int64_t>(app.derived.count.Count()) : -1);
        w.Key("lags").BeginArray();
        for (const DyadLags& d : app.derived.lags) {
            const LagSummary& s = d.rows[0];
            w.BeginObject().Field("from", app.dataset->countries[d.a]).Field("to", app.dataset->countries[d.b]);
            w.Key("measures").Uint(s.cases.size()).Key("answered").Uint(s.answered).Key("lagsN").Uint(s.lags.size());
            w.Key("median").Double(s.median).Key("q1").Double(s.q1).Key("q3").Double(s.q3).Key("due").Uint(s.due);
            w.Key("within90").Uint(s.within90).Key("unanswered90").Uint(s.unanswered90.size()).EndObject();
        }
        w.EndArray();
        w.Key("picture").BeginObject().Key("width").Int(app.picture.width).Key("height").Int(app.picture.height);
        w.Field("title", app.picture.title).Field("filters", app.picture.filters).Field("credit", app.picture.credit);
        w.Key("windows").Strings(app.picture.windows).EndObject();
        w.Key("rects").BeginObject();  // control_rects is a std::map: sorted keys
        for (const auto& [key, r] : app.control_rects) {
            w.Key(key).BeginArray();
            for (float v : r) w.Double(static_cast<double>(v));
            w.EndArray();
        }
        w.EndObject();
        return w.Field("share", app.show_share).Field("status", app.status_line).EndObject().Take();
    }
    if (name == "scrollAt") {  // for tests: how far the list under a point ("x,y", framebuffer pixels) is scrolled
        float x = 0, y = 0;
        if (std::sscanf(arg1.c_str(), "%f,%f", &x, &y) != 2) return {};
        return std::to_string(TouchScrollAt(x, y));
    }
    if (name == "synthetic") {  // benchmarks: a generated dataset of arg1 events
        SynthOptions o;
        o.events = static_cast<size_t>(std::strtoul(arg1.c_str(), nullptr, 10));
        o.seed = 2014;
        LoadResult r;
        r.dataset = GenerateSynthetic(o);
        ApplyDataset(app, std::move(r), "synthetic " + arg1);
        return {};
    }
    if (name == "detailsFailed") {  // the page's full data file (summaries and sources) could not be loaded
        app.details_failed = true;
        app.notices.push_back("The summaries and sources could not be loaded (" + arg1 + "); reload the page to try again.");
        return {};
    }
    if (name == "unreachable") {  // data=URL could not be fetched
        LoadResult r;
        r.problems.push_back({arg1, "", "could not be loaded: " + arg2});
        ApplyDataset(app, std::move(r), arg1);
        return {};
    }
    if (name == "tooLarge") {  // the page refuses to read a file over the limit; say so in the usual place
        LoadResult r;
        r.problems.push_back({arg1, "", "the file is " + arg2 + " bytes, more than the limit of " +
                                            std::to_string(Limits{}.max_bytes)});
        ApplyDataset(app, std::move(r), arg1);
        return {};
    }
    if (name == "open") {  // the page's accessible Share and Data buttons open the same dialogs as the header's
        if (arg1 == "share") app.show_share = true;
        else if (arg1 == "data") app.show_data = true;
        else if (arg1 == "about") app.show_about = true;
        return {};
    }
    if (name == "step") {  // previous (-1) or next (1) event, as the playback bar's < and > and the arrow keys
        Refresh(app);
        StepEvent(app, arg1 == "-1" ? -1 : 1);
        return {};
    }
    return {};
}

}  // namespace

std::string HandleCall(AppState& app, Session& session, const std::string& name, const std::string& arg1,
                       const std::string& arg2) {
    // What the page asks from its start: the state, the titles, the built-in data, its figures and the controls for a
    // screen reader (web/access.js, right after the first frame).
    if (name == "getState") return StateToJson(CurrentView(app));
    if (name == "controls") return ControlsJson(app);
    if (name == "titles") {  // the first view's titles, fetched by the page after its first frame (or with its data)
        session.builtin_titles = arg1;
        // Kept for the first-view data when it has not come yet; put into it when it is shown.
        if (app.dataset && app.dataset->partial && session.builtin_first_view) AddTitles(app, LoadSessionBuiltIn(app, session));
        return {};
    }
    if (name == "builtin") {
        ApplyDataset(app, LoadSessionBuiltIn(app, session), session.builtin_origin);
        return {};
    }
    if (name == "stats") {
        Refresh(app);
        JsonWriter w;
        w.BeginObject().Field("datasetVersion", app.dataset ? app.dataset->version : std::string());
        w.Key("eventsMatching").Uint(app.derived.selection.size());
        w.Key("eventsTotal").Uint(app.dataset ? app.dataset->size() : 0);
        w.Field("loadedFrom", app.loaded_from).Key("maxBytes").Uint(Limits{}.max_bytes);
        w.Field("partial", app.dataset && app.dataset->partial).Field("fontsComplete", FontsComplete());
        // Everything the reader is told is wrong: the dataset's problems and the notices (a link's unknown values).
        std::vector<std::string> problems = app.load_problems;
        problems.insert(problems.end(), app.notices.begin(), app.notices.end());
        w.Key("problems").Strings(problems);
        return w.EndObject().Take();
    }
    return HandleOtherCall(app, session, name, arg1, arg2);
}

namespace {
// The language the page's words are in: English while a page's German text is still coming, so that the page builds
// its event list and controls again when it has come.
std::string_view SpokenLangName(const AppState& app) { return kLangNames[static_cast<size_t>(SpokenLanguage(app.view.lang))]; }
}  // namespace

std::string MirrorJson(const AppState& app, size_t limit) {
    JsonWriter w;
    w.BeginObject().Key("events").BeginArray();
    if (app.dataset) {
        const Dataset& ds = *app.dataset;
        for (size_t k = 0; k < app.derived.selection.size() && k < limit; ++k) {
            const Event& e = ds.events[app.derived.selection[k]];
            std::string who = CountryLabel(app, e.actor);
            for (size_t t = 0; t < e.targets.size(); ++t) who += (t ? ", " : " → ") + CountryLabel(app, e.targets[t]);
            w.BeginObject().Field("date", FormatDate(e.date)).Field("id", e.id.view()).Key("sources").BeginArray();
            for (const Source& s : e.sources)
                w.BeginObject().Field("label", s.publisher + ": " + s.title).Field("url", s.url).EndObject();
            w.EndArray().Field("lang", ShownInEnglish(app, e) || app.view.lang == Lang::En ? "en" : "de");
            w.Field("title", EventTitle(app, e)).Field("who", who).EndObject();
        }
    }
    w.EndArray().Field("heading", Tr("Events in the current selection"));
    w.Field("lang", SpokenLangName(app)).Key("matching").Uint(app.derived.selection.size());
    w.Field("of", Tr("of")).Field("match", Tr("events match"));
    w.Key("total").Uint(app.dataset ? app.dataset->size() : 0);
    return w.EndObject().Take();
}

std::string ControlsJson(const AppState& app) {
    JsonWriter w;
    w.BeginObject().Field("lang", SpokenLangName(app));
    auto pairs = [&](const char* key, auto&& items) {
        w.Key(key).BeginArray();
        for (const auto& [id, label] : items) w.BeginArray().String(id).String(label).EndArray();
        w.EndArray();
    };
    std::vector<std::pair<std::string, std::string>> items;
    for (View v : kViewOrder) items.emplace_back(kViewNames[static_cast<size_t>(v)], ViewLabel(v));
    pairs("views", items);
    items.clear();
    for (int m = 0; m < kMeasureCount; ++m)
        items.emplace_back(Name(static_cast<Measure>(m)), MeasureLabel(static_cast<Measure>(m)));
    pairs("measures", items);
    if (app.dataset) {
        const Dataset& ds = *app.dataset;
        for (const auto& [key, options] : {std::pair{"countries", &app.derived.actor_options},
                                           std::pair{"targets", &app.derived.target_options}}) {
            items.clear();
            for (CountryId c : *options) items.emplace_back(ds.countries[c], CountryLabel(app, c));
            pairs(key, items);
        }
        items.clear();
        for (VendorId v : app.derived.vendor_options) items.emplace_back(ds.vendors[v].id, ds.vendors[v].name);
        pairs("vendors", items);
    }
    // The controls' words: only those the canvas does not already have are new to the translation table.
    w.Key("words").BeginObject();
    for (const char* word :
         {"Explorer controls", "Each change updates the explorer and the list of events after these controls.", "View",
          "Filters", "From", "To", "A year, a month (YYYY-MM) or a day (YYYY-MM-DD); press Enter to apply",
          "Acting country", "Targeted country", "Measure type", "Vendor", "By company",
          "Products and subsidiaries counted under the company that owns them", "Search",
          "Words in titles and summaries; press Enter to apply", "Clear filters", "Filters cleared", "Playback",
          "Previous event", "Play", "Pause", "Next event", "Date shown", "A day (YYYY-MM-DD); press Enter to apply",
          "Share", "Data", "Link to this view", "Copy link", "Link copied"})
        w.Field(word, Tr(word));
    w.EndObject();
    return w.EndObject().Take();
}

std::string SelectedSummary(const AppState& app) {
    if (!app.dataset || !app.selected) return {};
    const Event& e = app.dataset->events[*app.selected];
    std::string who = CountryLabel(app, e.actor);
    for (size_t t = 0; t < e.targets.size(); ++t) who += (t ? ", " : " → ") + CountryLabel(app, e.targets[t]);
    std::string text = std::string(Tr("Selected")) + ": " + FormatDate(e.date) + " · " + who + " · " +
                       std::string(EventTitle(app, e)) + ".";
    if (const std::string_view summary = EventSummary(app, e); !summary.empty()) text += " " + std::string(summary);
    return text;
}

std::string OpenDialog(const AppState& app) {
    // In the order DrawApp draws them: the last drawn is on top.
    if (app.view.count) return Tr("How many?");
    if (app.show_changes) return TrFill("What changed since {}", {app.derived.changes_since});
    if (app.show_data) return Tr("Data");
    if (app.show_share) return Tr("Share");
    if (app.show_about) return Tr("About");
    return {};  // (the dialogs' words are the canvas' own: a title said is the title shown)
}

}  // namespace rift
