// ImGui's frames through OpenGL 3.3 core or WebGL 2 (OpenGL ES 3.0); see gl_renderer.h.
#include "platform/gl_renderer.h"

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#define GL_GLEXT_PROTOTYPES 1
#include <GL/glcorearb.h>
#endif

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace rift::platform::gl {

namespace {

struct State {
    GLuint vertex = 0, fragment = 0, program = 0;
    GLint projection = -1;
    GLuint vao = 0, vbo = 0, ebo = 0, font_texture = 0;
    bool ready = false;
    bool failed = false;  // reported once; nothing is drawn after
};
State g;

GLuint Compile(GLenum type, const char* version, const char* body) {
    const GLuint shader = glCreateShader(type);
    const char* parts[] = {version, "\n", body};
    glShaderSource(shader, 3, parts, nullptr);
    glCompileShader(shader);
    return shader;
}

// A shader's or the program's info log (what the driver says went wrong).
template <void (*GetIv)(GLuint, GLenum, GLint*), void (*GetLog)(GLuint, GLsizei, GLsizei*, GLchar*)>
std::string InfoLog(GLuint object) {
    GLint length = 0;
    GetIv(object, GL_INFO_LOG_LENGTH, &length);
    std::string log(static_cast<size_t>(length > 1 ? length : 1), '\0');
    GetLog(object, static_cast<GLsizei>(log.size()), nullptr, log.data());
    return log.c_str();
}

// The first frame's setup, once the shaders have had the load's time to compile.
bool Finish(std::string& error) {
    GLint linked = GL_FALSE;
    glGetProgramiv(g.program, GL_LINK_STATUS, &linked);
    if (linked != GL_TRUE) {
        error = "the drawing shaders did not compile: " + InfoLog<glGetShaderiv, glGetShaderInfoLog>(g.vertex) +
                InfoLog<glGetShaderiv, glGetShaderInfoLog>(g.fragment) +
                InfoLog<glGetProgramiv, glGetProgramInfoLog>(g.program);
        return false;
    }
    g.projection = glGetUniformLocation(g.program, "ProjMtx");

    glGenVertexArrays(1, &g.vao);
    glGenBuffers(1, &g.vbo);
    glGenBuffers(1, &g.ebo);
    glBindVertexArray(g.vao);
    glBindBuffer(GL_ARRAY_BUFFER, g.vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.ebo);
    const auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));

    g.ready = true;
    return true;
}

// The atlas as one channel of coverage (the fragment shader reads it as alpha).
void UploadFontTexture() {
    ImFontAtlas* fonts = ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    if (g.font_texture) glDeleteTextures(1, &g.font_texture);
    glGenTextures(1, &g.font_texture);
    glBindTexture(GL_TEXTURE_2D, g.font_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(g.font_texture)));
    fonts->ClearTexData();  // the glyphs stay; only the pixels, now on the GPU, go
}

}  // namespace

void Init(const char* glsl_version) {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "rift_gl";
#ifdef __EMSCRIPTEN__
    const char* precision_high = "precision highp float;\n";
    const char* precision_medium = "precision mediump float;\n";
#else
    const char* precision_high = "";
    const char* precision_medium = "";
#endif
    const std::string vertex = std::string(precision_high) +
                               "layout (location = 0) in vec2 Position;\n"
                               "layout (location = 1) in vec2 UV;\n"
                               "layout (location = 2) in vec4 Color;\n"
                               "uniform mat4 ProjMtx;\n"
                               "out vec2 Frag_UV;\n"
                               "out vec4 Frag_Color;\n"
                               "void main() {\n"
                               "    Frag_UV = UV;\n"
                               "    Frag_Color = Color;\n"
                               "    gl_Position = ProjMtx * vec4(Position.xy, 0.0, 1.0);\n"
                               "}\n";
    const std::string fragment = std::string(precision_medium) +
                                 "uniform sampler2D Texture;\n"
                                 "in vec2 Frag_UV;\n"
                                 "in vec4 Frag_Color;\n"
                                 "layout (location = 0) out vec4 Out_Color;\n"
                                 "void main() {\n"
                                 "    Out_Color = vec4(Frag_Color.rgb, Frag_Color.a * texture(Texture, Frag_UV.st).r);\n"
                                 "}\n";
    g.vertex = Compile(GL_VERTEX_SHADER, glsl_version, vertex.c_str());
    g.fragment = Compile(GL_FRAGMENT_SHADER, glsl_version, fragment.c_str());
    g.program = glCreateProgram();
    glAttachShader(g.program, g.vertex);
    glAttachShader(g.program, g.fragment);
    glLinkProgram(g.program);  // no status query here: see gl_renderer.h
    glFlush();                 // hands the work to the GPU (the browser's GPU process) now, not at the first query
}

