// Fingers on the page: regions, swipe scrolling and the map's two-tap (see touch.h).
#include "ui/touch.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/app_state.h"

namespace rift {
namespace {

// Whether a window was shown in the last drawn frame, asked between frames or inside the next one.
bool ShownLastFrame(const ImGuiWindow* w) {
    return (GImGui->WithinFrameScope ? w->WasActive : w->Active) && !w->Hidden;
}

// The front-most window under the point, as ImGui's own hover test finds it (children after their parents).
ImGuiWindow* WindowAt(float x, float y) {
    const ImGuiContext& g = *GImGui;
    for (int i = g.Windows.Size - 1; i >= 0; --i) {
        ImGuiWindow* w = g.Windows[i];
        if (!ShownLastFrame(w) || (w->Flags & (ImGuiWindowFlags_NoMouseInputs | ImGuiWindowFlags_Tooltip))) continue;
        if (w->OuterRectClipped.Contains(ImVec2(x, y))) return w;
    }
    return nullptr;
}

// The window itself or its nearest parent that scrolls (vertically, or sideways when `sideways`).
ImGuiWindow* ScrollingWindow(ImGuiWindow* w, bool sideways) {
    for (; w; w = (w->Flags & ImGuiWindowFlags_ChildWindow) ? w->ParentWindow : nullptr) {
        const bool can = sideways ? w->ScrollMax.x > 0.0f : w->ScrollMax.y > 0.0f;
        if (can && !(w->Flags & ImGuiWindowFlags_NoScrollWithMouse)) return w;
    }
    return nullptr;
}

}  // namespace

TouchRegion TouchRegionAt(const AppState& app, float x, float y) {
    if (!GImGui) return TouchRegion::Page;
    ImGuiWindow* w = WindowAt(x, y);
    if (!w) return TouchRegion::Page;
    for (const TouchState::DragRect& d : app.touch.drag_rects)
        if (d.root == w->RootWindow->ID && x >= d.rect[0] && y >= d.rect[1] && x < d.rect[0] + d.rect[2] &&
            y < d.rect[1] + d.rect[3])
            return TouchRegion::Drag;
    if (ScrollingWindow(w, true)) return TouchRegion::ScrollBoth;
    return ScrollingWindow(w, false) ? TouchRegion::Scroll : TouchRegion::Page;
}

void TouchScroll(AppState& app, float x, float y, float dx, float dy) {
    TouchState& t = app.touch;
    t.active = true;
    if (t.scroll_pending && (t.scroll_x != x || t.scroll_y != y)) t.scroll_dx = t.scroll_dy = 0;
    t.scroll_x = x;
    t.scroll_y = y;
    t.scroll_dx += dx;
    t.scroll_dy += dy;
    t.scroll_pending = true;
}

void BeginTouchFrame(AppState& app) {
    TouchState& t = app.touch;
    t.drag_rects.clear();
    if (!t.scroll_pending) return;
    t.scroll_pending = false;
    ImGuiWindow* hit = WindowAt(t.scroll_x, t.scroll_y);
    // A finger moves the content with it: a swipe up (dy < 0) shows what is below.
    if (ImGuiWindow* w = t.scroll_dy != 0.0f ? ScrollingWindow(hit, false) : nullptr)
        ImGui::SetScrollY(w, ImClamp(w->Scroll.y - t.scroll_dy, 0.0f, w->ScrollMax.y));
    if (ImGuiWindow* w = t.scroll_dx != 0.0f ? ScrollingWindow(hit, true) : nullptr)
        ImGui::SetScrollX(w, ImClamp(w->Scroll.x - t.scroll_dx, 0.0f, w->ScrollMax.x));
    t.scroll_dx = t.scroll_dy = 0;
}

void RememberDragArea(AppState& app) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    app.touch.drag_rects.push_back({{a.x, a.y, b.x - a.x, b.y - a.y}, ImGui::GetCurrentWindow()->RootWindow->ID});
}

float TouchScrollAt(float x, float y) {
    if (!GImGui) return -1.0f;
    const ImGuiWindow* w = ScrollingWindow(WindowAt(x, y), false);
    return w ? w->Scroll.y : -1.0f;
}

}  // namespace rift
