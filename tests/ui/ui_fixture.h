// Shared by the headless UI tests: an ImGui context with fonts and theme, and AppState with the real dataset.
#pragma once
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <map>
#include <string>

#include "core/font_pack.h"
#include "core/io.h"
#include "core/load.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift::test {

// No GPU: the font atlas is built in memory and given a dummy texture id.
inline void StartHeadlessImGui(ImVec2 display = ImVec2(1440, 900)) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = display;
    io.DeltaTime = 1.0f / 60.0f;
    std::string error;
    ASSERT_TRUE(LoadFonts(EmbeddedFontPack(), 1.0f, true, error)) << error;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
    ApplyTheme(false, 1.0f);
}

// A file of the project (say "data/events.json"), as the app reads it; nullopt with `error` if it cannot be read.
inline auto ReadSourceFile(const std::string& relative, std::string& error) {
    return ReadFile(std::string(RIFT_SOURCE_DIR) + "/" + relative, 1u << 26, error);
}

// Loads data/events.json and data/vendors.json into `app` (fails the test if they do not load).
inline void LoadRealDataset(AppState& app) {
    std::string error;
    auto events = ReadSourceFile("data/events.json", error);
    auto vendors = ReadSourceFile("data/vendors.json", error);
    ASSERT_TRUE(events && vendors) << error;
    ASSERT_TRUE(ApplyDataset(app, LoadDataset(*events, *vendors), "data/events.json"));
}

// One frame: input, state update, every window's drawing, Render. Returns the frame's vertex count.
inline int RunFrame(AppState& app, double dt = 1.0 / 60.0) {
    ImGui::GetIO().DeltaTime = static_cast<float>(dt);
    ImGui::NewFrame();
    Tick(app, dt);
    DrawApp(app);
    ImGui::Render();
    const ImDrawData* data = ImGui::GetDrawData();
    EXPECT_NE(data, nullptr);
    return data ? data->TotalVtxCount : 0;
}

// The text drawn in the last frame by the windows `take` accepts, read back from their draw lists: each glyph's quad
// starts with the vertex at its top-left texture coordinate, which names the glyph (spaces draw nothing and are
// left out).
// Every visible glyph of the loaded fonts by the texture coordinate of its quad's top-left vertex.
inline std::map<std::pair<float, float>, ImWchar> GlyphsByUv() {
    std::map<std::pair<float, float>, ImWchar> glyphs;
    for (const ImFont* font : ImGui::GetIO().Fonts->Fonts)
        for (const ImFontGlyph& g : font->Glyphs)
            if (g.Visible) glyphs.emplace(std::make_pair(g.U0, g.V0), static_cast<ImWchar>(g.Codepoint));
    return glyphs;
}
template <typename Take>
std::string DrawnTextOf(Take take) {
    const auto glyphs = GlyphsByUv();
    std::string out;
    for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
        if (!take(w)) continue;
        for (const ImDrawVert& v : w->DrawList->VtxBuffer) {
            const auto it = glyphs.find({v.uv.x, v.uv.y});
            if (it == glyphs.end()) continue;
            char utf8[5] = {};
            ImTextStrToUtf8(utf8, sizeof utf8, &it->second, &it->second + 1);
            out += utf8;
        }
    }
    return out;
}
// The text a window and the child windows inside it (a table's scrolling body) drew in the last frame.
inline std::string DrawnText(const char* window_name) {
    const ImGuiWindow* window = ImGui::FindWindowByName(window_name);
    if (!window || !window->Active) return "(no window " + std::string(window_name) + ")";
    return DrawnTextOf([&](const ImGuiWindow* w) {
        return w == window || (w->Active && w->RootWindow == window && (w->Flags & ImGuiWindowFlags_ChildWindow));
    });
}
// The text drawn by the active windows whose name contains `part` (a child window: its parent's name, "/", its own).
inline std::string DrawnTextMatching(const std::string& part) {
    return DrawnTextOf([&](const ImGuiWindow* w) { return w->Active && std::string(w->Name).find(part) != std::string::npos; });
}
inline std::string WithoutSpaces(std::string s) {
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s;
}

// A click at a point (framebuffer pixels): the pointer moves there, presses and releases, a frame each.
inline void ClickAt(AppState& app, float x, float y) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y);
    RunFrame(app);
    io.MouseDown[0] = true;
    RunFrame(app);
    io.MouseDown[0] = false;
    RunFrame(app);
}

}  // namespace rift::test
