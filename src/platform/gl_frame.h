// Shared by both platforms: clear the framebuffer in the theme's background and submit ImGui's draw data.
#pragma once
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

namespace rift::platform {

// Returns the framebuffer size it drew to.
inline ImVec2 SubmitFrame(GLFWwindow* window) {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    glViewport(0, 0, w, h);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return ImVec2(static_cast<float>(w), static_cast<float>(h));
}

}  // namespace rift::platform
