// Shared by the headless UI tests: an ImGui context with fonts and theme, and AppState with the real dataset.
#pragma once
#include <gtest/gtest.h>
#include <imgui.h>

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

// Loads data/events.json and data/vendors.json into `app` (fails the test if they do not load).
inline void LoadRealDataset(AppState& app) {
    std::string error;
    auto events = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/events.json", 1u << 26, error);
    auto vendors = ReadFile(std::string(RIFT_SOURCE_DIR) + "/data/vendors.json", 1u << 26, error);
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

}  // namespace rift::test
