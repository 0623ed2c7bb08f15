// Key presses shorter than a frame, for both platforms: GLFW reports key events between frames, and Dear ImGui 1.86
// reads io.KeysDown once per frame, so a press and its release before the next frame (a fast typist, a test tool,
// assistive technology) were lost. The queue keeps the events in order and hands them over a frame at a time.
#pragma once
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <utility>
#include <vector>

namespace rift::platform {

class KeyQueue {
public:
    void Push(int key, bool down) { m_events.emplace_back(key, down); }
    bool Empty() const { return m_events.empty(); }

    // Applies the events in order until one key would change a second time this frame (the rest waits for the next
    // frame), then the modifiers as ImGui's GLFW backend sets them. True while events remain.
    bool Apply(ImGuiIO& io) {
        std::vector<int> changed;
        size_t k = 0;
        for (; k < m_events.size(); ++k) {
            const auto [key, down] = m_events[k];
            if (key < 0 || key >= IM_ARRAYSIZE(io.KeysDown)) continue;
            bool seen = false;
            for (int c : changed) seen = seen || c == key;
            if (seen) break;
            changed.push_back(key);
            io.KeysDown[key] = down;
        }
        m_events.erase(m_events.begin(), m_events.begin() + static_cast<std::ptrdiff_t>(k));
        io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
        io.KeyShift = io.KeysDown[GLFW_KEY_LEFT_SHIFT] || io.KeysDown[GLFW_KEY_RIGHT_SHIFT];
        io.KeyAlt = io.KeysDown[GLFW_KEY_LEFT_ALT] || io.KeysDown[GLFW_KEY_RIGHT_ALT];
        io.KeySuper = io.KeysDown[GLFW_KEY_LEFT_SUPER] || io.KeysDown[GLFW_KEY_RIGHT_SUPER];
        return !m_events.empty();
    }

    // Takes over GLFW's key callback from ImGui's backend (call after ImGui_ImplGlfw_InitForOpenGL); the window's
    // user pointer names the queue.
    void Install(GLFWwindow* window) {
        glfwSetWindowUserPointer(window, this);
        glfwSetKeyCallback(window, [](GLFWwindow* w, int key, int, int action, int) {
            if (action == GLFW_REPEAT) return;  // ImGui repeats a held key itself
            static_cast<KeyQueue*>(glfwGetWindowUserPointer(w))->Push(key, action == GLFW_PRESS);
        });
    }

private:
    std::vector<std::pair<int, bool>> m_events;
};

}  // namespace rift::platform
