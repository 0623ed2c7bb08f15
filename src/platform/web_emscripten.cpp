// Browser platform: Emscripten's GLFW on a WebGL2 canvas, driven by requestAnimationFrame, paused when idle.
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <cstdlib>
#include <cstring>
#include <vector>

#include "platform/gl_frame.h"
#include "platform/key_queue.h"
#include "platform/platform.h"

// ---- JavaScript side (the page's bridge is web/bridge.js); names in ["..."] survive Closure ----
EM_JS(double, rift_js_dpr, (), { return window.devicePixelRatio || 1; });
EM_JS(int, rift_js_css_width, (), { return Module["canvas"].clientWidth | 0; });
EM_JS(int, rift_js_css_height, (), { return Module["canvas"].clientHeight | 0; });
EM_JS(void, rift_js_set_canvas_size, (int w, int h), { Browser.setCanvasSize(w, h); });
// The query (?embed=1, as an article's iframe may carry it) and then the fragment (the view), so both count.
EM_JS(char*, rift_js_url_state, (), {
    var q = location.search.substring(1), h = location.hash.substring(1);
    return allocateUTF8(q && h ? q + "&" + h : q || h);
});
EM_JS(char*, rift_js_page_url, (), { return allocateUTF8(location.href.split("#")[0]); });
// The app writes its state into the fragment, but never over a link that has just arrived: a host script or an
// in-page link may have set the hash after the app last read or wrote it, and its 'hashchange' (which applies it) is
// still queued. Writing then would replace the new link with the old view before the app ever saw it. That write is
// skipped once; the queued event applies the link and the app writes its own form of it in the next frame.
EM_JS(void, rift_js_replace_url, (const char* s), {
    var state = UTF8ToString(s), now = location.hash.substring(1), known = Module["riftHash"];
    Module["riftHash"] = now;
    if (known !== undefined && now !== known) return;
    var url = location.href.split("#")[0] + (state ? "#" + state : "");
    if (url !== location.href) history.replaceState(null, "", url);
    Module["riftHash"] = location.hash.substring(1);
});
EM_JS(void, rift_js_open_url, (const char* s), {
    var url = UTF8ToString(s);
    var lower = url.toLowerCase();
    if (lower.indexOf("https://") === 0 || lower.indexOf("http://") === 0) window.open(url, "_blank", "noopener,noreferrer");
});
EM_JS(void, rift_js_clipboard, (const char* s), {
    var text = UTF8ToString(s);
    if (navigator["clipboard"]) navigator["clipboard"]["writeText"](text)["catch"](function() {});
});
EM_JS(void, rift_js_first_frame, (double ms, const char* parts), {
    if (window["rift"] && window["rift"]["_firstFrame"]) window["rift"]["_firstFrame"](ms, JSON.parse(UTF8ToString(parts)));
});
EM_JS(void, rift_js_frame_stats, (double ms), { if (window["rift"] && window["rift"]["_frame"]) window["rift"]["_frame"](ms); });
EM_JS(void, rift_js_notify, (const char* what, const char* payload), {
    if (window["rift"] && window["rift"]["_notify"]) window["rift"]["_notify"](UTF8ToString(what), UTF8ToString(payload));
});
EM_JS(void, rift_js_save_file, (const char* name, const char* mime, const char* content, int length), {
    window["rift"]["_download"](new Blob([HEAPU8.slice(content, content + length)], {type: UTF8ToString(mime)}), UTF8ToString(name));
});
EM_JS(void, rift_js_text_input, (int active), {
    if (window["rift"] && window["rift"]["_textInput"]) window["rift"]["_textInput"](!!active);
});
EM_JS(void, rift_js_fail, (const char* message), {
    if (window["rift"] && window["rift"]["_fail"]) window["rift"]["_fail"](UTF8ToString(message));
});
EM_JS(void, rift_js_fetch_asset, (const char* path, int id), {
    if (window["rift"] && window["rift"]["_fetchAsset"]) window["rift"]["_fetchAsset"](UTF8ToString(path), id);
});
EM_JS(int, rift_js_pick_file, (), { return window["rift"] && window["rift"]["_pickFile"] ? (window["rift"]["_pickFile"](), 1) : 0; });
// The picture's pixels (RGBA, top row first) as a PNG download: the browser's own encoder, through a 2D canvas.
EM_JS(void, rift_js_save_pixels, (const char* name, const unsigned char* rgba, int w, int h), {
    var fileName = UTF8ToString(name);
    var canvas = document.createElement("canvas");
    canvas.width = w;
    canvas.height = h;
    canvas.getContext("2d").putImageData(new ImageData(new Uint8ClampedArray(HEAPU8.slice(rgba, rgba + w * h * 4).buffer), w, h), 0, 0);
    canvas.toBlob(function(blob) { window["rift"]["_download"](blob, fileName); }, "image/png");
});
// A recording (bridge.js): begin says 0 where the browser cannot record WebM; each frame's pixels; the end.
EM_JS(int, rift_js_record_begin, (const char* name, int w, int h), {
    return window["rift"]["_recordBegin"](UTF8ToString(name), w, h);
});
EM_JS(void, rift_js_record_frame, (const unsigned char* rgba, int w, int h), { window["rift"]["_recordFrame"](rgba, w, h); });
EM_JS(void, rift_js_record_end, (int keep), { window["rift"]["_recordEnd"](!!keep); });

