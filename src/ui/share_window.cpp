// Share: the permalink and an <iframe> embed code, each with a copy button.
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
    const std::string iframe = "<iframe src=\"" + embed_url +
                               "\" width=\"100%\" height=\"520\" style=\"border:0;max-width:960px\" "
                               "title=\"Rift: state measures against technology vendors\" loading=\"lazy\"></iframe>";
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
    row(Tr("Embed code"), iframe, "embed");
    if (ImGui::Button(Tr("Close"))) *p_open = false;
    ImGui::End();
}

}  // namespace rift
