// Data: open your own dataset (file picker or drop), download the selection as CSV (plain or for Excel) or JSON, a picture of the view
// as PNG (at a chosen size, with its title, filters and credit), and the playback as a video.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <iterator>

#include "core/csv.h"
#include "core/date.h"
#include "core/export.h"
#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

namespace {
std::string FileStem(const AppState& app) {
    return "rift-" + (app.dataset ? app.dataset->version : std::string("data")) + "-" +
           std::to_string(app.derived.selection.size()) + "-events";
}

// One radio button per size, wrapping in a narrow dialog; each is the control "<control>-<k>". The IDs are scoped by
// `control`: the picture's and the video's sizes share a label ("1080 × 1080 (square)").
template <size_t N>
void SizeChoice(AppState& app, const PictureSize (&sizes)[N], size_t& chosen, const char* control) {
    ImGui::PushID(control);
    for (size_t k = 0; k < N; ++k) {
        const char* label = Tr(sizes[k].label);
        const ImGuiStyle& style = ImGui::GetStyle();
        if (k > 0) SameLineOrWrap(ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label).x);
        if (ImGui::RadioButton(label, chosen == k)) chosen = k;
        RememberItem(app.control_rects, std::string(control) + "-" + std::to_string(k));
    }
    ImGui::PopID();
}
}  // namespace

void DrawRecordSection(AppState& app) {
    if (!app.hooks.begin_recording || !app.dataset) return;
    RecordingState& r = app.recording;
    const RecordingPlan plan = r.active ? r.plan : RecordingPlanOf(app);
    ImGui::PushStyleColor(ImGuiCol_Text, MutedColor());
    ImGui::TextWrapped("%s", TrFill("A video of the playback, {} to {} ({} s), with the date, title and source:",
                                    {FormatDay(plan.start), FormatDay(plan.end),
                                     std::to_string(static_cast<int>(std::lround(plan.Duration())))})
                                 .c_str());
    ImGui::PopStyleColor();
    if (r.active) {
        // The seconds beside the bar, not on it: text over the fill would lose its contrast.
        ImGui::ProgressBar(static_cast<float>(std::min(r.elapsed / plan.Duration(), 1.0)),
                           ImVec2(-ImGui::GetFrameHeight() * 7, 0), "");
        RememberItem(app.control_rects, "record-progress");
        ImGui::SameLine();
        ImGui::Text("%.0f / %.0f s", r.elapsed, plan.Duration());
        ImGui::SameLine();
        if (ImGui::Button(Tr("Cancel"))) StopRecording(app, false);
        RememberItem(app.control_rects, "record-cancel");
        return;
    }
    SizeChoice(app, kRecordingSizes, app.recording_size, "record-size");
    if (ImGui::Button(Tr("Record video"))) StartRecording(app, app.recording_size);
    RememberItem(app.control_rects, "record");
}

bool CsvButton(AppState& app, const char* control, bool small) {
    if (!app.hooks.save_file) ImGui::BeginDisabled();
    const bool clicked = small ? ImGui::SmallButton(Tr("CSV")) : ImGui::Button(Tr("CSV"));
    RememberItem(app.control_rects, control);
    if (!app.hooks.save_file) ImGui::EndDisabled();
    return clicked && app.hooks.save_file;
}

void SaveCsv(AppState& app, const std::string& file, const std::string& text) {
    app.status_line = std::string(Tr("Saved")) + " " + app.hooks.save_file(file, "text/csv;charset=utf-8", text);
}

