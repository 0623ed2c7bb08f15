// AppState: all mutable state of the explorer, plus the derived query results it caches.
#pragma once
#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/aggregate.h"
#include "core/cascade.h"
#include "core/cite.h"
#include "core/compare.h"
#include "core/count.h"
#include "core/country_counts.h"
#include "core/escalation.h"
#include "core/feed.h"
#include "core/filter.h"
#include "core/geo.h"
#include "core/lags.h"
#include "core/load.h"
#include "core/playback.h"
#include "core/release.h"
#include "core/url_state.h"
#include "core/vendor_matrix.h"
#include "ui/map_state.h"
#include "ui/touch.h"

namespace rift {

enum class Panel : uint8_t { Main, Filters, Details };  // which panel the phone layout shows

// What the windows show, recomputed only when its inputs change (see Refresh()).
struct Derived {
    FilterSpec spec;                       // the spec `selection` was computed for
    const Dataset* dataset = nullptr;      // ... on this dataset
    std::vector<EventIndex> selection;     // matching events, date order
    std::vector<int32_t> selection_days;   // their days, for stepping
    std::vector<EventIndex> step_order;    // the selection in stepping order (same-day answers after what they answer)
    std::vector<uint8_t> in_selection;     // per event of the dataset: 1 when it is in `selection`
    std::vector<CountryId> lanes;          // acting countries, most active first
    std::vector<CountryId> visible_lanes;  // the timeline's: the lanes with an event under the filter (all when none)
    std::vector<uint32_t> lane_counts;
    FacetTally facet_tally;                // the Filters window's counts, up to the cursor day
    std::vector<uint32_t> all_actor_counts;  // per actor over the whole dataset (lane membership)
    int32_t cursor_day = -1;               // the day escalation_now was computed for
    int32_t vendors_day = -1;              // the day vendor_cells was computed for (only while Vendors shows)
    bool vendor_families = false;          // ... rolled up to families (view.families)
    bool compare_families = false;         // the compare profiles' vendor lists are by family (view.families)
    std::vector<VendorCell> vendor_cells;
    VendorGrid vendor_grid;
    int vendor_grid_order = -1;
    std::vector<double> escalation_now;    // each escalation series' value at the cursor
    std::vector<CountryId> compare_ids;
    std::vector<std::string> compare_codes;  // the codes the comparison below was computed for
    std::vector<CountryProfile> compare_profiles;  // each compared country up to the cursor day
    CompareTimeline compare_timeline;      // each compared country and pair per period, up to the cursor day
    uint32_t compare_peak = 1;             // the tallest country bar of compare_timeline with every event counted
    uint32_t compare_pair_peak = 1;        // ... and the tallest reciprocity bar
    size_t compare_profiles_counted = 0;   // the timeline's `counted` compare_profiles were made for
    std::vector<EscalationSeries> escalation;  // default dyads US→CN and CN→US
    bool escalation_empty = true;          // the selection has no measure of either dyad: the index says nothing
    std::string summary_line;              // "China → United States · 58 measures · 2014–2020 · …" (embeds, pictures)
    std::string filters_line;              // "Filters: From 2014 · China → United States · Export control" (pictures)
    uint64_t summary_for = 0;              // the generation both lines were written for
    uint32_t summary_text = 0;             // ... and TextVersion() (ui/i18n: the language, and its table)
    uint64_t generation = 0;               // increases whenever `selection` is recomputed
    DensityGrid density;                   // the timeline's density bars (many events visible), kept between frames
    std::vector<VendorId> vendors_by_name; // every vendor, by name (pickers)
    // The Filters window's options, in a fixed order per dataset (most events first, over the whole dataset), so
    // nothing moves under the pointer when a filter changes the counts: acting and targeted countries, vendors.
    std::vector<CountryId> actor_options, target_options;
    std::vector<VendorId> vendor_options;
    uint32_t compare_measure_peak = 1;     // the longest measure bar over the compared profiles

