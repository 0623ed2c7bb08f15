// Rift's entry point: load the data, build AppState, and hand the frame function to the platform.
#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <span>
#include <string>
#include <utility>

#include "app/host_api.h"
#include "core/font_pack.h"
#include "core/geo.h"
#include "core/io.h"
#include "core/state_json.h"
#include "core/load.h"
#include "core/release.h"
#include "platform/platform.h"
#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace {

rift::platform::Options DefaultOptions() {
    rift::platform::Options o;
    o.events_path = RIFT_DATA_DIR "/events.json";
    o.vendors_path = RIFT_DATA_DIR "/vendors.json";
    return o;
}

struct Args {
    std::string url;  // view state, as in the page's URL fragment
    rift::platform::Options platform = DefaultOptions();
    float scale = 0;  // 0: the display's own
    size_t record_size = 0;  // --record-size: an index into rift::kRecordingSizes
};

bool ParseArgs(int argc, char** argv, Args& a) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        const char* v = nullptr;
        if (arg == "--data" && (v = next())) a.platform.events_path = v;
        else if (arg == "--vendors" && (v = next())) a.platform.vendors_path = v;
        else if (arg == "--url" && (v = next())) a.url = v;
        else if (arg == "--screenshot" && (v = next())) a.platform.screenshot_path = v;
        else if (arg == "--scale" && (v = next())) a.scale = std::strtof(v, nullptr);
        else if (arg == "--record" && (v = next())) a.platform.record_dir = v;
        else if (arg == "--record-size" && (v = next())) {
            const std::string size = v;
            a.record_size = std::size(rift::kRecordingSizes);
            for (size_t k = 0; k < std::size(rift::kRecordingSizes); ++k)
                if (size == std::to_string(rift::kRecordingSizes[k].width) + "x" +
                                std::to_string(rift::kRecordingSizes[k].height))
                    a.record_size = k;
            if (a.record_size == std::size(rift::kRecordingSizes)) return false;
        } else if (arg == "--size" && (v = next())) {
            if (std::sscanf(v, "%dx%d", &a.platform.width, &a.platform.height) != 2) return false;
        } else {
            std::fprintf(stderr,
                         "usage: rift [--data EVENTS.json] [--vendors VENDORS.json] [--url 'view=compare&compare=US,CN']\n"
                         "            [--size 1280x800] [--scale 1.5] [--screenshot out.png]\n"
                         "            [--record FOLDER [--record-size 1280x720|1080x1080]]\n");
            return false;
        }
    }
    return true;
}

// Where the time from main() to the first frame with data goes (milliseconds), reported with that frame.
struct Startup {
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
    double init = 0, fonts = 0, fonts_at = 0, load = 0, data_at = 0, frame_cpu = 0;
    double Since() const { return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count(); }
    std::string Json(double total) const {
        char out[256];
        std::snprintf(out, sizeof out,
                      "{\"total\":%.1f,\"init\":%.1f,\"fonts\":%.1f,\"fontsAt\":%.1f,\"load\":%.1f,\"dataAt\":%.1f,"
                      "\"frame\":%.1f}",
                      total, init, fonts, fonts_at, load, data_at, frame_cpu);
        return out;
    }
};
Startup g_startup;

}  // namespace

