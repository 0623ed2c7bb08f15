// The one platform interface: the frame loop, display scale, URL, links, clipboard, files, pictures.
// CMake compiles exactly one implementation: desktop_glfw.cpp (native) or web_emscripten.cpp (browser).
#pragma once
#include <functional>
#include <string>

namespace rift::platform {

struct Options {
    int width = 1280, height = 800;
    // Desktop: the dataset files OnData hands over (the page fetches its own and hands them over as they arrive).
    std::string events_path, vendors_path;
    std::string screenshot_path;  // desktop: render, save a PNG and exit
    int screenshot_frames = 3;
    std::string record_dir;  // desktop: record the playback as numbered PNG frames in this folder, then exit
};

// Creates the window (or binds the canvas) and the ImGui context with its backends.
bool Init(const Options& options);
// Runs `frame` once per displayed frame; it returns true while it needs further frames (animation).
// On the web this returns immediately and the browser drives the loop.
void Run(const std::function<bool(double dt)>& frame);
// Asks for frames again after the loop went idle (new data, a host message).
void Wake();
void Shutdown();
// Rift cannot run (no fonts): the page shows its no-WebGL fallback with `message`; the desktop prints it and exits.
void Fail(const std::string& message);

float PixelRatio();
std::string InitialUrlState();           // the page's fragment or query ("" on the desktop)
void ReplaceUrlState(const std::string& state);
std::string PageUrl();                   // the page's address without fragment
void OpenUrl(const std::string& url);    // http(s) only; opens a new tab / the system browser
void SetClipboard(const std::string& text);
// Called from the first frame with data; the platform reports it once that frame is submitted to GL, adding the
// submission's time to `ms_since_start` and to `parts_json` (which says where the time went) as "submit".
void NotifyFirstFrame(double ms_since_start, const std::string& parts_json);

// Data and URL state that arrive from outside (the page's fetch, a dropped file, hashchange). The page hands over
// its first-view file first (`first_view`: events without summaries and sources), then the full file.
using DataHandler = std::function<void(const std::string& events, const std::string& vendors, const std::string& origin,
                                       bool first_view)>;
// `failed` hears why the data could not be read (the desktop's files; the page shows its own fetch errors).
void OnData(DataHandler handler, std::function<void(const std::string& error)> failed);
void OnUrlState(std::function<void(const std::string& state)> handler);

// The page's host API calls into the app by name (getState, setState, matchingEventIds, stats, message, file);
// the handler answers with a string (JSON), or "" for nothing.
using CallHandler = std::function<std::string(const std::string& name, const std::string& arg1, const std::string& arg2)>;
void OnCall(CallHandler handler);
// Fingers on the page (the web only; the desktop has none). The page asks, for `op`: 0 what a touch at (x, y) may
// do (the answer is a TouchRegion: ui/touch.h; the finger is now the pointer), 1 to scroll what is under (x, y) by
// (dx, dy), 2 that a real mouse moved (the mouse is the pointer again). Framebuffer pixels.
using TouchHandler = std::function<int(int op, float x, float y, float dx, float dy)>;
void OnTouch(TouchHandler handler);
// Tells the page something happened: "change" (state JSON), "mirror" (the selection for screen readers),
// "caption" (the playback caption).
void Notify(const std::string& what, const std::string& payload);

// Saves a file for the reader (a download in the browser, a file in the working folder on the desktop);
// returns where it went.
std::string SaveFile(const std::string& name, const std::string& mime, const std::string& content);
// Asks the reader for a dataset file (the browser's file picker); the file arrives through OnCall("file").
// False where there is no picker.
bool PickFile();
// Draws one more frame after this one, off screen at `width`×`height` framebuffer pixels (0×0: the window's size):
// `draw` runs between ImGui's NewFrame and Render with that display size and no pointer, and the frame is saved as a
// PNG named `name` (as SaveFile saves). What is on screen stays as it is.
void SavePicture(const std::string& name, int width, int height, std::function<void()> draw);
// Playback as a video (the Data dialog's Record; the desktop's --record). BeginRecording starts one named `name`
// (no extension), `width`×`height` pixels, and says false where it cannot; RecordFrame adds, after this frame, a frame
// that `draw` draws off screen (as SavePicture draws), at most kRecordFps a second; EndRecording, after the last one,
// saves it (keep) or drops it, and returns where it went: the page downloads `name`.webm (MediaRecorder, with its
// duration written in); the desktop writes `name`/frame-00001.png … (or into Options::record_dir, then exits).
inline constexpr int kRecordFps = 30;
bool BeginRecording(const std::string& name, int width, int height);
void RecordFrame(std::function<void()> draw);
std::string EndRecording(bool keep);
// Loads one of the app's assets ("assets/world.bin") from next to the page, or from the source tree on the
// desktop; `done` gets the bytes, or ok=false and the reason. It runs later, between two frames (never inside
// FetchAsset or a frame), so it may rebuild the font atlas.
void FetchAsset(const std::string& path, std::function<void(bool ok, std::string bytes_or_error)> done);

}  // namespace rift::platform