namespace rift::platform {

namespace {
// All of the backend's state in one place (as Dear ImGui's own backends keep theirs), so it can be inspected.
struct WebState {
    GLFWwindow* window = nullptr;
    std::function<bool(double)> frame;
    DataHandler data;
    std::function<void(const std::string&)> url;
    TouchHandler touch;
    CallHandler call;
    std::vector<PendingPicture> pictures;  // asked for during a frame, drawn after it
    PendingRecording recording;
    double recorded_at = -1e9;  // when the recording's last frame went to the page (ms)
    std::vector<std::function<void(bool, std::string)>> asset_callbacks;
    double last = 0;
    int idle_frames = 0;
    bool paused = false;
    int css_w = 0, css_h = 0;
    bool text_input = false;        // an ImGui text field is active (the page shows the soft keyboard)
    KeyQueue keys;                  // key events (GLFW's and the page's text proxy), a frame at a time
    double dpr = 0;
    FirstFrameReport first_frame;
};
WebState g;

void SyncCanvasSize() {
    const int w = rift_js_css_width(), h = rift_js_css_height();
    const double dpr = rift_js_dpr();
    if (w == g.css_w && h == g.css_h && dpr == g.dpr) return;
    g.css_w = w;
    g.css_h = h;
    g.dpr = dpr;
    rift_js_set_canvas_size(static_cast<int>(w * dpr), static_cast<int>(h * dpr));
}

EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void*) {
    // GLFW passes raw deltaY in pixels with the wrong sign; convert to ImGui's "lines".
    double scale = e->deltaMode == DOM_DELTA_PIXEL ? 1.0 / 100.0 : e->deltaMode == DOM_DELTA_LINE ? 1.0 / 3.0 : 1.0;
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheelH += static_cast<float>(-e->deltaX * scale);
    io.MouseWheel += static_cast<float>(-e->deltaY * scale);
    Wake();
    return EM_TRUE;
}

void Frame(void*) {
    SyncCanvasSize();
    const double now = emscripten_get_now();
    const double dt = g.last > 0 ? (now - g.last) / 1000.0 : 1.0 / 60.0;
    g.last = now;
    ImGuiIO& io = ImGui::GetIO();
    const bool more_keys = g.keys.Apply(io);
    ImGui_ImplGlfw_NewFrame();
    gl::NewFrame();
    ImGui::NewFrame();
    const bool animating = g.frame(dt);
    ImGui::Render();
    rift_js_frame_stats(emscripten_get_now() - now);
    const ImVec2 fb = SubmitFrame(g.window);
    g.first_frame.AfterSubmit(emscripten_get_now(), [](double ms, const std::string& parts) {
        rift_js_first_frame(ms, parts.c_str());
    });
    if (io.WantTextInput != g.text_input) {
        g.text_input = io.WantTextInput;
        rift_js_text_input(g.text_input);
    }
    // Idle costs nothing: after a few quiet frames the loop stops until input or a host message wakes it.
    const bool input = more_keys || !g.keys.Empty() || io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || ImGui::IsAnyMouseDown() || io.WantTextInput;
    g.idle_frames = (animating || input) ? 0 : g.idle_frames + 1;
    if (g.idle_frames > 6) {
        g.paused = true;
        g.last = 0;
        emscripten_pause_main_loop();
    }
    // Pictures last: their frame has no pointer, and what is above reads this frame's input.
    for (auto pictures = std::move(g.pictures); const PendingPicture& picture : pictures) {
        int w = 0, h = 0;
        std::vector<unsigned char> rgba;
        std::string error;
        if (DrawPicture(picture, fb, w, h, rgba, error))
            rift_js_save_pixels(picture.name.c_str(), rgba.data(), w, h);
    }
    // A recording's frame, at most 30 a second (MediaRecorder timestamps them as they come), and then its end.
    auto& rec = g.recording;
    if (rec.frame.draw && (rec.end || now - g.recorded_at >= 1000.0 / (kRecordFps + 1))) {
        g.recorded_at = now;
        int w = 0, h = 0;
        std::vector<unsigned char> rgba;
        std::string error;
        if (DrawPicture(rec.frame, fb, w, h, rgba, error)) rift_js_record_frame(rgba.data(), w, h);
    }
    rec.frame.draw = nullptr;
    if (rec.end) {
        rift_js_record_end(rec.keep);
        rec = {};
        g.recorded_at = -1e9;
    }
}
}  // namespace

