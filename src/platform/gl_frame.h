// Shared by both platforms: clear the framebuffer in the theme's background, submit ImGui's draw data, report the
// first frame with data once it is submitted, and draw a picture frame off screen.
#pragma once
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cfloat>
#include <cstdio>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "platform/gl_renderer.h"
#include "platform/platform.h"

namespace rift::platform {

// Returns the framebuffer size it drew to. If the GPU cannot draw Rift's shaders, the app stops with the reason.
inline ImVec2 SubmitFrame(GLFWwindow* window) {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    glViewport(0, 0, w, h);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    std::string error;
    if (!gl::Render(ImGui::GetDrawData(), error)) Fail("Rift cannot draw here: " + error);
    return ImVec2(static_cast<float>(w), static_cast<float>(h));
}

// A picture asked for by SavePicture, drawn after the frame that asked.
struct PendingPicture {
    std::string name;
    int width = 0, height = 0;
    std::function<void()> draw;
};

// A recording (BeginRecording, RecordFrame, EndRecording): its name and size, the drawing of the frame just asked
// for (until the platform draws it after the frame), and whether it ends after that frame, kept or dropped. Both
// platforms keep one; they differ only in where the frames go (the page's MediaRecorder, numbered PNGs).
struct PendingRecording {
    PendingPicture frame;
    bool end = false, keep = false;
    void Begin(const std::string& name, int width, int height) {
        *this = {};
        frame = {name, width, height, nullptr};
    }
    void Frame(std::function<void()> draw) { frame.draw = std::move(draw); }
    void End(bool keep_it) {
        end = true;
        keep = keep_it;
    }
};

// Draws one ImGui frame of `picture.draw` off screen at its size (0×0: `screen`, the window's framebuffer) with no
// pointer, and returns its pixels (RGBA, top row first). ImGui's display size and pointer are the screen's again
// after, so the next frame is drawn as before.
inline bool DrawPicture(const PendingPicture& picture, ImVec2 screen, int& width, int& height,
                        std::vector<unsigned char>& rgba, std::string& error) {
    width = picture.width > 0 ? picture.width : static_cast<int>(screen.x);
    height = picture.height > 0 ? picture.height : static_cast<int>(screen.y);
    if (width <= 0 || height <= 0) {
        error = "nothing to draw";
        return false;
    }
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 display = io.DisplaySize, scale = io.DisplayFramebufferScale, mouse = io.MousePos;
    const float wheel = io.MouseWheel, wheel_h = io.MouseWheelH;
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // no hover, no tooltip, no click in the picture
    io.MouseWheel = io.MouseWheelH = 0;
    io.DeltaTime = 1e-4f;  // ImGui wants time to pass; nothing should move
    ImGui::NewFrame();
    picture.draw();
    ImGui::Render();
    const bool ok = gl::RenderToPixels(ImGui::GetDrawData(), width, height, ImGui::GetStyle().Colors[ImGuiCol_WindowBg],
                                       rgba, error);
    io.DisplaySize = display;
    io.DisplayFramebufferScale = scale;
    io.MousePos = mouse;
    io.MouseWheel = wheel;
    io.MouseWheelH = wheel_h;
    return ok;
}

// NotifyFirstFrame comes from inside the frame; the report waits until that frame is submitted, and its time and
// parts include the submission ("submit": the first draw finishes the GL setup, see gl_renderer.h).
struct FirstFrameReport {
    bool pending = false;
    double ms = 0, at = 0;  // the app's figure, and when it came (platform clock, ms)
    std::string parts;

    void Set(double app_ms, std::string app_parts, double now) {
        pending = true;
        ms = app_ms;
        at = now;
        parts = std::move(app_parts);
    }
    // Calls deliver(total_ms, parts_json) once, after the submission.
    template <typename Deliver>
    void AfterSubmit(double now, Deliver deliver) {
        if (!pending) return;
        pending = false;
        const double submit = now - at;
        char field[48];
        std::snprintf(field, sizeof field, ",\"submit\":%.1f}", submit);
        if (!parts.empty() && parts.back() == '}') parts.pop_back();
        deliver(ms + submit, parts + field);
    }
};

}  // namespace rift::platform
