// Desktop platform: a GLFW window with OpenGL 3, ImGui's GLFW backend, PNG screenshots and pictures via stb.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <vector>

#include "platform/gl_frame.h"
#include "platform/key_queue.h"
#include "platform/platform.h"

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>

namespace rift::platform {

namespace {
// All of the backend's state in one place (as Dear ImGui's own backends keep theirs).
struct DesktopState {
    GLFWwindow* window = nullptr;
    Options options;
    bool wake = true;
    CallHandler call;
    std::vector<PendingPicture> pictures;  // asked for during a frame, drawn after it
    std::vector<std::function<void()>> deliveries;  // FetchAsset's answers, handed over between frames
    FirstFrameReport first_frame;
    KeyQueue keys;  // key events, a frame at a time
    PendingRecording recording;  // its name is the folder the frames go to
    int recorded_frames = 0;
};
DesktopState g;

// A whole file (the data files, the assets); larger than 64 MiB (the loader's limit) is an error too.
bool ReadWhole(const std::string& path, std::string& out, std::string& error) {
    constexpr std::uintmax_t kMaxBytes = 64u << 20;
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec || size > kMaxBytes) {
        error = "cannot read " + path + (ec ? ": " + ec.message() : ": larger than 64 MiB");
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    out.assign(static_cast<size_t>(size), '\0');
    if (!in.read(out.data(), static_cast<std::streamsize>(size))) {
        error = "cannot read " + path;
        return false;
    }
    return true;
}

double NowMs() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

bool SavePng(const std::string& path, int w, int h) {
    std::vector<unsigned char> pixels(static_cast<size_t>(w) * static_cast<size_t>(h) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    stbi_flip_vertically_on_write(1);
    const bool ok = stbi_write_png(path.c_str(), w, h, 4, pixels.data(), w * 4) != 0;
    stbi_flip_vertically_on_write(0);
    return ok;
}

// The pictures asked for during the frame just drawn (SavePicture), each drawn off screen and written as a PNG.
void SavePictures(ImVec2 screen) {
    for (auto pictures = std::move(g.pictures); const PendingPicture& picture : pictures) {
        int w = 0, h = 0;
        std::vector<unsigned char> rgba;
        std::string error;
        if (DrawPicture(picture, screen, w, h, rgba, error) &&
            stbi_write_png(picture.name.c_str(), w, h, 4, rgba.data(), w * 4) != 0)
            std::fprintf(stderr, "picture: %s (%dx%d)\n", std::filesystem::absolute(picture.name).c_str(), w, h);
        else
            std::fprintf(stderr, "picture: cannot write %s %s\n", picture.name.c_str(), error.c_str());
    }
}
// The k-th frame of a recording in its folder (from 1).
std::string FrameFile(const std::string& folder, int k) {
    char file[32];
    std::snprintf(file, sizeof file, "/frame-%05d.png", k);
    return folder + file;
}

// A recording's frame (RecordFrame) as the next numbered PNG in its folder, then its end (EndRecording).
void SaveRecordingFrame(ImVec2 screen) {
    auto& rec = g.recording;
    if (rec.frame.draw) {
        int w = 0, h = 0;
        std::vector<unsigned char> rgba;
        std::string error;
        const std::string file = FrameFile(rec.frame.name, g.recorded_frames + 1);
        // Frames are material for a video encoder: fast compression (stb's level 1, not 8) keeps recording quick.
        const int level = stbi_write_png_compression_level;
        stbi_write_png_compression_level = 1;
        const bool ok = DrawPicture(rec.frame, screen, w, h, rgba, error) &&
                        stbi_write_png(file.c_str(), w, h, 4, rgba.data(), w * 4) != 0;
        stbi_write_png_compression_level = level;
        if (ok)
            ++g.recorded_frames;
        else
            std::fprintf(stderr, "record: cannot write %s %s\n", file.c_str(), error.c_str());
        rec.frame.draw = nullptr;
    }
    if (!rec.end) return;
    if (rec.keep) {
        std::fprintf(stderr, "record: %d frames (%dx%d, %d a second) in %s\n", g.recorded_frames, rec.frame.width,
                     rec.frame.height, kRecordFps, std::filesystem::absolute(rec.frame.name).c_str());
    } else {
        for (int k = 1; k <= g.recorded_frames; ++k) std::filesystem::remove(FrameFile(rec.frame.name, k));
    }
    if (!g.options.record_dir.empty()) glfwSetWindowShouldClose(g.window, GLFW_TRUE);  // --record: done
    rec = {};
    g.recorded_frames = 0;
}
}  // namespace

bool Init(const Options& options) {
    g.options = options;
    glfwSetErrorCallback([](int code, const char* msg) { std::fprintf(stderr, "GLFW error %d: %s\n", code, msg); });
    if (!glfwInit()) return false;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    g.window = glfwCreateWindow(options.width, options.height, "Rift", nullptr, nullptr);
    if (!g.window) return false;
    glfwMakeContextCurrent(g.window);
    glfwSwapInterval(1);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(g.window, true);
    g.keys.Install(g.window);
    gl::Init("#version 330 core");
    return true;
}

void Run(const std::function<bool(double dt)>& frame) {
    auto last = std::chrono::steady_clock::now();
    int frames = 0;
    while (!glfwWindowShouldClose(g.window)) {
        // Idle costs nothing: wait for input unless something is animating.
        if (g.wake) glfwPollEvents(); else glfwWaitEventsTimeout(0.5);
        // Assets asked for during the last frame arrive here, between frames (platform.h).
        // (A delivery may ask for another, which then waits for the next turn: a moved-from vector is empty.)
        for (auto deliveries = std::move(g.deliveries); auto& deliver : deliveries) deliver();
        const auto now = std::chrono::steady_clock::now();
        // A recording from the command line (--record) moves at exactly one video frame per frame.
        const double dt = g.options.record_dir.empty() ? std::chrono::duration<double>(now - last).count()
                                                       : 1.0 / kRecordFps;
        last = now;
        const bool more_keys = g.keys.Apply(ImGui::GetIO());
        ImGui_ImplGlfw_NewFrame();
        gl::NewFrame();
        ImGui::NewFrame();
        const bool animating = frame(dt);
        ImGui::Render();
        const ImVec2 fb = SubmitFrame(g.window);
        g.first_frame.AfterSubmit(NowMs(), [](double ms, const std::string& parts) {
            std::fprintf(stderr, "first frame with data: %.1f ms after start %s\n", ms, parts.c_str());
        });
        const int w = static_cast<int>(fb.x), h = static_cast<int>(fb.y);
        if (!g.options.screenshot_path.empty() && ++frames >= g.options.screenshot_frames) {
            const bool ok = SavePng(g.options.screenshot_path, w, h);
            std::fprintf(stderr, ok ? "screenshot: %s (%dx%d)\n" : "screenshot: cannot write %s\n",
                         g.options.screenshot_path.c_str(), w, h);
            if (!ok) std::exit(1);
            break;
        }
        glfwSwapBuffers(g.window);
        // A few frames after the last input let hover states settle before going idle.
        g.wake = animating || more_keys || ImGui::GetIO().MouseDelta.x != 0 || ImGui::GetIO().MouseDelta.y != 0 ||
                 ImGui::IsAnyMouseDown() || !g.options.screenshot_path.empty() || !g.deliveries.empty();
        // Pictures last: their frame has no pointer, and what is above reads this frame's input.
        if (!g.pictures.empty()) SavePictures(fb);
        SaveRecordingFrame(fb);
    }
}

void Wake() { g.wake = true; }

void Fail(const std::string& message) {
    std::fprintf(stderr, "rift: %s\n", message.c_str());
    std::exit(1);
}

void Shutdown() {
    gl::Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(g.window);
    glfwTerminate();
}

float PixelRatio() {
    float x = 1.0f, y = 1.0f;
    if (g.window) glfwGetWindowContentScale(g.window, &x, &y);
    return x > 0.5f ? x : 1.0f;
}

std::string InitialUrlState() { return {}; }
void ReplaceUrlState(const std::string&) {}
std::string PageUrl() { return "rift.html"; }

void OpenUrl(const std::string& url) {
    // The URL was checked as http(s) by the caller; quotes would break out of the shell word.
    if (url.find_first_of("'\"\\`$") != std::string::npos) return;
    const std::string cmd = "xdg-open '" + url + "' >/dev/null 2>&1 &";
    if (std::system(cmd.c_str()) != 0) std::fprintf(stderr, "cannot open %s\n", url.c_str());
}

void SetClipboard(const std::string& text) { glfwSetClipboardString(g.window, text.c_str()); }

void NotifyFirstFrame(double ms, const std::string& parts) { g.first_frame.Set(ms, parts, NowMs()); }

// The files named by the options (--data, --vendors), read at once; files can also be dropped on the window.
void OnData(DataHandler handler, std::function<void(const std::string&)> failed) {
    std::string events, vendors, error;
    if (ReadWhole(g.options.events_path, events, error) && ReadWhole(g.options.vendors_path, vendors, error))
        handler(events, vendors, g.options.events_path, false);
    else
        failed(error);
}
void OnUrlState(std::function<void(const std::string&)>) {}
void OnTouch(TouchHandler) {}

void OnCall(CallHandler handler) {
    g.call = std::move(handler);
    glfwSetDropCallback(g.window, [](GLFWwindow*, int count, const char** paths) {
        if (count < 1 || !g.call) return;
        std::ifstream in(paths[0], std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        g.call("file", paths[0], text.str());
        g.wake = true;
    });
}

void Notify(const std::string&, const std::string&) {}

std::string SaveFile(const std::string& name, const std::string&, const std::string& content) {
    std::ofstream out(name, std::ios::binary);
    out << content;
    return out ? std::filesystem::absolute(name).string() : std::string();
}

bool PickFile() { return false; }

void FetchAsset(const std::string& path, std::function<void(bool, std::string)> done) {
    std::string bytes, error;
    const bool ok = ReadWhole(std::string(RIFT_SOURCE_DIR) + "/" + path, bytes, error);
    g.deliveries.push_back([done = std::move(done), ok, text = ok ? std::move(bytes) : error]() mutable {
        done(ok, std::move(text));
    });
    g.wake = true;
}

void SavePicture(const std::string& name, int width, int height, std::function<void()> draw) {
    g.pictures.push_back({name, width, height, std::move(draw)});
    g.wake = true;
}

bool BeginRecording(const std::string& name, int width, int height) {
    const std::string folder = g.options.record_dir.empty() ? name : g.options.record_dir;
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) {
        std::fprintf(stderr, "record: cannot make %s: %s\n", folder.c_str(), ec.message().c_str());
        return false;
    }
    g.recording.Begin(folder, width, height);
    g.recorded_frames = 0;
    g.wake = true;
    return true;
}

void RecordFrame(std::function<void()> draw) { g.recording.Frame(std::move(draw)); }

std::string EndRecording(bool keep) {
    g.recording.End(keep);
    g.wake = true;
    return keep ? std::filesystem::absolute(g.recording.frame.name).string() : std::string();
}

}  // namespace rift::platform