    size_t search_matches_alone = 0;       // with no match: how many the search words find without the other filters
    DatasetSummary summary;                // what the dataset holds (About)
    std::optional<EventIndex> details_for;  // the selected event details_chain was made for
    ResponseChain details_chain;           // what it answers and what answers it, in time order
    std::vector<FeedRef> details_feeds;    // the feeds it is in: its actor's, its vendors' families' (Follow)

    // The Map (worked out while it shows): counts per country at the cursor, and the hovered country's vendors.
    CountryCounts map_counts;
    // What colours the map: the chosen colouring, except that a filter on one acting state colours whom it acted
    // against (received), and one on one targeted state who acted against it (taken): one lit country says little.
    CountryRole map_color = CountryRole::Taken;
    bool map_color_switched = false;       // map_color differs from the chosen one, for that reason (the legend says so)
    uint64_t map_generation = 0;           // the selection generation map_counts was made for (0: not yet)
    int32_t map_day = -1;
    std::optional<VendorId> map_vendor;    // what "against a vendor" counts: the chosen one or the most named
    std::string map_vendor_for;            // the MapViewState::vendor map_vendor was resolved from
    std::vector<int32_t> map_country_ids;  // per country of the world map: its CountryId in the dataset, or -1
    const WorldMap* map_ids_world = nullptr;  // the geometry map_country_ids was made for
    int32_t map_top_country = -1;          // the country map_top_vendors are for, and in which role
    CountryRole map_top_role = CountryRole::Taken;
    std::vector<VendorCount> map_top_vendors;
    std::vector<EventIndex> table_rows;    // the selection in the Events table's order (AppState::table_sort)
    bool table_rows_valid = false;         // false: the selection or the order changed
    uint32_t table_rows_text = 0;          // TextVersion() when the rows were sorted (labels and titles by language)

    // What changed since the link's version (AppState::link_version), once the release record and the full data are
    // in: the diff (nullopt: the record has no such release), its new and corrected events in date order, and per
    // event of the dataset whether it is new or corrected (the timeline's and the Events table's marks).
    std::string changes_since;                  // the version `changes` was computed for ("": not yet)
    const Dataset* changes_dataset = nullptr;   // ... on this dataset
    const ReleaseRecord* changes_record = nullptr;  // ... with this record
    std::optional<ReleaseDiff> changes;
    std::vector<EventIndex> changes_added, changes_corrected;
    std::vector<uint8_t> change_marks;          // per event: kChangeNone, kChangeNew or kChangeCorrected