void NewFrame() {
    ImFontAtlas* fonts = ImGui::GetIO().Fonts;
    if (fonts->IsBuilt() && !fonts->TexID) UploadFontTexture();
}

bool Render(const ImDrawData* data, std::string& error) {
    const float fb_w = data->DisplaySize.x * data->FramebufferScale.x;
    const float fb_h = data->DisplaySize.y * data->FramebufferScale.y;
    if (fb_w <= 0 || fb_h <= 0 || g.failed) return true;
    if (!g.ready && !Finish(error)) {
        g.failed = true;
        return false;
    }

    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glViewport(0, 0, static_cast<GLsizei>(fb_w), static_cast<GLsizei>(fb_h));

    const float l = data->DisplayPos.x, r = l + data->DisplaySize.x;
    const float t = data->DisplayPos.y, b = t + data->DisplaySize.y;
    const float projection[16] = {2.0f / (r - l), 0, 0, 0, 0, 2.0f / (t - b), 0, 0,
                                  0, 0, -1.0f, 0, (r + l) / (l - r), (t + b) / (b - t), 0, 1.0f};
    glUseProgram(g.program);
    glUniformMatrix4fv(g.projection, 1, GL_FALSE, projection);
    glBindVertexArray(g.vao);
    glActiveTexture(GL_TEXTURE0);

    const ImVec2 clip_off = data->DisplayPos;
    const ImVec2 clip_scale = data->FramebufferScale;
    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList* list = data->CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                     list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                     list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {  // Rift draws no callbacks; ImGui's "reset render state" needs nothing here
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x0 = (cmd.ClipRect.x - clip_off.x) * clip_scale.x, y0 = (cmd.ClipRect.y - clip_off.y) * clip_scale.y;
            const float x1 = (cmd.ClipRect.z - clip_off.x) * clip_scale.x, y1 = (cmd.ClipRect.w - clip_off.y) * clip_scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor(static_cast<GLint>(x0), static_cast<GLint>(fb_h - y1), static_cast<GLsizei>(x1 - x0),
                      static_cast<GLsizei>(y1 - y0));
            glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<intptr_t>(cmd.GetTexID())));
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
                           sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(static_cast<intptr_t>(cmd.IdxOffset * sizeof(ImDrawIdx))));
        }
    }
    glDisable(GL_SCISSOR_TEST);
    return true;
}

bool RenderToPixels(const ImDrawData* data, int width, int height, ImVec4 clear, std::vector<unsigned char>& rgba,
                    std::string& error) {
    GLuint framebuffer = 0, colour = 0;
    glGenFramebuffers(1, &framebuffer);
    glGenRenderbuffers(1, &colour);
    glBindRenderbuffer(GL_RENDERBUFFER, colour);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour);
    bool ok = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    if (!ok) error = "no offscreen framebuffer of " + std::to_string(width) + "x" + std::to_string(height);
    if (ok) {
        glViewport(0, 0, width, height);
        glClearColor(clear.x, clear.y, clear.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ok = Render(data, error);
    }
    if (ok) {
        const size_t row = static_cast<size_t>(width) * 4;
        rgba.resize(row * static_cast<size_t>(height));
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
        // GL's first row is the bottom one.
        std::vector<unsigned char> line(row);
        for (size_t top = 0, bottom = static_cast<size_t>(height) - 1; top < bottom; ++top, --bottom) {
            std::copy_n(&rgba[top * row], row, line.data());
            std::copy_n(&rgba[bottom * row], row, &rgba[top * row]);
            std::copy_n(line.data(), row, &rgba[bottom * row]);
        }
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDeleteRenderbuffers(1, &colour);
    glDeleteFramebuffers(1, &framebuffer);
    return ok;
}

void Shutdown() {
    if (g.font_texture) glDeleteTextures(1, &g.font_texture);
    if (g.vbo) glDeleteBuffers(1, &g.vbo);
    if (g.ebo) glDeleteBuffers(1, &g.ebo);
    if (g.vao) glDeleteVertexArrays(1, &g.vao);
    if (g.program) glDeleteProgram(g.program);
    if (g.vertex) glDeleteShader(g.vertex);
    if (g.fragment) glDeleteShader(g.fragment);
    g = State{};
}

}  // namespace rift::platform::gl