void DrawDataWindow(AppState& app, bool* p_open) {
    if (!BeginDialog(Tr("Data"), p_open, app, 560.0f)) {
        ImGui::End();
        return;
    }
    if (app.dataset) {
        const size_t n = app.dataset->size();
        ImGui::TextWrapped("%s: %s (%s %s, %zu %s)", Tr("Shown"), Tr(app.loaded_from.c_str()), Tr("version"),
                           app.dataset->version.c_str(), n, Tr(n == 1 ? "event" : "events"));
    }
    ImGui::PushFont(BoldFont());
    ImGui::TextUnformatted(Tr("Download"));
    ImGui::PopFont();
    const size_t chosen = app.derived.selection.size();
    ImGui::TextDisabled("%s: %zu %s", Tr("The current selection"), chosen, Tr(chosen == 1 ? "event" : "events"));
    // The page's first view has no summaries or sources (Dataset::partial): a download then would be a record
    // without them, so the three downloads of the record wait for the full file, and say so.
    const bool partial = app.dataset && app.dataset->partial;
    if (partial) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", Tr(app.details_failed ? "The full record (summaries and sources) could not be loaded: "
                                                          "reload the page to download it."
                                                        : "The full record (summaries and sources) is still loading; "
                                                          "the downloads follow in a moment."));
        ImGui::PopTextWrapPos();
    }
    const bool can = app.dataset && !partial && app.hooks.save_file;
    if (!can) ImGui::BeginDisabled();
    // Each download with its one line, so the reader knows which one their program wants.
    auto described = [](const char* what) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", what);
        ImGui::PopTextWrapPos();
    };
    const bool csv = ImGui::Button(Tr("CSV (spreadsheet)"));
    RememberItem(app.control_rects, "download-csv");
    described(Tr("RFC 4180: UTF-8, comma-separated, for any program."));
    if (csv) {
        const std::string where = app.hooks.save_file(FileStem(app) + ".csv", "text/csv;charset=utf-8",
                                                ExportCsv(*app.dataset, app.derived.selection));
        app.status_line = std::string(Tr("Saved")) + " " + where;
    }
    // German Excel splits a CSV on its list separator, ';', and reads UTF-8 only after a byte-order mark.
    const bool german = app.view.lang == Lang::De;
    const bool excel = ImGui::Button(Tr("CSV for Excel"));
    RememberItem(app.control_rects, "download-csv-excel");
    described(Tr(german ? "UTF-8 with a byte-order mark, separated by ';', dates as ISO text (2014-05-19)."
                        : "UTF-8 with a byte-order mark, separated by ',', dates as ISO text (2014-05-19)."));
    if (excel) {
        const std::string where =
            app.hooks.save_file(FileStem(app) + "-excel.csv", "text/csv;charset=utf-8",
                                ExportCsv(*app.dataset, app.derived.selection, ExcelDialect(german)));
        app.status_line = std::string(Tr("Saved")) + " " + where;
    }
    const bool json = ImGui::Button(Tr("JSON (dataset format)"));
    RememberItem(app.control_rects, "download-json");
    if (json) {
        const std::string where = app.hooks.save_file(FileStem(app) + ".json", "application/json",
                                                ExportDatasetJson(*app.dataset, app.derived.selection));
        app.status_line = std::string(Tr("Saved")) + " " + where;
    }
    if (!can) ImGui::EndDisabled();
    // A picture to publish: the main view alone (never this dialog), with its title, filters and credit.
    const bool can_picture = app.dataset && app.hooks.save_picture;
    if (!can_picture) ImGui::BeginDisabled();
    ImGui::TextDisabled("%s", Tr("A picture of this view with its title, filters and source, at:"));
    SizeChoice(app, kPictureSizes, app.picture_size, "png-size");
    const bool png = ImGui::Button(Tr("PNG (this view)"));
    RememberItem(app.control_rects, "download-png");
    if (png && can_picture) {
        const PictureSize& size = kPictureSizes[std::min(app.picture_size, std::size(kPictureSizes) - 1)];
        std::string name = "rift-" + std::string(kViewNames[static_cast<size_t>(app.view.view)]);
        if (size.width > 0) name += "-" + std::to_string(size.width) + "x" + std::to_string(size.height);
        app.hooks.save_picture(name + ".png", size.width, size.height);
        app.status_line = std::string(Tr("Saved")) + " " + name + ".png";
        *p_open = false;
    }
    if (!can_picture) ImGui::EndDisabled();
    DrawRecordSection(app);
    if (const std::string table = SiblingUrl(app, "table.html"); !table.empty()) {
        if (LinkText(Tr("Every event as a plain table (table.html)"))) app.hooks.open_url(table);
        RememberItem(app.control_rects, "table-link");
    }
    ImGui::Spacing();
    ImGui::PushFont(BoldFont());
    ImGui::TextUnformatted(Tr("Your own data"));
    ImGui::PopFont();
    ImGui::TextWrapped("%s", Tr("Open a dataset in Rift's JSON format or a CSV with the same columns as the download. "
                                "It is checked with the same rules as rift-validate; if it has problems they are listed "
                                "and the data shown stays. You can also drop a file on the page."));
    const bool open = app.hooks.pick_file && ImGui::Button(Tr("Open a file..."));
    if (app.hooks.pick_file) RememberItem(app.control_rects, "open-file");
    if (open) {
        if (!app.hooks.pick_file()) app.status_line = Tr("Drop a file on the window to open it.");
    }
    if (app.hooks.load_builtin) {
        ImGui::SameLine();
        if (ImGui::Button(Tr("Back to the built-in dataset"))) app.hooks.load_builtin();
    }
    if (!app.status_line.empty()) ImGui::TextWrapped("%s", app.status_line.c_str());
    if (ImGui::Button(Tr("Close"))) *p_open = false;
    ImGui::End();
}

}  // namespace rift
