// AppState transitions and the cache of derived query results.
#include "ui/app_state.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/countries.h"
#include "core/sort_ids.h"
#include "ui/i18n.h"

namespace rift {

namespace {

void ResetClock(AppState& app) {
    const Dataset& ds = *app.dataset;
    if (ds.events.empty()) {
        app.clock = PlaybackClock{};
        return;
    }
    app.clock.start = ds.cols.day.front();
    app.clock.end = std::max(ds.cols.day.back(), app.clock.start + 1);
    app.clock.cursor = app.view.cursor ? std::clamp<double>(app.view.cursor->day, app.clock.start, app.clock.end)
                                       : app.clock.end;
    if (app.clock.playing && app.clock.cursor >= app.clock.end) app.clock.cursor = app.clock.start;  // play=1 alone
    // About two minutes from the first event to the last at the default speed.
    app.clock.speed = std::max(1.0, (app.clock.end - app.clock.start) / 120.0);
    app.timeline_from = app.clock.start - 60;
    app.timeline_to = app.clock.end + 60;
}

void SyncSelectedFromView(AppState& app) {
    app.selected.reset();
    if (app.dataset && !app.view.event.empty()) {
        app.selected = app.dataset->FindEvent(app.view.event);
        if (!app.selected) app.notices.push_back("event: no event has the id \"" + app.view.event + "\"");
    }
}

// The days the filter's dates cover within the dataset (the whole dataset without them); the dataset is not empty.
std::pair<int32_t, int32_t> FilterDays(const Dataset& ds, const FilterSpec& f) {
    const Columns& c = ds.cols;
    const int32_t a = f.from ? std::max(c.day.front(), f.from->day) : c.day.front();
    const int32_t b = f.to ? std::min(c.day.back(), UpperBoundDay(*f.to)) : c.day.back();
    return {a, std::max(a, b)};
}

// The timeline's window: the span when set, else the filter's dates with a little room, else every event; while
// playing, it follows the cursor when the cursor leaves it.
void FitTimeline(AppState& app) {
    const ViewState& v = app.view;
    const AppState::TimelineFit want{v.span, v.filter.from, v.filter.to, app.dataset.get()};
    if (want != app.timeline_fit) {
        const bool dates_changed = want.from != app.timeline_fit.from || want.to != app.timeline_fit.to ||
                                   want.dataset != app.timeline_fit.dataset;
        app.timeline_fit = want;
        if (dates_changed && app.dataset && !app.dataset->events.empty()) {
            // Playback runs over the filter's dates: a view of May 2014 shows May 2014 at its end, not 2026.
            const bool at_end = CursorDay(app.clock) >= app.clock.end;
            const auto [start, end] = FilterDays(*app.dataset, v.filter);
            app.clock.start = start;
            app.clock.end = std::max(start + 1, end);
            app.clock.cursor = at_end ? app.clock.end : std::clamp<double>(app.clock.cursor, app.clock.start, app.clock.end);
        }
        double from = app.clock.start - 60, to = app.clock.end + 60;
        if (v.span) {
            from = v.span->first.day;
            to = UpperBoundDay(v.span->second) + 1;
        } else if (v.filter.from || v.filter.to) {
            const double a = v.filter.from ? v.filter.from->day : app.clock.start;
            const double b = v.filter.to ? UpperBoundDay(*v.filter.to) + 1 : app.clock.end + 1;
            const double room = std::max(2.0, (b - a) * 0.03);
            from = a - room;
            to = b + room;
        }
        if (to > from) {
            app.timeline_from = from;
            app.timeline_to = to;
        }
    }
    const double span = app.timeline_to - app.timeline_from;
    if (app.clock.playing && (app.clock.cursor > app.timeline_to - span * 0.02 || app.clock.cursor < app.timeline_from)) {
        app.timeline_from = app.clock.cursor - span * 0.2;  // the cursor jumps back to the left fifth
        app.timeline_to = app.timeline_from + span;
    }
}

// What an embed shows, in one line: "China → United States · Huawei · 58 measures · 2014–2020 · data to 2026-04-24".
std::string SummaryLine(const AppState& app) {
    const Dataset& ds = *app.dataset;
    const FilterSpec& f = app.view.filter;
    auto names = [&](const std::vector<std::string>& codes) {
        std::string out;
        for (size_t k = 0; k < codes.size() && k < 3; ++k) out += (k ? ", " : "") + CountryLabel(app, codes[k]);
        if (codes.size() > 3) out += " +" + std::to_string(codes.size() - 3);
        return out;
    };
    std::string line = f.actors.empty() ? std::string(Tr("All states")) : names(f.actors);
    if (!f.targets.empty()) line += " → " + names(f.targets);
    for (size_t k = 0; k < f.vendors.size() && k < 2; ++k)
        if (auto v = ds.FindVendor(f.vendors[k])) line += (k ? ", " : " · ") + ds.vendors[*v].name;
    line += " · " + std::to_string(app.derived.selection.size()) + " " + Tr(app.derived.selection.size() == 1 ? "measure" : "measures");
    if (!ds.events.empty()) {
        const auto [a, b] = FilterDays(ds, f);
        const int ya = CivilFromDays(a).year, yb = CivilFromDays(b).year;
        line += " · " + (f.from || f.to ? FormatDay(a) + " – " + FormatDay(b)
                                        : std::to_string(ya) + (ya == yb ? "" : "–" + std::to_string(yb)));
        line += " · " + std::string(Tr("events up to")) + " " + FormatDay(ds.cols.day.back());
    }
    return line;
}

// Every active filter in words, as the Filters window's chips name them: a picture's second line.
std::string FiltersLine(const AppState& app) {
    const Dataset& ds = *app.dataset;
    const FilterSpec& f = app.view.filter;
    if (f.IsEmpty()) return Tr("No filters: every event is shown.");
    std::string line = std::string(Tr("Filters")) + ":";
    const char* sep = " ";  // between the kinds of filter; ", " between the values of one
    auto add = [&](const std::string& value, bool first) {
        line += (first ? sep : ", ") + value;
        sep = " · ";
    };
    if (f.from) add(std::string(Tr("From")) + " " + FormatDate(*f.from), true);
    if (f.to) add(std::string(Tr("To")) + " " + FormatDate(*f.to), true);
    for (size_t k = 0; k < f.actors.size(); ++k) add(CountryLabel(app, f.actors[k]), k == 0);
    if (!f.targets.empty() && f.actors.empty()) add(Tr("All states"), true);
    for (size_t k = 0; k < f.targets.size(); ++k) line += (k ? ", " : " → ") + CountryLabel(app, f.targets[k]);
    for (size_t k = 0; k < f.vendors.size(); ++k) {
        const auto v = ds.FindVendor(f.vendors[k]);
        add(v ? ds.vendors[*v].name : f.vendors[k], k == 0);
    }
    for (size_t k = 0; k < f.measures.size(); ++k) add(MeasureLabel(f.measures[k]), k == 0);
    for (size_t k = 0; k < f.sectors.size(); ++k) add(SectorLabel(f.sectors[k]), k == 0);
    for (size_t k = 0; k < f.statuses.size(); ++k) add(StatusLabel(f.statuses[k]), k == 0);
    if (!f.text.empty()) add("\"" + f.text + "\"", true);
    return line;
}

// The Map's counts (while it shows): recounted when the selection, the cursor day or the vendor changed; the
// hovered country's vendors when it or the colouring changed.
[[gnu::noinline]] void RefreshMap(AppState& app, int32_t day) {
    const Dataset& ds = *app.dataset;
    Derived& d = app.derived;
    if (app.world && d.map_ids_world != app.world.get()) {
        d.map_ids_world = app.world.get();
        d.map_country_ids.assign(app.world->countries.size(), -1);
        for (size_t k = 0; k < app.world->countries.size(); ++k)
            if (auto id = ds.FindCountry(app.world->countries[k].Code())) d.map_country_ids[k] = *id;
    }
    const bool stale = d.map_generation != d.generation;
    // The vendor: the one chosen, else the filter's one vendor, else the most targeted one.
    const std::string& want = app.view.map_vendor.empty() && app.view.filter.vendors.size() == 1
                                  ? app.view.filter.vendors[0]
                                  : app.view.map_vendor;
    if (stale || d.map_vendor_for != want) {
        d.map_vendor_for = want;
        d.map_vendor = ds.FindVendor(want);
        if (!d.map_vendor) d.map_vendor = MostNamedVendor(ds);
        d.map_day = -1;
    }
    if (stale || d.map_day != day) {
        d.map_generation = d.generation;
        d.map_day = day;
        d.map_counts = CountCountries(ds, d.selection, day, d.map_vendor);
        d.map_top_country = -1;
    }
    const FilterSpec& f = app.view.filter;
    d.map_color = app.view.map_color;
    if (d.map_color == CountryRole::Taken && f.actors.size() == 1) d.map_color = CountryRole::Received;
    else if (d.map_color == CountryRole::Received && f.targets.size() == 1) d.map_color = CountryRole::Taken;
    d.map_color_switched = d.map_color != app.view.map_color;
    const CountryRole role = d.map_color == CountryRole::Received ? CountryRole::Received : CountryRole::Taken;
    if (app.map.hover_country >= 0 && (d.map_top_country != app.map.hover_country || d.map_top_role != role)) {
        d.map_top_country = app.map.hover_country;
        d.map_top_role = role;
        d.map_top_vendors = TopVendors(ds, d.selection, day, static_cast<CountryId>(app.map.hover_country), role, 3);
    }
}

// What changed since the link's version: once the record and data with its hashes are in (the page's first-view
// data has none; the full file brings them), and again only when one of them or the version changes.
void RefreshChanges(AppState& app) {
    Derived& d = app.derived;
    const Dataset& ds = *app.dataset;
    if (app.link_version.empty() || !app.releases || !ds.content_hashed) return;
    if (d.changes_since == app.link_version && d.changes_dataset == &ds && d.changes_record == app.releases.get()) return;
    d.changes_since = app.link_version;
    d.changes_dataset = &ds;
    d.changes_record = app.releases.get();
    d.changes = DiffSinceRelease(*app.releases, app.link_version, ds);
    d.changes_added.clear();
    d.changes_corrected.clear();
    d.change_marks.assign(ds.size(), kChangeNone);
    if (!d.changes) return;
    for (const std::string& id : d.changes->added)
        if (auto i = ds.FindEvent(id)) d.changes_added.push_back(*i);
    for (const EventChange& c : d.changes->corrected)
        if (auto i = ds.FindEvent(c.id)) d.changes_corrected.push_back(*i);
    std::sort(d.changes_added.begin(), d.changes_added.end());  // event indices are in date order
    std::sort(d.changes_corrected.begin(), d.changes_corrected.end());
    for (EventIndex i : d.changes_corrected) d.change_marks[i] = kChangeCorrected;
    for (EventIndex i : d.changes_added) d.change_marks[i] = kChangeNew;
}

// The cascades (while their view shows): again when the selection or the rolling up to families changed. The filter's
// vendors (or measure types) become the keys, and its other constraints choose the events.
[[gnu::noinline]] void RefreshCascades(AppState& app) {
    const Dataset& ds = *app.dataset;
    Derived& d = app.derived;
    if (d.cascades_generation == d.generation && d.cascade_families == app.view.families) return;
    d.cascades_generation = d.generation;
    d.cascade_families = app.view.families;
    const auto keys = CascadeKeys(ds, d.spec, app.view.families, &d.cascades_dropped);
    const FilterSpec base = CascadeBase(d.spec, keys);
    const std::vector<EventIndex> own = base == d.spec ? std::vector<EventIndex>{} : Filter(ds, base);
    const std::vector<EventIndex>& selection = base == d.spec ? d.selection : own;
    d.cascades.clear();
    d.cascade_axis_days = 1;
    for (CascadeKey key : keys) {
        d.cascades.push_back(CascadeOf(ds, selection, key, d.spec.vendor_exact && !app.view.families));
        d.cascade_axis_days = std::max(d.cascade_axis_days, d.cascades.back().last_lag);
    }
}

// How many: remade when the selection, the day or the counting rule changed (only while the panel is open).
[[gnu::noinline]] void RefreshCount(AppState& app, int32_t day) {
    Derived& d = app.derived;
    const ViewState& v = app.view;
    // While playback runs the count stays at the day it says it is for (a million events cost milliseconds a
    // count); it follows the cursor again when playback stops.
    const bool day_moved = d.count_day != day && !(app.clock.playing && d.count_day >= 0);
    if (d.count_generation == d.generation && !day_moved && d.count_stage == v.count_stage && d.count_scope == v.count_scope)
        return;
    d.count_generation = d.generation;
    d.count_day = day;
    d.count_stage = v.count_stage;
    d.count_scope = v.count_scope;
    d.count_problems.clear();
    CountRule rule{v.count_stage, v.count_scope, CountVendors(*app.dataset, v.filter, d.count_problems),
                   !v.filter.measures.empty()};
    d.count = CountStates(*app.dataset, d.selection, rule, day);
    d.count_link = CountLink(v, day);
}

// Compare's response lags: the cases when the selection or the countries changed, the figures when the day did.
[[gnu::noinline]] void RefreshLags(AppState& app, int32_t day) {
    const Dataset& ds = *app.dataset;
    Derived& d = app.derived;
    if (d.lags_generation != d.generation || d.lags_codes != app.view.compare) {
        d.lags_generation = d.generation;
        d.lags_codes = app.view.compare;
        d.lag_cases.clear();
        for (const PairTimeline& p : d.compare_timeline.pairs) {
            const CountryId a = d.compare_timeline.countries[p.a].country, b = d.compare_timeline.countries[p.b].country;
            d.lag_cases.push_back(LagCases(ds, d.selection, a, b));
            d.lag_cases.push_back(LagCases(ds, d.selection, b, a));
        }
        d.lags_day = -1;
    }
    if (d.lags_day == day || (app.clock.playing && d.lags_day >= 0)) return;  // as the count: not while playing
    d.lags_day = day;
    d.lags.clear();
    for (size_t k = 0; k < d.lag_cases.size(); ++k) {
        const PairTimeline& p = d.compare_timeline.pairs[k / 2];
        CountryId a = d.compare_timeline.countries[p.a].country, b = d.compare_timeline.countries[p.b].country;
        if (k % 2) std::swap(a, b);
        d.lags.push_back(LagsOn(ds, a, b, d.lag_cases[k], day));
    }
}

}  // namespace

bool ApplyDataset(AppState& app, LoadResult result, const std::string& origin) {
    if (!result.ok()) {
        app.load_problems.clear();
        for (const Problem& p : result.problems) app.load_problems.push_back(FormatProblem(p));
        if (result.problems_not_listed)
            app.load_problems.push_back("... and " + std::to_string(result.problems_not_listed) + " more problems");
        app.status_line = origin + " was not loaded: " + std::to_string(result.problems.size() + result.problems_not_listed) +
                          " problem(s). The data shown is unchanged.";
        return false;
    }
    app.load_problems.clear();
    app.dataset = std::move(result.dataset);
    app.loaded_from = origin;
    app.derived = Derived{};
    app.collapsed_lanes.clear();
    ResetClock(app);
    SyncSelectedFromView(app);
    // A link made with another version: DrawNotices says so and offers what changed since (from the record).
    app.link_version.clear();
    app.show_changes = app.mark_changes = false;
    if (!app.view.data_version.empty() && app.view.data_version != app.dataset->version)
        app.link_version = app.view.data_version;
    app.status_line = TrFill("Loaded {}: {} events", {Tr(origin.c_str()), std::to_string(app.dataset->size())});
    return true;
}

namespace {
// A caption written before the titles came named its event "…" (EventTitle): now the selected event's, else none
// until the cursor moves again.
void RenameUntitledCaption(AppState& app) {
    if (!app.caption.ends_with(" · …")) return;
    app.caption.clear();
    if (app.selected) Announce(app, *app.selected);
}
}  // namespace

bool CompleteDataset(AppState& app, LoadResult result, const std::string& origin) {
    if (!app.dataset || !app.dataset->partial) return false;
    const Dataset* full = result.dataset.get();
    if (!full || full->partial || full->version != app.dataset->version || full->size() != app.dataset->size())
        return ApplyDataset(app, std::move(result), origin);
    for (size_t i = 0; i < full->size(); ++i)
        if (full->events[i].id != app.dataset->events[i].id) return ApplyDataset(app, std::move(result), origin);
    app.dataset = std::move(result.dataset);
    app.loaded_from = origin;
    app.derived.dataset = nullptr;  // recompute (the old dataset's address may be reused)
    app.derived.changes_dataset = nullptr;
    RenameUntitledCaption(app);  // the titles file may have failed: the full file has them
    return true;
}

bool AddTitles(AppState& app, LoadResult titled) {
    const Dataset* with = titled.dataset.get();
    if (!with || !with->partial || !app.dataset || !app.dataset->partial || with->size() != app.dataset->size() ||
        with->version != app.dataset->version)
        return false;
    app.dataset = std::move(titled.dataset);
    app.derived.dataset = nullptr;  // recompute (search finds the titles now)
    app.derived.changes_dataset = nullptr;
    RenameUntitledCaption(app);
    return true;
}

ViewState CurrentView(const AppState& app) {
    ViewState v = app.view;
    v.play = app.clock.playing;
    if (app.dataset) {
        v.data_version = app.dataset->version;
        if (CursorDay(app.clock) != app.clock.end) v.cursor = Date{CursorDay(app.clock), Precision::Day};
        else v.cursor.reset();
    }
    return v;
}

std::string CurrentUrl(const AppState& app) { return ToUrl(CurrentView(app)); }

std::string CiteFor(const AppState& app, std::optional<EventIndex> event, CiteFormat format) {
    if (!app.dataset) return {};
    CiteContext context;
    context.page_url = app.hooks.page_url ? app.hooks.page_url() : std::string("rift.html");
    context.accessed = TodayUtc();
    context.german = app.view.lang == Lang::De;
    if (!event) return CiteDataset(app.dataset->version, format, context);
    if (*event >= app.dataset->size()) return {};
    return CiteEvent(*app.dataset, *event, format, context);
}

void ApplyState(AppState& app, UrlParse parsed, std::string_view source) {
    for (std::string& w : parsed.warnings) app.notices.push_back(std::string(source) + ": " + w);
    const ViewState before = CurrentView(app);
    app.view = std::move(parsed.state);
    app.search_text = app.view.filter.text;
    if (app.dataset) {
        SyncSelectedFromView(app);
        if (app.view.cursor != before.cursor) SetCursor(app, app.view.cursor ? app.view.cursor->day : app.clock.end);
    }
    if (app.view.play != before.play) SetPlaying(app, app.view.play);
}

void ApplyUrl(AppState& app, std::string_view url) { ApplyState(app, FromUrl(url, CurrentView(app)), "Link"); }

void ApplyPermalink(AppState& app, std::string_view url) {
    ViewState base;
    base.embed = app.view.embed;  // how the page is framed, not part of the view a link describes
    base.data = app.view.data;    // the data already loaded stays (a link without data= asks for nothing)
    ApplyState(app, FromUrl(url, base), "Link");
}

std::string TargetsText(const AppState& app, const Event& e) {
    std::string out;
    for (CountryId t : e.targets) out += (out.empty() ? "" : ", ") + app.dataset->countries[t];
    return out;
}
std::string VendorsText(const AppState& app, const Event& e) {
    std::string out;
    for (VendorId v : e.vendors) out += (out.empty() ? "" : ", ") + app.dataset->vendors[v].name;
    return out;
}

namespace {
// The selection in the Events table's order: by date as the selection is (reversed for descending), else by the
// column's text as the table shows it, ties in date order.
void RefreshTableRows(AppState& app) {
    Derived& d = app.derived;
    const Dataset& ds = *app.dataset;
    d.table_rows = d.selection;
    d.table_rows_valid = true;
    d.table_rows_text = TextVersion();
    const int column = app.table_sort.column;
    const bool asc = app.table_sort.ascending;
    if (column == kColDate) {
        if (!asc) std::reverse(d.table_rows.begin(), d.table_rows.end());
        return;
    }
    auto key = [&](EventIndex i) -> std::string {
        const Event& e = ds.events[i];
        switch (column) {
            case kColActor: return ds.countries[e.actor];
            case kColTargets: return TargetsText(app, e);
            case kColVendors: return VendorsText(app, e);
            case kColMeasure: return MeasureLabel(e.measure);
            case kColStatus: return StatusLabel(e.status);
            case kColTitle: return std::string(EventTitle(app, e));
            default: return {};
        }
    };
    // Each key once (not per comparison); ties in the selection's order (rows are ascending): std::sort with the
    // index as the last key sorts as std::stable_sort did, with less code.
    std::vector<std::string> keys(ds.size());
    for (EventIndex i : d.table_rows) keys[i] = key(i);
    std::sort(d.table_rows.begin(), d.table_rows.end(), [&](EventIndex a, EventIndex b) {
        if (keys[a] != keys[b]) return asc ? keys[a] < keys[b] : keys[b] < keys[a];
        return a < b;
    });
}
}  // namespace

void SetTableSort(AppState& app, int column, bool ascending) {
    if (app.table_sort.column == column && app.table_sort.ascending == ascending) return;
    app.table_sort = {column, ascending};
    // Sorted now, so that the frame of the click draws the new order.
    if (app.dataset && app.derived.dataset == app.dataset.get()) RefreshTableRows(app);
    else app.derived.table_rows_valid = false;
}

namespace {
// The vendor matrix (while its view is shown; during playback it changes every day) and its grid's order.
[[gnu::noinline]] void RefreshVendors(AppState& app, int32_t day) {
    const Dataset& ds = *app.dataset;
    Derived& d = app.derived;
    if (d.vendors_day != day || d.vendor_families != app.view.families) {
        d.vendors_day = day;
        d.vendor_families = app.view.families;
        d.vendor_cells = VendorMatrixAt(ds, d.selection, day);
        if (app.view.families) d.vendor_cells = RollUpToFamilies(ds, d.vendor_cells);
        d.vendor_grid_order = -1;
    }
    if (d.vendor_grid_order != static_cast<int>(app.vendors_order)) {
        d.vendor_grid_order = static_cast<int>(app.vendors_order);
        d.vendor_grid = GridOf(ds, d.vendor_cells, app.vendors_order);
    }
}

// The comparison (while its view is shown): the countries' timeline when they or the selection changed, the charts,
// profiles and response lags at the cursor.
[[gnu::noinline]] void RefreshCompare(AppState& app, int32_t day) {
    const Dataset& ds = *app.dataset;
    Derived& d = app.derived;
    if (d.compare_codes != app.view.compare) {
        d.compare_codes = app.view.compare;
        d.compare_ids.clear();
        for (const std::string& code : app.view.compare)
            if (auto id = ds.FindCountry(code)) d.compare_ids.push_back(*id);
        // The bars keep one scale while the cursor moves: the tallest with every event counted.
        d.compare_timeline = TimelineOf(ds, d.selection, d.compare_ids, std::numeric_limits<int32_t>::max());
        d.compare_peak = std::max(1u, PeakOf(d.compare_timeline));
        d.compare_pair_peak = std::max(1u, PairPeakOf(d.compare_timeline));
        d.compare_profiles_counted = static_cast<size_t>(-1);
    }
    // Charts and profiles are the state at the cursor: only the events it passed are added or removed, and the
    // profiles come from the timeline's counts.
    MoveTimeline(ds, d.selection, d.compare_timeline, day);
    if (d.compare_profiles_counted != d.compare_timeline.counted || d.compare_families != app.view.families) {
        d.compare_profiles_counted = d.compare_timeline.counted;
        d.compare_families = app.view.families;
        d.compare_profiles.resize(d.compare_timeline.countries.size());
        d.compare_measure_peak = 1;
        for (size_t k = 0; k < d.compare_profiles.size(); ++k) {
            d.compare_profiles[k] = ProfileAt(d.selection, d.compare_timeline, k);
            if (app.view.families)
                d.compare_profiles[k].vendors_targeted = FamiliesTargeted(ds, d.selection, d.compare_timeline, k);
            for (size_t m = 0; m < kMeasureNames.size(); ++m)
                d.compare_measure_peak = std::max({d.compare_measure_peak, d.compare_profiles[k].taken_by_measure[m],
                                                   d.compare_profiles[k].received_by_measure[m]});
        }
    }
    RefreshLags(app, day);
}
}  // namespace

void Refresh(AppState& app) {
    SetLanguage(app.view.lang);  // Tr speaks the view's language: the lines cached below, and every window after
    if (!app.dataset) return;
    const Dataset& ds = *app.dataset;
    Derived& d = app.derived;
    const bool data_changed = d.dataset != &ds;
    const int32_t day = CursorDay(app.clock);
    if (data_changed || !(d.spec == app.view.filter)) {
        if (data_changed) {
            const auto all = Filter(ds, {});
            d.all_actor_counts = CountBy(ds, all, Facet::Actor);
            d.vendors_by_name.resize(ds.vendors.size());
            for (size_t v = 0; v < ds.vendors.size(); ++v) d.vendors_by_name[v] = static_cast<VendorId>(v);
            SortIds(d.vendors_by_name, [&](VendorId a, VendorId b) { return ds.vendors[a].name < ds.vendors[b].name; });
            d.map_ids_world = nullptr;
            d.summary = Summarize(ds);
            auto by_count = [&](Facet facet) {
                const std::vector<uint32_t> n = CountBy(ds, all, facet);
                std::vector<uint16_t> ids;
                for (size_t k = 0; k < n.size(); ++k)
                    if (n[k]) ids.push_back(static_cast<uint16_t>(k));
                SortIds(ids, [&](uint16_t a, uint16_t b) { return n[a] != n[b] ? n[a] > n[b] : a < b; });
                return ids;
            };
            d.actor_options = by_count(Facet::Actor);
            d.target_options = by_count(Facet::Target);
            d.vendor_options = by_count(Facet::Vendor);
        }
        d.dataset = &ds;
        d.spec = app.view.filter;
        d.selection = Filter(ds, d.spec);
        d.search_matches_alone = 0;
        if (d.selection.empty() && !d.spec.text.empty()) {
            FilterSpec words_only;
            words_only.text = d.spec.text;
            d.search_matches_alone = Filter(ds, words_only).size();
        }
        ++d.generation;
        d.selection_days.clear();
        d.step_order = StepOrder(ds, d.selection);
        d.in_selection.assign(ds.size(), 0);
        for (EventIndex i : d.selection) {
            d.selection_days.push_back(ds.cols.day[i]);
            d.in_selection[i] = 1;
        }
        d.facet_tally = FacetTallyUpTo(ds, d.spec, day);
        // Lanes: every acting country of the whole dataset, ordered by activity in the selection.
        d.lane_counts = CountBy(ds, d.selection, Facet::Actor);
        const auto& all_counts = d.all_actor_counts;
        d.lanes.clear();
        for (CountryId c = 0; c < all_counts.size(); ++c)
            if (all_counts[c]) d.lanes.push_back(c);
        // Ties in id order (lanes are ascending): as a stable sort, with less code.
        SortIds(d.lanes, [&](CountryId a, CountryId b) {
            if (d.lane_counts[a] != d.lane_counts[b]) return d.lane_counts[a] > d.lane_counts[b];
            if (all_counts[a] != all_counts[b]) return all_counts[a] > all_counts[b];
            return a < b;
        });
        // A filter hides the lanes it leaves empty: twenty grey zeros read as "the others did nothing".
        d.visible_lanes.clear();
        for (CountryId c : d.lanes)
            if (d.lane_counts[c] || d.spec.IsEmpty()) d.visible_lanes.push_back(c);
        d.cursor_day = -1;
        d.table_rows_valid = false;
        d.compare_codes.clear();
        d.escalation.clear();
        auto us = ds.FindCountry("US"), cn = ds.FindCountry("CN");
        if (us && cn && !ds.events.empty()) {
            d.escalation.push_back(Escalation(ds, d.selection, *us, *cn, ds.cols.day.front(), ds.cols.day.back()));
            d.escalation.push_back(Escalation(ds, d.selection, *cn, *us, ds.cols.day.front(), ds.cols.day.back()));
        }
        d.escalation_empty = true;
        for (const EscalationSeries& s : d.escalation)
            for (float v : s.values) d.escalation_empty = d.escalation_empty && v == 0.0f;
    }
    FitTimeline(app);
    // Counts follow the cursor: only the events it passed since the last frame are added or removed.
    MoveFacetTally(ds, d.spec, d.facet_tally, day);
    if (d.cursor_day != day) {
        // The caption follows the cursor back as well as forward: the selected event when it is on the cursor's
        // day, else the newest event up to it (from the first use of playback on; before, the bar shows its hint).
        if (!app.clock.playing && d.cursor_day >= 0 && (!app.caption.empty() || day != app.clock.end)) {
            const auto& days = d.selection_days;
            const auto k = std::upper_bound(days.begin(), days.end(), day) - days.begin();
            if (app.selected && ds.cols.day[*app.selected] == day) Announce(app, *app.selected);
            else if (k > 0) Announce(app, d.selection[static_cast<size_t>(k - 1)]);
            else app.caption.clear();
        }
        d.cursor_day = day;
        d.vendors_day = -1;
        d.escalation_now.clear();
        for (const EscalationSeries& s : d.escalation)
            d.escalation_now.push_back(EscalationAt(ds, d.selection, s.actor, s.target, day));
    }
    if (app.view.view == View::Vendors) RefreshVendors(app, day);
    // (The text version changes with the language and when the page's German text arrives after a switch.)
    if (d.summary_for != d.generation || d.summary_text != TextVersion()) {
        d.summary_for = d.generation;  // embeds and pictures say what they show
        d.summary_text = TextVersion();
        d.summary_line = SummaryLine(app);
        d.filters_line = FiltersLine(app);
    }
    if (!d.table_rows_valid || d.table_rows_text != TextVersion()) RefreshTableRows(app);
    if (app.view.view == View::Map) RefreshMap(app, day);
    if (app.view.view == View::Cascade) RefreshCascades(app);
    if (app.selected != d.details_for || data_changed) {
        d.details_for = app.selected;
        d.details_chain = app.selected && *app.selected < ds.size() ? ResponseChainOf(ds, *app.selected) : ResponseChain{};
        d.details_feeds = app.selected && *app.selected < ds.size() ? FeedsOfEvent(ds, *app.selected) : std::vector<FeedRef>{};
    }
    RefreshChanges(app);
    if (app.view.count) RefreshCount(app, day);
    if (app.view.view == View::Compare) RefreshCompare(app, day);  // only worked out while its view is shown
}

void Tick(AppState& app, double dt) {
    if (!app.dataset || (!app.clock.playing && !app.recording.active)) return;
    const int32_t before = CursorDay(app.clock);
    if (app.recording.active) {  // the recording's plan moves the cursor, whatever the reader's clock says; this
                                 // frame shows `elapsed` (the first, 0 s), the next one dt later
        app.clock.cursor = app.recording.plan.CursorAt(app.recording.elapsed);
        app.recording.elapsed += dt;
    } else {
        app.clock = Advance(app.clock, dt);
    }
    const int32_t after = CursorDay(app.clock);
    // Announce the newest event the cursor passed this frame (after a loop wrap, the newest before the cursor).
    const auto& days = app.derived.selection_days;
    auto it = std::upper_bound(days.begin(), days.end(), after);
    if (it == days.begin()) return;
    const size_t k = static_cast<size_t>(std::prev(it) - days.begin());
    if (days[k] > before || after < before) Announce(app, app.derived.selection[k]);
}

void Announce(AppState& app, EventIndex event) {
    const Event& e = app.dataset->events[event];
    app.caption = FormatDate(e.date) + " · " + std::string(EventTitle(app, e));
}

void SelectEvent(AppState& app, std::optional<EventIndex> event) {
    app.selected = event;
    app.view.event = event ? app.dataset->events[*event].id.str() : std::string();
}

void SetPlaying(AppState& app, bool playing) {
    // As the Play button: from the end, playback starts over from the first event (before the data is in,
    // ResetClock does the same when it comes).
    if (app.dataset && playing && !app.clock.playing && CursorDay(app.clock) >= app.clock.end)
        app.clock.cursor = app.clock.start;
    app.clock.playing = playing;
}

void ShowDetails(AppState& app) {
    app.show_details = true;
    if (app.narrow) app.phone_panel = Panel::Details;
}

void TogglePlay(AppState& app) { SetPlaying(app, !app.clock.playing); }

void StepEvent(AppState& app, int direction) {
    if (!app.dataset) return;
    app.clock.playing = false;
    const auto& order = app.derived.step_order;
    const auto stop = NextStop(*app.dataset, order, app.selected, CursorDay(app.clock), direction);
    if (!stop) return;
    const EventIndex e = order[*stop];
    app.clock = SeekTo(app.clock, app.dataset->cols.day[e]);
    SelectEvent(app, e);
    Announce(app, e);
}

void SetCursor(AppState& app, double day) { app.clock = SeekTo(app.clock, day); }

void ClearFilters(AppState& app) {
    app.view.filter = FilterSpec{};
    app.search_text.clear();
}

bool IsAnimating(const AppState& app) { return app.clock.playing || app.recording.active; }

RecordingPlan RecordingPlanOf(const AppState& app) {
    PlaybackClock clock = app.clock;
    const FilterSpec& f = app.view.filter;
    if (f.from) clock.start = std::clamp(f.from->day, app.clock.start, app.clock.end);
    if (f.to) clock.end = std::clamp(UpperBoundDay(*f.to), clock.start, app.clock.end);
    return PlanRecording(clock);
}

bool StartRecording(AppState& app, size_t size) {
    if (!app.dataset || app.recording.active) return false;
    if (!app.hooks.begin_recording || !app.hooks.record_frame || !app.hooks.end_recording) {
        app.status_line = Tr("Recording is not available here.");
        return false;
    }
    const PictureSize& at = kRecordingSizes[std::min(size, std::size(kRecordingSizes) - 1)];
    RecordingState r;
    r.plan = RecordingPlanOf(app);
    r.width = at.width;
    r.height = at.height;
    r.name = "rift-" + std::string(kViewNames[static_cast<size_t>(app.view.view)]) + "-" + std::to_string(at.width) +
             "x" + std::to_string(at.height);
    if (!app.hooks.begin_recording(r.name, r.width, r.height)) {
        app.status_line = Tr("This browser cannot record video (it has no MediaRecorder for WebM).");
        return false;
    }
    r.active = true;
    app.recording = std::move(r);
    app.clock.playing = false;
    app.clock.cursor = app.recording.plan.start - 1;  // Tick puts it on the start: an event there is announced
    app.caption.clear();
    app.status_line.clear();
    return true;
}

void ContinueRecording(AppState& app) {
    if (!app.recording.active) return;
    app.hooks.record_frame();
    ++app.recording.frames;
    // The next frame would fall after the video's end: this one was the last.
    if (app.recording.elapsed >= app.recording.plan.Duration()) StopRecording(app, true);
}

void StopRecording(AppState& app, bool keep) {
    if (!app.recording.active) return;
    app.recording.active = false;
    const std::string where = app.hooks.end_recording ? app.hooks.end_recording(keep) : std::string();
    app.status_line = keep ? std::string(Tr("Saved")) + " " + where : std::string(Tr("Recording cancelled."));
}

std::string_view EventTitle(const AppState& app, const Event& e) {
    const std::string_view title = e.Title(app.view.lang == Lang::De);
    return title.empty() ? std::string_view("…") : title;  // the page's first view until its titles are in
}
std::string_view EventSummary(const AppState& app, const Event& e) { return e.Summary(app.view.lang == Lang::De); }
bool ShownInEnglish(const AppState& app, const Event& e) {
    // While the page's first view is in (no German text yet), the full file is on its way: nothing to mark.
    return app.view.lang == Lang::De && !(app.dataset && app.dataset->partial) && e.LacksGerman();
}

std::string CountryLabel(const AppState& app, std::string_view code) {
    const CountryName* c = FindCountry(code);
    if (!c) return std::string(code);
    return std::string(app.view.lang == Lang::De ? c->de : c->en);
}

std::string CountryLabel(const AppState& app, CountryId id) { return CountryLabel(app, app.dataset->countries[id]); }

// The names readers use where ISO's are long, English and German: on narrow screens "United States" and "United
// Kingdom" (or "Vereinigte Staaten" and "Vereinigtes Königreich") would otherwise both end as "United…".
std::string ShortCountryLabel(const AppState& app, std::string_view code) {
    struct Short { std::string_view code, en, de; };
    static constexpr Short kShort[] = {
        {"US", "USA", "USA"}, {"GB", "UK", "Großbritannien"}, {"RU", "Russia", "Russland"},
        {"KR", "South Korea", "Südkorea"}, {"KP", "North Korea", "Nordkorea"}, {"AE", "UAE", "VAE"},
        {"EU", "EU", "EU"}, {"IR", "Iran", "Iran"}, {"TW", "Taiwan", "Taiwan"}, {"VN", "Vietnam", "Vietnam"},
        {"SY", "Syria", "Syrien"}, {"TZ", "Tanzania", "Tansania"}, {"BO", "Bolivia", "Bolivien"},
        {"VE", "Venezuela", "Venezuela"}, {"MD", "Moldova", "Moldau"}, {"LA", "Laos", "Laos"},
        {"CD", "DR Congo", "DR Kongo"}, {"DO", "Dominican Rep.", "Dominik. Rep."}, {"SA", "Saudi Arabia", "Saudi-Arabien"},
        {"CZ", "Czechia", "Tschechien"}, {"BA", "Bosnia", "Bosnien"}, {"MK", "N. Macedonia", "Nordmazedonien"}};
    for (const Short& s : kShort)
        if (s.code == code) return std::string(app.view.lang == Lang::De ? s.de : s.en);
    return CountryLabel(app, code);
}

}  // namespace rift
