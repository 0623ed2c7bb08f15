// Shared by both platforms: clear the framebuffer in the theme's background, submit ImGui's draw data, and report
// the first frame with data once it is submitted.
#pragma once
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cstdio>
#include <string>

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