int main(int argc, char** argv) {
    g_startup.start = std::chrono::steady_clock::now();
    static Args args;
    if (!ParseArgs(argc, argv, args)) return 2;
    const bool started = rift::platform::Init(args.platform);
    g_startup.init = g_startup.Since();
    if (!started) {
        std::fprintf(stderr, "rift: cannot open a window with OpenGL 3\n");
        return 1;
    }
    static rift::AppState app;
    static rift::Session session;
    app.hooks.open_url = [](const std::string& url) { rift::platform::OpenUrl(url); };
    app.hooks.set_clipboard = [](const std::string& text) { rift::platform::SetClipboard(text); };
    app.hooks.page_url = [] { return rift::platform::PageUrl(); };
    app.hooks.save_file = [](const std::string& name, const std::string& mime, const std::string& content) {
        return rift::platform::SaveFile(name, mime, content);
    };
    app.hooks.pick_file = [] { return rift::platform::PickFile(); };
    app.hooks.save_picture = [](const std::string& name, int width, int height) {
        rift::platform::SavePicture(name, width, height, [] { rift::DrawPicture(app); });
    };
    app.hooks.begin_recording = [](const std::string& name, int width, int height) {
        return rift::platform::BeginRecording(name, width, height);
    };
    app.hooks.record_frame = [] { rift::platform::RecordFrame([] { rift::DrawPicture(app, true); }); };
    app.hooks.end_recording = [](bool keep) { return rift::platform::EndRecording(keep); };
    app.hooks.load_builtin = [] { rift::HandleCall(app, session, "builtin", "", ""); };
    app.hooks.request_world = [] {
        rift::platform::FetchAsset("assets/world.bin", [](bool ok, std::string bytes) {
            if (!ok) {
                app.world_error = bytes;
                return;
            }
            std::string error;
            auto map = rift::ParseWorldMap(
                std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()), error);
            if (map) app.world = std::make_shared<const rift::WorldMap>(std::move(*map));
            else app.world_error = error;
        });
    };
    // The release record, for "What changed since" a link's older version: fetched only for such a link.
    app.hooks.request_releases = [] {
        rift::platform::FetchAsset("data/releases.json", [](bool ok, std::string text) {
            if (!ok) {
                app.releases_error = text;
                return;
            }
            std::string error;
            if (auto record = rift::ParseReleaseRecord(text, error))
                app.releases = std::make_shared<const rift::ReleaseRecord>(std::move(*record));
            else app.releases_error = error;
        });
    };
    // The German interface text, which the page's code leaves out (ui/i18n): asked for once, when German is first
    // shown; `then` runs when it is in or has failed (the interface then stays English, with a notice).
    // Once it has come, the page hears the state again and gets the event list again, now in German (its controls
    // for a screen reader are built anew).
    static bool text_arrived = false;
    static const auto request_language = [](std::function<void()> then) {
        static bool asked = false;
        if (asked) return;
        asked = true;
        rift::platform::FetchAsset("assets/de.bin", [then = std::move(then)](bool ok, std::string bytes) {
            std::string error;
            if (!ok) error = bytes;
            else if (!rift::AddLanguage(rift::Lang::De, std::move(bytes), error)) error = "assets/de.bin: " + error;
            if (!error.empty())
                app.notices.push_back("The German text could not be loaded (" + error + "): the interface stays in English.");
            text_arrived = error.empty();
            then();
        });
    };
    app.ui_scale = args.scale > 0 ? args.scale : rift::platform::PixelRatio();
    const std::string initial = args.url.empty() ? rift::platform::InitialUrlState() : args.url;
    rift::ApplyUrl(app, initial);

    // The built-in dataset (the desktop's files, or what the page fetched), kept for "back to the built-in data";
    // the first one's load is timed for the startup report. The page's full file completes its first-view file in
    // place (or is kept for later if the reader loaded other data meanwhile).
    rift::platform::OnData(
        [](const std::string& events, const std::string& vendors, const std::string& origin, bool first_view) {
            session.builtin_events = events;
            if (!vendors.empty()) session.builtin_vendors = vendors;  // (the page's snapshot comes without: BuiltinVendors)
            session.builtin_origin = origin;
            session.builtin_first_view = first_view;
            const double t = g_startup.Since();
            const std::string& v = app.view.data_version;
            if (first_view || !app.dataset) {
                rift::LoadResult r = rift::LoadSessionBuiltIn(app, session);
                if (first_view && r.ok()) session.builtin_pack = r.dataset;
                rift::ApplyDataset(app, std::move(r), origin);
            } else if (app.dataset->partial) {
                rift::CompleteDataset(app, rift::LoadBuiltIn(events, rift::BuiltinVendors(session), false, v), origin);
            }
            if (g_startup.data_at == 0) {
                g_startup.data_at = t;
                g_startup.load = g_startup.Since() - t;
            }
            for (const std::string& p : app.load_problems) std::fprintf(stderr, "rift: %s\n", p.c_str());
        },
        [](const std::string& error) {
            app.load_problems.push_back(error);
            std::fprintf(stderr, "rift: %s\n", error.c_str());
        });
    rift::platform::OnTouch([](int op, float x, float y, float dx, float dy) {
        if (op == 0) {
            app.touch.active = true;
            return static_cast<int>(rift::TouchRegionAt(app, x, y));
        }
        if (op == 1) rift::TouchScroll(app, x, y, dx, dy);
        if (op == 2) {
            app.touch.active = false;
            app.touch.armed_country.clear();
        }
        return 0;
    });
    rift::platform::OnCall([](const std::string& name, const std::string& a1, const std::string& a2) {
        std::string out = rift::HandleCall(app, session, name, a1, a2);
        if (!rift::IsQuery(name)) rift::platform::Wake();
        return out;
    });
    static std::string last_url = initial;
    // A link opened over the page (typed, an in-page link, a host script): its view, and the address bar then shows
    // the app's own writing of it, even when the view is the one already open (a link of junk leaves no junk).
    rift::platform::OnUrlState([](const std::string& state) {
        rift::ApplyPermalink(app, state);
        last_url.clear();
    });
    static std::string last_data = app.view.data;
    static std::string last_caption, last_selected, last_dialog;
    static bool last_playing = false;
    static int last_height = 0;
    static uint64_t mirrored = 0;
    static bool first_frame_reported = false;
    static const std::function<bool(double)> frame = [](double dt) {
        const double frame_start = g_startup.Since();
        // --record: the playback is recorded from the first frame with data, and the app exits when it is saved.
        static bool record_started = false;
        if (!args.platform.record_dir.empty() && app.dataset && !record_started) {
            record_started = true;
            if (!rift::StartRecording(app, args.record_size)) rift::platform::Fail("cannot record: " + app.status_line);
        }
        rift::Tick(app, dt);
        // A switch to German (the menu, a link, the host page) on a page that has not fetched the German text yet:
        // the interface stays English until it arrives (a fraction of a second), then the next frame is German.
        if (!rift::HasLanguage(app.view.lang)) request_language([] {});
        rift::DrawApp(app);
        if (std::exchange(text_arrived, false) && first_frame_reported) {  // (not the text a German page starts with)
            last_url.clear();
            mirrored = 0;
        }
        // The URL follows the state, but not every frame of playback (or of a recording).
        if (!rift::IsAnimating(app)) {
            const std::string url = rift::CurrentUrl(app);
            if (url != last_url) {
                last_url = url;
                rift::platform::ReplaceUrlState(url);
                rift::platform::Notify("change", rift::StateToJson(rift::CurrentView(app)));
            }
        }
        if (app.view.data != last_data) {  // a link or the host asked for another dataset
            last_data = app.view.data;
            if (!last_data.empty()) rift::platform::Notify("load", last_data);
        }
        // The screen-reader mirror lists every event in the selection: it follows from the frame after the first,
        // so that the first frame is on screen before the page builds that list.
        if (app.derived.generation != mirrored && app.dataset && first_frame_reported) {
            mirrored = app.derived.generation;
            rift::platform::Notify("mirror", rift::MirrorJson(app));
        }
        // An embed tells its host the height it wants (web/embed.js sizes the frame): only when it changes.
        if (static_cast<int>(app.embed_height) != last_height) {
            last_height = static_cast<int>(app.embed_height);
            if (last_height > 0) rift::platform::Notify("height", std::to_string(last_height));
        }
        if (app.caption != last_caption) {
            last_caption = app.caption;
            rift::platform::Notify("caption", app.caption);
        }
        // For the page's accessible controls: what a screen reader says when an event is selected or a dialog
        // opens, and Play/Pause's state while playback keeps the URL still.
        if (std::string s = rift::SelectedSummary(app); s != last_selected) {
            last_selected = std::move(s);
            rift::platform::Notify("selected", last_selected);
        }
        if (std::string dialog = rift::OpenDialog(app); dialog != last_dialog) {
            last_dialog = std::move(dialog);
            if (!last_dialog.empty()) rift::platform::Notify("dialog", last_dialog);
        }
        if (app.leave_canvas) {
            app.leave_canvas = false;
            rift::platform::Notify("leave", "");
        }
        if (app.clock.playing != last_playing) {
            last_playing = app.clock.playing;
            rift::platform::Notify("playing", last_playing ? "1" : "0");
        }
        if (app.dataset && !first_frame_reported) {
            first_frame_reported = true;
            const double now = g_startup.Since();
            g_startup.frame_cpu = now - frame_start;
            rift::platform::NotifyFirstFrame(now, g_startup.Json(now));
            // The page's fonts for scripts only summaries and sources use (which also follow the first frame).
            // The platform delivers assets between frames, where the atlas may be rebuilt.
            if (!rift::FontsComplete())
                rift::platform::FetchAsset("assets/fonts-extra.bin", [](bool ok, std::string bytes) {
                    std::string error;
                    if (!ok) error = bytes;
                    else if (rift::AddFonts(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.data()),
                                                                     bytes.size()),
                                            error))
                        return;
                    app.notices.push_back("The fonts for some scripts could not be loaded (" + error +
                                          "): their letters show as boxes.");
                });
        }
        return rift::IsAnimating(app);
    };
    // Frames start once the fonts are in: the desktop carries them, the page fetches assets/fonts.bin (preloaded
    // by the HTML beside the wasm and the data), and assets/fonts-extra.bin after the first frame.
    static const auto begin = [](std::span<const uint8_t> pack) {
        std::string error;
        g_startup.fonts_at = g_startup.Since();
        // The desktop carries every face; the page fetches the rest after its first frame.
        const bool complete = !rift::EmbeddedFontPack().empty();
        if (!rift::LoadFonts(pack, app.ui_scale, complete, error))
            return rift::platform::Fail("Rift could not read its fonts: " + error);
        g_startup.fonts = g_startup.Since() - g_startup.fonts_at;
        rift::platform::Run(frame);
    };
    static const auto fonts_then_begin = [] {
        if (const auto embedded = rift::EmbeddedFontPack(); !embedded.empty()) return begin(embedded);
        rift::platform::FetchAsset("assets/fonts.bin", [](bool ok, std::string bytes) {
            if (!ok) return rift::platform::Fail("Rift could not load its fonts (" + bytes + ").");
            begin(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
        });
    };
    // A page that opens in German has its German text before the first frame (fetched beside the fonts by the page:
    // web/bridge.js); without it, the interface is English, with a notice.
    if (rift::HasLanguage(app.view.lang)) fonts_then_begin();
    else request_language(fonts_then_begin);
    return 0;
}