bool Init(const Options&) {
    if (!glfwInit()) {
        rift_js_fail("Rift could not start here.");
        return false;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // At the size SyncCanvasSize gives the canvas, which the page gave it already (bridge.js): resizing a WebGL
    // drawing buffer costs hundreds of milliseconds on software GL.
    const double dpr = rift_js_dpr();
    const int css_w = rift_js_css_width(), css_h = rift_js_css_height();
    g.window = glfwCreateWindow(css_w > 0 ? static_cast<int>(css_w * dpr) : 1280,
                                css_h > 0 ? static_cast<int>(css_h * dpr) : 800, "Rift", nullptr, nullptr);
    if (!g.window) {
        rift_js_fail("Rift needs WebGL 2, and this browser or device could not create a WebGL 2 context.");
        return false;
    }
    glfwMakeContextCurrent(g.window);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(g.window, true);
    g.keys.Install(g.window);
    gl::Init("#version 300 es");
    glfwSetScrollCallback(g.window, nullptr);
    emscripten_set_wheel_callback("#canvas", nullptr, EM_TRUE, OnWheel);
    SyncCanvasSize();
    return true;
}

void Run(const std::function<bool(double dt)>& frame) {
    g.frame = frame;
    emscripten_set_main_loop_arg(Frame, nullptr, 0, false);
}

void Wake() {
    g.idle_frames = 0;
    if (g.paused) {
        g.paused = false;
        emscripten_resume_main_loop();
    }
}

void Shutdown() {}

void Fail(const std::string& message) { rift_js_fail(message.c_str()); }

}  // namespace rift::platform

// ImGui falls back to its built-in font (ProggyClean, 9 KB of gzip in the wasm) when an atlas is used with no
// font in it. Rift's frames start only after the font pack is loaded, so that never happens; the link replaces the
// fallback (-Wl,--wrap, src/app/CMakeLists.txt) with this report, and the built-in font stays out of the page.
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
    rift_js_fail("Rift drew before its fonts were loaded.");
    return nullptr;
}

// ImGui's .ini handler for tables: the page never reads or writes an .ini file (IMGUI_DISABLE_FILE_FUNCTIONS; the
// state lives in the URL), so the handler that would (de)serialise column widths and sort orders stays out of the
// link (-Wl,--wrap, src/app/CMakeLists.txt). Tables keep their settings for the session as before.
extern "C" void __wrap__ZN5ImGui27TableSettingsInstallHandlerEP12ImGuiContext(ImGuiContext*) {}

// ImGui's text capture (LogToTTY/File/Clipboard): nothing here starts it, so the text it would capture as it is
// drawn never exists; the capture code stays out of the link (-Wl,--wrap, src/app/CMakeLists.txt).
extern "C" void __wrap__ZN5ImGui15LogRenderedTextEPK6ImVec2PKcS4_(const ImVec2*, const char*, const char*) {}

// ImGui's dark palette, which every ImGuiStyle is made with: Rift's themes start from their own copy of ImGui's two
// palettes (ui/style_theme.cpp's BasePalette) and set every colour before the first frame, so the link leaves
// ImGui's function (2.5 KB of float stores) out of the page (-Wl,--wrap, src/app/CMakeLists.txt).
extern "C" void __wrap__ZN5ImGui15StyleColorsDarkEP10ImGuiStyle(ImGuiStyle*) {}

