// Fingers on the page: what a touch that starts at a point may do (drag, scroll, or leave the gesture to the page
// around an embed), scrolling by swipes, and taps that arm before they act where a mouse would have hovered first.
#pragma once
#include <array>
#include <string>
#include <vector>

namespace rift {

struct AppState;

// What a finger landing at a point should do; the page decides on the first movement (docs/ARCHITECTURE.md).
enum class TouchRegion : int {
    Page = 0,        // nothing here scrolls: a tap clicks, a sideways move drags, a vertical swipe is the page's
    Drag = 1,        // a control that drags in every direction (the map): every move drags
    Scroll = 2,      // a window that scrolls vertically: vertical swipes scroll it, sideways moves drag
    ScrollBoth = 3,  // a window that also scrolls sideways (a wide table): every swipe scrolls it
};

struct TouchState {
    bool active = false;  // the last pointer was a finger (taps then arm the map before they filter)
    // This frame's areas where a finger drags whatever its direction (x, y, w, h in framebuffer pixels) and the
    // ImGui id of the root window each belongs to, so a dialog over them wins.
    struct DragRect {
        std::array<float, 4> rect;
        unsigned root = 0;
    };
    std::vector<DragRect> drag_rects;
    // A swipe waiting for the next frame: scroll the window under (x, y) by (dx, dy) framebuffer pixels.
    float scroll_x = 0, scroll_y = 0, scroll_dx = 0, scroll_dy = 0;
    bool scroll_pending = false;
    // The map's country that a first tap showed (a second tap on it filters), and where its tooltip stays.
    std::string armed_country;
    float armed_x = 0, armed_y = 0;
};

// The region under (x, y) in framebuffer pixels, from the last drawn frame.
TouchRegion TouchRegionAt(const AppState& app, float x, float y);
// Queues a swipe for the next frame (the window under the finger scrolls, or its nearest scrolling parent).
void TouchScroll(AppState& app, float x, float y, float dx, float dy);
// Called inside the frame before the windows are drawn: applies the queued swipe, clears last frame's drag areas.
void BeginTouchFrame(AppState& app);
// Marks the last item as an area where a finger drags (call after the item, inside its window).
void RememberDragArea(AppState& app);
// The vertical scroll of the window under (x, y) that a swipe there would move (-1 when none): for tests.
float TouchScrollAt(float x, float y);

}  // namespace rift
