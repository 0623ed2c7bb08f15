// The one platform interface: the frame loop, display scale, URL, links, clipboard, screenshots.
// CMake compiles exactly one implementation: desktop_glfw.cpp (native) or web_emscripten.cpp (browser).
#pragma once
#include <functional>
#include <string>

namespace rift::platform {

struct Options {
    int width = 1280, height = 800;
    std::string screenshot_path;  // desktop: render, save a PNG and exit
    int screenshot_frames = 3;
};

// Creates the window (or binds the canvas) and the ImGui context with its backends.
bool Init(const Options& options);
// Runs `frame` once per displayed frame; it returns true while it needs further frames (animation).
// On the web this returns immediately and the browser drives the loop.
void Run(const std::function<bool(double dt)>& frame);
// Asks for frames again after the loop went idle (new data, a host message).
void Wake();
void Shutdown();

float PixelRatio();
std::string InitialUrlState();           // the page's fragment or query ("" on the desktop)
void ReplaceUrlState(const std::string& state);
std::string PageUrl();                   // the page's address without fragment
void OpenUrl(const std::string& url);    // http(s) only; opens a new tab / the system browser
void SetClipboard(const std::string& text);
// Called once data is loaded and the first frame with it was drawn.
void NotifyFirstFrame(double ms_since_start);

// Data and URL state that arrive from outside (the page's fetch, a dropped file, hashchange).
using DataHandler = std::function<void(const std::string& events, const std::string& vendors, const std::string& origin)>;
void OnData(DataHandler handler);
void OnUrlState(std::function<void(const std::string& state)> handler);

}  // namespace rift::platform