    // The Cascades view (worked out while it shows): one cascade per key of the filter (CascadeKeys), over the filter
    // without its keys (CascadeBase); the axis' end is the latest act of any of them.
    std::vector<Cascade> cascades;
    size_t cascades_dropped = 0;                // keys beyond kMaxCascades
    uint64_t cascades_generation = 0;           // the selection generation they were made for (0: not yet)
    bool cascade_families = false;              // ... by family (view.families)
    int32_t cascade_axis_days = 1;
    // How many (while its panel is open): the count under the definition (the filter, the cursor day, cstatus and
    // scope), remade when one of them changes.
    CountResult count;
    std::vector<std::string> count_problems;    // the definition's vendor ids the dataset does not know
    std::string count_link;                     // the definition as a link (count=1&...)
    uint64_t count_generation = 0;              // the selection generation, day, stage and scope it was made for
    int32_t count_day = -1;
    CountStage count_stage = CountStage::Any;
    CountScope count_scope = CountScope::Any;
    // Compare's response lags: each compared pair in both directions (pair k: a→b at 2k, b→a at 2k+1), their cases
    // found once per selection and countries, their figures on the cursor day.
    std::vector<std::vector<LagCase>> lag_cases;
    std::vector<DyadLags> lags;
    std::vector<std::string> lags_codes;        // the compared codes and the generation lag_cases were made for
    uint64_t lags_generation = 0;
    int32_t lags_day = -1;
};
inline constexpr uint8_t kChangeNone = 0, kChangeNew = 1, kChangeCorrected = 2;

// What the UI asks of the platform, set by the app; the UI never talks to the platform directly. Each may be
// empty (the headless tests set none): the window that needs it then offers nothing.
struct Hooks {
    std::function<void(const std::string&)> open_url;
    std::function<void(const std::string&)> set_clipboard;
    std::function<std::string()> page_url;  // the page's URL without fragment
    // Saves a file for the reader; returns where it went ("" if it could not).
    std::function<std::string(const std::string& name, const std::string& mime, const std::string& content)> save_file;
    std::function<bool()> pick_file;        // opens a file picker; false where there is none
    // Saves a picture of the main view as a PNG named `name`, `width`×`height` pixels (0×0: as on screen): the
    // platform draws it after this frame with DrawPicture (windows.h).
    std::function<void(const std::string& name, int width, int height)> save_picture;
    // Playback as a video: begin_recording starts one named `name` (the platform adds .webm, or makes a folder of PNG
    // frames on the desktop), `width`×`height` pixels, and says false where it cannot; record_frame adds a picture of
    // this frame (DrawPicture, drawn after it); end_recording saves it (keep) or drops it, and says where it went.
    std::function<bool(const std::string& name, int width, int height)> begin_recording;
    std::function<void()> record_frame;
    std::function<std::string(bool keep)> end_recording;
    std::function<void()> load_builtin;     // reloads the built-in dataset
    std::function<void()> request_world;    // starts loading the map geometry into AppState::world
    std::function<void()> request_releases; // starts loading data/releases.json into AppState::releases
};

// The sizes the Data dialog offers for a picture of the view, in pixels; 0×0 is the window's own size.
struct PictureSize {
    const char* label;
    int width, height;
};
inline constexpr PictureSize kPictureSizes[] = {
    {"1200 × 675 (articles, social)", 1200, 675}, {"1080 × 1080 (square)", 1080, 1080}, {"As on screen", 0, 0}};

// The sizes the Data dialog offers for a video of the playback: widescreen and square (social posts).
inline constexpr PictureSize kRecordingSizes[] = {{"1280 × 720 (video)", 1280, 720}, {"1080 × 1080 (square)", 1080, 1080}};

// A video of the playback being made (StartRecording): the plan it follows, how far in it is.
struct RecordingState {
    bool active = false;
    RecordingPlan plan;
    double elapsed = 0;  // seconds into the video
    std::string name;    // "rift-timeline-1280x720"
    int width = 0, height = 0;
    size_t frames = 0;   // frames handed to the platform
};

// What the last picture drew (DrawPicture), for the tests and the page's `ui` call: its size, its lines and the
// windows in it (back to front).
struct PictureRecord {
    int width = 0, height = 0;
    std::string title, filters, credit;
    std::string caption;  // a recording's frame: the cursor's date and the playback caption
    std::vector<std::string> windows;
};

struct AppState {
    std::shared_ptr<const Dataset> dataset;
    ViewState view;                 // the part of the state that lives in the URL
    PlaybackClock clock;
    std::optional<EventIndex> selected;
    Derived derived;

    // Notices for the reader: URL values ignored, dataset problems (kept until dismissed).
    std::vector<std::string> notices;
    bool details_failed = false;    // the page's full data file (summaries, sources) could not be loaded
    std::vector<std::string> load_problems;
    std::string loaded_from;        // where the current dataset came from
    // The dataset version a link was made with (v=) when the data shown has another: the notice says so and offers
    // "What changed since" it. Cleared when the notices are dismissed.
    std::string link_version;
    std::shared_ptr<const ReleaseRecord> releases;  // data/releases.json: fetched when link_version is set (request_releases)
    std::string releases_error;
    bool releases_requested = false;
    bool show_changes = false;      // the "What changed since" list is open
    bool mark_changes = false;      // new events are marked (timeline, Events): from opening the list to dismissing
    std::string status_line;        // last action, e.g. "Loaded my.json: 120 events"

