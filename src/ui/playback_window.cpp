// Playback bar: play/pause, step, loop, speed, a scrubber, a typed date field and the caption.
#include <imgui.h>

#include <algorithm>
#include <cstring>

#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

namespace {

// Loop, the typed date and the speed (not in an embed's compact bar).
void DrawLoopDateAndSpeed(AppState& app, bool narrow) {
    ImGui::Checkbox(Tr("Loop"), &app.clock.loop);
    ImGui::SameLine();
    // Typed date: easier than dragging on a phone.
    char* date_buf = app.date_field;
    constexpr size_t kDateBuf = sizeof(app.date_field);
    if (app.date_field_day != CursorDay(app.clock) && !app.date_field_editing) {
        app.date_field_day = CursorDay(app.clock);
        std::snprintf(date_buf, kDateBuf, "%s", FormatDay(app.date_field_day).c_str());
    }
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("0000-00-00").x + ImGui::GetStyle().FramePadding.x * 2 + 4);
    if (ImGui::InputText("##date", date_buf, kDateBuf, ImGuiInputTextFlags_EnterReturnsTrue)) {
        if (auto d = ParseDate(date_buf)) {
            app.clock.playing = false;
            SetCursor(app, d->day);
        }
        app.date_field_day = -1;
    }
    app.date_field_editing = ImGui::IsItemActive();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("Type a date (YYYY-MM-DD) and press Enter"));
    if (!narrow) ImGui::SameLine();
    float speed = static_cast<float>(app.clock.speed);
    ImGui::SetNextItemWidth(narrow ? ImGui::GetContentRegionAvail().x * 0.35f : 120 * app.ui_scale);
    // The figure beside the slider, not in it: the slider's grab would sit over it.
    if (ImGui::SliderFloat("##speed", &speed, 1.0f, 720.0f, "", ImGuiSliderFlags_Logarithmic))
        app.clock.speed = static_cast<double>(speed);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (%s)", Tr("Speed"), Tr("days/s"));
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::Text("%.0f %s", app.clock.speed, Tr("days/s"));
    ImGui::SameLine();
    if (narrow) return;
    // Presets a reader can name: a day, a week or a month of events per second (a cluster of days is watchable).
    struct Preset { const char* label; double days; };
    for (const Preset& p : {Preset{"day/s", 1}, Preset{"week/s", 7}, Preset{"month/s", 30}}) {
        const bool on = app.clock.speed == p.days;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::SmallButton(Tr(p.label))) app.clock.speed = p.days;
        if (on) ImGui::PopStyleColor();
        RememberItem(app.control_rects, std::string("speed-") + p.label);
        ImGui::SameLine();
    }
}

// The scrubber's date beside its grab, on the side with more room (centred on the slider, the grab would sit on it
// for half the range). The grab's place is ImGui's own (SliderBehaviorT, 1.86): 2 pixels of padding at each end, the
// grab GrabMinSize wide, its centre moving over the rest.
void DrawScrubLabel(const AppState& app) {
    const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float pad = 2.0f, span = hi.x - lo.x - 2 * pad;
    const float grab = std::min(style.GrabMinSize, span);
    const double range = app.clock.end - app.clock.start;
    const float f = range > 0 ? static_cast<float>(std::clamp((app.clock.cursor - app.clock.start) / range, 0.0, 1.0)) : 0.0f;
    const float grab_lo = lo.x + pad + f * (span - grab), grab_hi = grab_lo + grab;
    const std::string label = FormatDay(CursorDay(app.clock));
    const ImVec2 size = ImGui::CalcTextSize(label.c_str());
    const float gap = style.ItemInnerSpacing.x;
    const bool right = hi.x - grab_hi >= grab_lo - lo.x;  // more room right of the grab
    const float x = right ? std::min(grab_hi + gap, hi.x - style.FramePadding.x - size.x)
                          : std::max(grab_lo - gap - size.x, lo.x + style.FramePadding.x);
    if ((right ? hi.x - grab_hi : grab_lo - lo.x) < size.x + gap) return;  // a slider under twice the date: none
    ImGui::GetWindowDrawList()->AddText(ImVec2(x, lo.y + (hi.y - lo.y - size.y) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text),
                                        label.c_str());
}

}  // namespace

void DrawPlaybackWindow(AppState& app, bool* p_open) {
    if (!BeginPanel("Playback###playback", p_open, app, ImGuiWindowFlags_NoScrollbar)) return;
    if (app.dataset->events.empty()) {
        ImGui::End();
        return;
    }
    const bool narrow = ImGui::GetWindowWidth() < 760.0f * app.ui_scale;
    const bool compact = app.view.embed;  // buttons and the scrubber on one row, then the caption
    if (ImGui::Button("<")) StepEvent(app, -1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (←)", Tr("Previous event"));
    ImGui::SameLine();
    if (ImGui::Button(app.clock.playing ? Tr("Pause") : Tr("Play"), ImVec2(80 * app.ui_scale, 0))) TogglePlay(app);
    RememberItem(app.control_rects, "play");
    ImGui::SameLine();
    if (ImGui::Button(">")) StepEvent(app, +1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (→)", Tr("Next event"));
    ImGui::SameLine();
    if (!compact) DrawLoopDateAndSpeed(app, narrow);
    ImGui::SetNextItemWidth(-1);
    float cursor = static_cast<float>(app.clock.cursor);
    if (ImGui::SliderFloat("##scrub", &cursor, static_cast<float>(app.clock.start), static_cast<float>(app.clock.end), "")) {
        app.clock.playing = false;
        SetCursor(app, static_cast<double>(cursor));
    }
    RememberItem(app.control_rects, "scrub");
    DrawScrubLabel(app);
    // The caption line announces the newest event the cursor passed.
    // One line, cut with "…" where it does not fit; phones have no keys to hint at.
    ImGui::PushStyleColor(ImGuiCol_Text, app.caption.empty() ? MutedColor() : TextColor());
    if (!app.caption.empty()) TextOneLine(Bidi(app.caption));
    else if (!narrow) TextOneLine(Tr("Space plays, arrow keys step through events, / searches."));
    ImGui::PopStyleColor();
    ImGui::End();
}

}  // namespace rift
