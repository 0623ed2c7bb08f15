// Dear ImGui configuration for Rift (IMGUI_USER_CONFIG): with RIFT_IMGUI_ASSERTS every IM_ASSERT is fatal, also in
// release builds, so a push/pop imbalance or a misused widget stops the headless UI tests and the desktop app
// with the failed condition and its place instead of corrupting memory later (the page builds without them).
#pragma once

// 32-bit indices: a draw list may hold more than 65,536 vertices (the Cascades' rows of a million-event dataset,
// the map's fills). The renderer draws either kind (gl_renderer.cpp); WebGL 2 takes 32-bit indices.
#define ImDrawIdx unsigned int

#ifdef RIFT_IMGUI_ASSERTS
#include <cstdio>
#include <cstdlib>
#define IM_ASSERT(_EXPR)                                                                                          \
    ((_EXPR) ? (void)0                                                                                            \
             : (std::fprintf(stderr, "ImGui assertion failed: %s (%s:%d)\n", #_EXPR, __FILE__, __LINE__), \
                std::abort()))
#endif