    // Layout and window state.
    float ui_scale = 1.0f;
    Panel phone_panel = Panel::Main;
    bool narrow = false;            // this frame's layout is the phone's (tabs instead of side panels)
    // An embed's wanted height in CSS pixels for its view and width (DrawApp; 0 before the data), reported to the
    // host page (platform::Notify "height"). It never depends on the frame's height, so sizing the frame to it
    // changes nothing and cannot loop. timeline_top is the timeline's toolbar (window top to its axis), in pixels.
    float embed_height = 0;
    float timeline_top = 0;
    bool show_about = false;
    bool show_share = false;
    bool show_filters = true;
    bool show_details = true;
    std::set<CountryId> collapsed_lanes;
    MapViewState map;
    std::shared_ptr<const WorldMap> world;  // map geometry, fetched on first use (request_world)
    std::string world_error;
    bool world_requested = false;
    double timeline_from = 0, timeline_to = 0;   // visible day range of the timeline
    // What timeline_from/to were last fitted to (the span, else the filter's dates, on this dataset): Refresh()
    // fits them again when one of these changes, so a link or a new date filter frames the timeline to its story.
    struct TimelineFit {
        std::optional<std::pair<Date, Date>> span;
        std::optional<Date> from, to;
        const Dataset* dataset = nullptr;
        friend bool operator==(const TimelineFit&, const TimelineFit&) = default;
    } timeline_fit;
    VendorOrder vendors_order = VendorOrder::MostRestricted;
    // The Events table's order: a column (EventsColumn) and its direction; Refresh() sorts the selection by it.
    struct TableSort {
        int column = 0;
        bool ascending = true;
    } table_sort;
    std::string caption;            // the playback caption ("2014-05-19 · US indicts …")
    bool focus_search = false;
    bool leave_canvas = false;      // Escape with nothing to close or clear: the page moves focus to its controls
    char date_field[16] = "";       // the playback bar's typed date
    int32_t date_field_day = -1;    // the cursor day date_field was filled from
    bool date_field_editing = false;
    std::string search_text;        // the search box's text (applied to view.filter.text)
    char count_day_field[16] = "";  // How many's typed day, and the day it was filled from
    int32_t count_day_field_for = -1;
    bool count_day_editing = false;
    int compare_hover_period = -1;  // the period under the mouse in a Compare time chart (shown in every column)

