// Draws ImGui's frames with OpenGL 3.3 (desktop) or WebGL 2 (page), shared by both platforms; it replaces ImGui's
// OpenGL 3 backend. What it does differently, and why:
// - The shaders are compiled and linked when the window is made, and nothing asks for their status until the first
//   frame is drawn: the driver (in the browser, the GPU process) compiles them while the app loads its fonts and
//   data. ImGui's backend asked right after each compile, so the page waited 100-200 ms for SwiftShader there.
// - The font atlas is a one-channel texture (a quarter of the bytes of RGBA), and its pixels are freed once uploaded.
// - Rift owns the GL context, so no GL state is saved and restored around each frame (WebGL state queries are slow).
#pragma once
#include <imgui.h>

#include <string>
#include <vector>

namespace rift::platform::gl {

// `glsl_version` is the shaders' first line ("#version 300 es" or "#version 330 core"). Call with the context current.
void Init(const char* glsl_version);
// Before ImGui::NewFrame: uploads the font atlas when it is new (its texture id is null: at the start, and after the
// app rebuilt it, style.cpp), so that the frame's draw commands name its texture.
void NewFrame();
// Draws `data` to the current framebuffer. The first call finishes the setup (shader check, buffers);
// it returns false with the reason if the shaders did not compile or link.
bool Render(const ImDrawData* data, std::string& error);
// Draws `data` into an offscreen `width`×`height` framebuffer cleared to `clear` and reads its pixels back as RGBA,
// top row first (as a PNG holds them); the screen's framebuffer is bound again after. False, with the reason, when
// the GPU could not.
bool RenderToPixels(const ImDrawData* data, int width, int height, ImVec4 clear, std::vector<unsigned char>& rgba,
                    std::string& error);
void Shutdown();

}  // namespace rift::platform::gl
