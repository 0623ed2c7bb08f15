// Host API dispatch, own-file loading (JSON or CSV) and the mirror's JSON.
#include "app/host_api.h"

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "core/csv.h"
#include "core/host_message.h"
#include "core/state_json.h"
#include "core/synth.h"

namespace rift {

using nlohmann::json;

namespace {
bool EndsWithCsv(std::string name) {
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto q = name.find_first_of("?#");
    if (q != std::string::npos) name.resize(q);
    return name.size() >= 4 && name.compare(name.size() - 4, 4, ".csv") == 0;
}
}  // namespace

bool LoadOwnFile(AppState& app, const Session& session, const std::string& name, const std::string& content) {
    LoadOptions options;
    options.today = TodayUtc();
    if (EndsWithCsv(name)) {
        std::vector<std::string> problems;
        const std::string json_text = CsvToDatasetJson(content, name, problems);
        LoadResult r;
        if (problems.empty()) r = LoadDataset(json_text, session.builtin_vendors, options);
        for (std::string& p : problems) r.problems.push_back({name, "", std::move(p)});
        for (Problem& p : r.problems) {
            p.path = CsvPath(p.path);
            if (p.file == "events") p.file = name;
        }
        return ApplyDataset(app, std::move(r), name);
    }
    LoadResult r = LoadDataset(content, session.builtin_vendors, options);
    for (Problem& p : r.problems)
        if (p.file == "events") p.file = name;
    return ApplyDataset(app, std::move(r), name);
}

std::string HandleCall(AppState& app, Session& session, const std::string& name, const std::string& arg1,
                       const std::string& arg2) {
    if (name == "getState") return StateToJson(CurrentView(app));
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
        json ids = json::array();
        if (app.dataset)
            for (EventIndex i : app.derived.selection) ids.push_back(app.dataset->events[i].id.str());
        return ids.dump();
    }
    if (name == "stats") {
        Refresh(app);
        return json{{"eventsTotal", app.dataset ? app.dataset->size() : 0},
                    {"eventsMatching", app.derived.selection.size()},
                    {"datasetVersion", app.dataset ? app.dataset->version : std::string()},
                    {"loadedFrom", app.loaded_from},
                    {"partial", app.dataset && app.dataset->partial},
                    {"maxBytes", Limits{}.max_bytes},
                    {"problems", app.load_problems}}
            .dump();
    }
    if (name == "file") {
        const bool ok = LoadOwnFile(app, session, arg1, arg2);
        return json{{"ok", ok}, {"problems", app.load_problems}, {"status", app.status_line}}.dump();
    }
    if (name == "ui") {  // for tests and the page: which dialogs are open and where named controls are
        json rects = json::object();
        for (const auto& [key, r] : app.control_rects) rects[key] = {r[0], r[1], r[2], r[3]};
        return json{{"share", app.show_share}, {"data", app.show_data}, {"about", app.show_about},
                    {"panel", static_cast<int>(app.phone_panel)}, {"caption", app.caption},
                    {"notices", app.notices}, {"status", app.status_line}, {"rects", std::move(rects)}}
            .dump();
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
    if (name == "notice") {  // something the page could not do, for the reader (the full built-in file failed)
        app.notices.push_back(arg1);
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
    if (name == "builtin") {
        LoadOptions options;
        options.today = TodayUtc();
        options.first_view = session.builtin_first_view;
        ApplyDataset(app, LoadDataset(session.builtin_events, session.builtin_vendors, options), session.builtin_origin);
        return {};
    }
    return {};
}

std::string MirrorJson(const AppState& app, size_t limit) {
    json events = json::array();
    if (app.dataset) {
        const Dataset& ds = *app.dataset;
        for (size_t k = 0; k < app.derived.selection.size() && k < limit; ++k) {
            const Event& e = ds.events[app.derived.selection[k]];
            std::string who = CountryLabel(app, e.actor);
            for (size_t t = 0; t < e.targets.size(); ++t) who += (t ? ", " : " → ") + CountryLabel(app, e.targets[t]);
            json sources = json::array();
            for (const Source& s : e.sources) sources.push_back({{"url", s.url}, {"label", s.publisher + ": " + s.title}});
            events.push_back({{"id", e.id.str()}, {"date", FormatDate(e.date)}, {"who", who}, {"title", e.title.str()},
                              {"sources", std::move(sources)}});
        }
    }
    return json{{"total", app.dataset ? app.dataset->size() : 0},
                {"matching", app.derived.selection.size()},
                {"events", std::move(events)}}
        .dump();
}

}  // namespace rift