namespace rift::platform {

float PixelRatio() { return static_cast<float>(rift_js_dpr()); }

std::string InitialUrlState() {
    char* s = rift_js_url_state();
    std::string out(s);
    free(s);
    return out;
}

void ReplaceUrlState(const std::string& state) { rift_js_replace_url(state.c_str()); }

std::string PageUrl() {
    char* s = rift_js_page_url();
    std::string out(s);
    free(s);
    return out;
}

void OpenUrl(const std::string& url) { rift_js_open_url(url.c_str()); }
void SetClipboard(const std::string& text) { rift_js_clipboard(text.c_str()); }
void NotifyFirstFrame(double ms, const std::string& parts) { g.first_frame.Set(ms, parts, emscripten_get_now()); }
void OnData(DataHandler handler, std::function<void(const std::string&)>) { g.data = std::move(handler); }
void OnUrlState(std::function<void(const std::string&)> handler) { g.url = std::move(handler); }
void OnCall(CallHandler handler) { g.call = std::move(handler); }
void OnTouch(TouchHandler handler) { g.touch = std::move(handler); }
void Notify(const std::string& what, const std::string& payload) { rift_js_notify(what.c_str(), payload.c_str()); }

std::string SaveFile(const std::string& name, const std::string& mime, const std::string& content) {
    rift_js_save_file(name.c_str(), mime.c_str(), content.data(), static_cast<int>(content.size()));
    return name;
}

bool PickFile() { return rift_js_pick_file() != 0; }

void FetchAsset(const std::string& path, std::function<void(bool, std::string)> done) {
    g.asset_callbacks.push_back(std::move(done));
    rift_js_fetch_asset(path.c_str(), static_cast<int>(g.asset_callbacks.size() - 1));
}

void SavePicture(const std::string& name, int width, int height, std::function<void()> draw) {
    g.pictures.push_back({name, width, height, std::move(draw)});
    Wake();
}

bool BeginRecording(const std::string& name, int width, int height) {
    if (!rift_js_record_begin(name.c_str(), width, height)) return false;
    g.recording.Begin(name, width, height);
    Wake();
    return true;
}

void RecordFrame(std::function<void()> draw) { g.recording.Frame(std::move(draw)); }

std::string EndRecording(bool keep) {
    g.recording.End(keep);
    Wake();
    return keep ? g.recording.frame.name + ".webm" : std::string();
}

namespace {
// Data from the page, to the app; then drawn at once, not at the next animation frame (which comes up to two frames
// later on a busy page); once the loop runs, that is (it starts when the fonts are in).
void GiveData(const std::string& events, const std::string& vendors, const std::string& origin, bool first_view) {
    if (g.data) g.data(events, vendors, origin, first_view);
    Wake();
    if (g.frame) Frame(nullptr);
}
}  // namespace

}  // namespace rift::platform

// ---- Exported to the page ----
extern "C" {
EMSCRIPTEN_KEEPALIVE void rift_wake() { rift::platform::Wake(); }
// The full dataset as JSON text (the page's first view comes as a snapshot, below).
EMSCRIPTEN_KEEPALIVE void rift_load_dataset(const char* events, const char* vendors, const char* origin) {
    rift::platform::GiveData(events, vendors, origin, false);
}
// The page's first-view data as a binary snapshot (core/packed: it may hold NUL bytes, hence the length), with the
// vendor list's JSON text for own files; the app reads which it is.
EMSCRIPTEN_KEEPALIVE void rift_load_packed(const char* bytes, int length, const char* vendors, const char* origin) {
    rift::platform::GiveData(std::string(bytes, static_cast<size_t>(length > 0 ? length : 0)), vendors, origin, true);
}
// An asset the page fetched (ok) or could not fetch (data is the reason).
EMSCRIPTEN_KEEPALIVE void rift_asset_loaded(int id, int ok, const char* data, int length) {
    auto& callbacks = rift::platform::g.asset_callbacks;
    if (id < 0 || static_cast<size_t>(id) >= callbacks.size() || !callbacks[static_cast<size_t>(id)]) return;
    auto done = std::move(callbacks[static_cast<size_t>(id)]);
    callbacks[static_cast<size_t>(id)] = nullptr;
    done(ok != 0, std::string(data, static_cast<size_t>(length)));
    rift::platform::Wake();
}
// Returns a malloc'ed string the page frees with _free (or null).
EMSCRIPTEN_KEEPALIVE char* rift_call(const char* name, const char* arg1, const char* arg2) {
    if (!rift::platform::g.call) return nullptr;
    const std::string out = rift::platform::g.call(name, arg1 ? arg1 : "", arg2 ? arg2 : "");
    if (out.empty()) return nullptr;
    char* p = static_cast<char*>(malloc(out.size() + 1));
    memcpy(p, out.c_str(), out.size() + 1);
    return p;
}
// Text typed into the page's proxy input (phones' soft keyboards), and its Backspace / Enter / Escape.
EMSCRIPTEN_KEEPALIVE void rift_type(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    rift::platform::Wake();
}
EMSCRIPTEN_KEEPALIVE void rift_key(int which) {
    const int keys[] = {GLFW_KEY_BACKSPACE, GLFW_KEY_ENTER, GLFW_KEY_ESCAPE};
    if (which >= 0 && which < 3) {
        rift::platform::g.keys.Push(keys[which], true);
        rift::platform::g.keys.Push(keys[which], false);
    }
    rift::platform::Wake();
}
// A finger (see platform.h OnTouch): returns what a touch there may do, or 0.
EMSCRIPTEN_KEEPALIVE int rift_touch(int op, float x, float y, float dx, float dy) {
    const int out = rift::platform::g.touch ? rift::platform::g.touch(op, x, y, dx, dy) : 0;
    if (op == 1) rift::platform::Wake();
    return out;
}
EMSCRIPTEN_KEEPALIVE void rift_set_url_state(const char* state) {
    if (rift::platform::g.url) rift::platform::g.url(state);
    rift::platform::Wake();
}
}