    Hooks hooks;                    // set by the app: how the UI reaches the platform
    bool show_data = false;
    size_t picture_size = 0;        // the Data dialog's choice of size: an index into kPictureSizes
    CiteFormat cite_format = CiteFormat::Text;  // the format Details' Cite and About's Cite the dataset show
    bool picture_frame = false;     // this frame is a picture (DrawPicture): the views leave out their controls
    size_t recording_size = 0;      // the Data dialog's choice of video size: an index into kRecordingSizes
    RecordingState recording;
    PictureRecord picture;
    // Where named controls were drawn last frame (x, y, w, h in framebuffer pixels): lets browser tests and
    // the page find the real buttons on the canvas.
    std::map<std::string, std::array<float, 4>> control_rects;
    // What the timeline and Vendors drew last frame, one entry per event mark and per matrix cell, at its centre
    // (framebuffer pixels): tests check a view against the data by what it drew, and click a known mark.
    struct DrawnMark {
        int32_t a = -1, b = -1;  // the timeline: a = the event; Vendors: a = the vendor, b = the country
        float x = 0, y = 0;
    };
    std::vector<DrawnMark> timeline_marks, vendor_cells;
    std::optional<Theme> applied_theme;  // the theme ImGui's style has (DrawApp applies view.theme when it differs)
    TouchState touch;               // fingers: drag areas, a queued swipe, the map's armed country
    // Every mark the Cascades window drew last frame (cascade, row, event, centre in framebuffer pixels): tests find
    // and click the marks through it.
    struct CascadeMark {
        size_t cascade = 0, row = 0;
        EventIndex event = 0;
        float x = 0, y = 0;
    };
    std::vector<CascadeMark> cascade_marks;
};

// Loads a dataset into the state; on failure the current data stays and the problems are listed.
bool ApplyDataset(AppState& app, LoadResult result, const std::string& origin);
// Completes the page's first-view data (Dataset::partial) with the full file of the same events: the view, the
// clock, the selection and the Derived caches stay (event indices are the same), the selection is recomputed (search
// now sees the summaries). Does nothing once other data was loaded; different events are loaded as ApplyDataset does.
bool CompleteDataset(AppState& app, LoadResult result, const std::string& origin);
// The page's first-view data again with its events' titles (they follow the first frame): the same events, so the
// view, selection and cursor stay. False when the data shown is no longer that first view (the titles are then left
// for a reload of the built-in data) or `titled` failed.
bool AddTitles(AppState& app, LoadResult titled);
// The view state as the reader sees it now (cursor, playing, dataset version included).
ViewState CurrentView(const AppState& app);
// Applies a parsed state (from a link, the host API or a host page); its warnings become notices.
void ApplyState(AppState& app, UrlParse parsed, std::string_view source);
// Applies a URL fragment/query on top of the current state (bad values become notices).
void ApplyUrl(AppState& app, std::string_view url);
// Opens a permalink over whatever was open: the keys it leaves out go back to their defaults (a link reproduces its
// view); only the page's framing (embed) and the loaded data stay.
void ApplyPermalink(AppState& app, std::string_view url);
// The current state as a URL fragment (without '#').
std::string CurrentUrl(const AppState& app);

// The citation of an event, or with nullopt of the dataset, pointing at this page, accessed today, with the
// event's German title in the German interface (Details, About and the host API's cite()).
std::string CiteFor(const AppState& app, std::optional<EventIndex> event, CiteFormat format);

// Recomputes what changed since the last frame.
void Refresh(AppState& app);
// The Events table's columns, in its order, and what it sorts by.
enum EventsColumn { kColDate, kColActor, kColTargets, kColVendors, kColMeasure, kColStatus, kColTitle };
void SetTableSort(AppState& app, int column, bool ascending);
// An event's targets and vendors as the Events table writes them ("CN, RU"; "Huawei, ZTE").
std::string TargetsText(const AppState& app, const Event& e);
std::string VendorsText(const AppState& app, const Event& e);
// Moves the playback clock by dt seconds and updates the caption.
void Tick(AppState& app, double dt);
// Selection and navigation helpers used by several windows.
void SelectEvent(AppState& app, std::optional<EventIndex> event);
// Shows the selected event's details: the side panel, or on a phone or in an embed the Details tab.
void ShowDetails(AppState& app);
// Sets the playback caption to an event ("2014-05-19 · US indicts five PLA officers").
void Announce(AppState& app, EventIndex event);
void TogglePlay(AppState& app);
void SetPlaying(AppState& app, bool playing);
void StepEvent(AppState& app, int direction);
void SetCursor(AppState& app, double day);
void ClearFilters(AppState& app);
// True while something moves (playback, a recording), so the platform keeps drawing frames.
bool IsAnimating(const AppState& app);
// The plan of a recording of the current view: the filter's date range (else the data's) at the reader's speed.
RecordingPlan RecordingPlanOf(const AppState& app);
// Records the playback of the current view as a video at kRecordingSizes[size] (the platform's begin_recording):
// the cursor goes back to the start of the date range and Tick then moves it by the plan (PlanRecording), one
// picture a frame. False, with the reason in the status line, where it cannot start.
bool StartRecording(AppState& app, size_t size);
// After each frame's drawing: hands the frame's picture to the platform, and at the plan's end saves the video.
void ContinueRecording(AppState& app);
// Stops a recording: keep saves what was recorded (Cancel does not). The status line says what happened.
void StopRecording(AppState& app, bool keep);

// Display helpers.
// An event's title and summary in the interface's language (German where the dataset has it, else English).
std::string_view EventTitle(const AppState& app, const Event& e);
std::string_view EventSummary(const AppState& app, const Event& e);
// True when the interface is German and this event's text is shown in English (the dataset has no German for it).
bool ShownInEnglish(const AppState& app, const Event& e);
std::string CountryLabel(const AppState& app, std::string_view code);
std::string CountryLabel(const AppState& app, CountryId id);
// A short common name where the full one is long (USA, UK, Russia, Südkorea), else the full name.
std::string ShortCountryLabel(const AppState& app, std::string_view code);

}  // namespace rift
