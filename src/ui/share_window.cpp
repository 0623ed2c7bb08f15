// Share: the permalink, the responsive embed code (an <iframe> sized by embed.js, with a CSS fallback) and the plain
// <iframe>, each with a copy button, and where the other ways to share are (pictures, videos, citations, feeds).
#include <imgui.h>

#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

void DrawShareWindow(AppState& app, bool* p_open) {
    if (!BeginDialog(Tr("Share"), p_open, app, 620.0f)) {
        ImGui::End();
        return;
    }
    const std::string base = app.hooks.page_url ? app.hooks.page_url() : std::string("rift.html");
    const std::string link = base + "#" + CurrentUrl(app);
    ViewState embed_view = CurrentView(app);
    embed_view.embed = true;
    const std::string embed_url = base + "#" + ToUrl(embed_view);
    const char* title = "title=\"Rift: state measures against technology vendors\" loading=\"lazy\"></iframe>";
    // Responsive: embed.js (beside the page) sets the height the view asks for; without the script, the aspect
    // ratio and the minimum keep a sensible height (no height attribute: it would override the ratio).
    std::string script = SiblingUrl(app, "embed.js");
    if (script.empty()) script = "embed.js";
    const std::string responsive = "<iframe src=\"" + embed_url +
                                   "\" data-rift style=\"width:100%;max-width:960px;aspect-ratio:4/3;min-height:480px;"
                                   "border:0\" " + title + "\n<script src=\"" + script + "\" async></script>";
    const std::string iframe = "<iframe src=\"" + embed_url +
                               "\" width=\"100%\" height=\"520\" style=\"border:0;max-width:960px\" " + title;
    auto row = [&](const char* label, const std::string& text, const char* id) {
        ImGui::TextDisabled("%s", label);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PushID(id);
        const bool copy = ImGui::Button(Tr("Copy"));
        RememberItem(app.control_rects, std::string("copy-") + id);
        if (copy && app.hooks.set_clipboard) {
            app.hooks.set_clipboard(text);
            app.status_line = Tr("Copied");
        }
        ImGui::PopID();
        ImGui::Spacing();
    };
    row(Tr("Permalink"), link, "link");
    row(Tr("Embed code, responsive (sizes itself to the view)"), responsive, "embed-responsive");
    row(Tr("Embed code, fixed height"), iframe, "embed");
    // The other ways to take Rift into an article, where they live.
    ImGui::PushStyleColor(ImGuiCol_Text, MutedColor());
    ImGui::TextWrapped("%s", Tr("Also: a picture (PNG) or a video (WebM) of this view under Data; a citation of an event "
                                "(plain, BibTeX, CSL-JSON, RIS) under Details, Cite; feeds to follow under About."));
    ImGui::PopStyleColor();
    if (ImGui::Button(Tr("Close"))) *p_open = false;
    ImGui::End();
}

}  // namespace rift
