// Compare's response lags: for each compared pair, in both directions, how fast one state answered the other's
// measures (by measure type), figures only over at least 5 cases (else the cases listed), the definition under
// them, and the table as CSV.
#include <imgui.h>

#include <cstdio>
#include <string>

#include "core/csv.h"
#include "ui/i18n.h"
#include "ui/style.h"
#include "ui/windows.h"

namespace rift {

namespace {

std::string Num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

std::string Percent(uint32_t part, uint32_t whole) {
    return std::to_string((part * 200 + whole) / (2 * whole)) + "%";  // rounded half up
}

std::string TypeLabel(const LagSummary& s) { return s.measure ? MeasureLabel(*s.measure) : Tr("All types"); }

// Fewer than 5 cases give no figure: the count, and where the cases are.
std::string TooFew(size_t n) {
    if (n == 0) return Tr("none yet");
    return TrFill("too few for figures ({}), listed below", {std::to_string(n)});
}

std::string LagFigures(const LagSummary& s) {
    if (s.lags.size() < kMinSummarised) return TooFew(s.lags.size());
    return TrFill("{} days ({} to {})", {Num(s.median), Num(s.q1), Num(s.q3)});
}

std::string ShareFigures(const LagSummary& s) {
    if (s.due < kMinSummarised) return TooFew(s.due);
    return Percent(s.within7, s.due) + " / " + Percent(s.within30, s.due) + " / " + Percent(s.within90, s.due) + " " +
           TrFill("(of {})", {std::to_string(s.due)});
}

// A case on one line: the measure, and its answer with the lag (a range for dates known only to the month), or none.
void CaseLine(AppState& app, const DyadLags& d, size_t k) {
    const Dataset& ds = *app.dataset;
    const LagCase& lc = d.cases[k];
    const Event& m = ds.events[lc.measure];
    std::string line = FormatDate(m.date) + " " + Bidi(EventTitle(app, m)) + " → ";
    if (lc.response && ds.cols.day[*lc.response] <= d.day) {
        const std::string days = lc.precise ? std::to_string(lc.days) : std::to_string(lc.low) + "–" + std::to_string(lc.high);
        line += FormatDate(ds.events[*lc.response].date) + " (" + TrFill("{} days", {days}) + ")";
    } else {
        line += Tr("not answered");
    }
    if (ClickableLine(line, app.selected == lc.measure)) {
        SelectEvent(app, lc.measure);
        ShowDetails(app);
    }
    RememberItem(app.control_rects, "lag-case-" + m.id.str());
}

// One direction: its rows as a table (wide) or as lines (a phone), the cases of rows too small to summarise, the
// measures unanswered after 90 days.
void Direction(AppState& app, const DyadLags& d, size_t index) {
    const std::string a = CountryLabel(app, d.a), b = CountryLabel(app, d.b);
    ImGui::PushID(static_cast<int>(index));
    // The heading wraps beside its arrow (a German heading on a phone is longer than the screen is wide).
    const bool open = ImGui::TreeNodeEx("##direction", ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_SpanAvailWidth);
    RememberItem(app.control_rects, "lags-" + app.dataset->countries[d.a] + "-" + app.dataset->countries[d.b]);
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(TrFill("Answers by {} to measures of {}", {b, a}).c_str());
    ImGui::PopTextWrapPos();
    if (!open) {
        ImGui::PopID();
        return;
    }
    const LagSummary& all = d.rows[0];
    if (all.cases.empty()) {
        ImGui::TextDisabled("%s", TrFill("No measure of {} against {} in this selection.", {a, b}).c_str());
        ImGui::TreePop();
        ImGui::PopID();
        return;
    }
    const bool wide = ImGui::GetContentRegionAvail().x >= 620 * app.ui_scale;
    if (wide && ImGui::BeginTable("lags", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(Tr("Measure type"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn(Tr("Answered"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
        ImGui::TableSetupColumn(Tr("Median days (quartiles)"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
        ImGui::TableSetupColumn(Tr("Within 7 / 30 / 90 days"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn(Tr("Unanswered after 90 days"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableHeadersRow();
        for (const LagSummary& s : d.rows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (!s.measure) ImGui::PushFont(BoldFont());
            ImGui::TextUnformatted(TypeLabel(s).c_str());
            if (!s.measure) ImGui::PopFont();
            ImGui::TableNextColumn();
            ImGui::Text("%u %s %zu", s.answered, Tr("of"), s.cases.size());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(LagFigures(s).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(ShareFigures(s).c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%zu", s.unanswered90.size());
        }
        ImGui::EndTable();
    } else if (!wide) {
        for (const LagSummary& s : d.rows) {
            ImGui::PushFont(BoldFont());
            ImGui::TextUnformatted(TypeLabel(s).c_str());
            ImGui::PopFont();
            ImGui::PushTextWrapPos(0);
            ImGui::Text("%s: %u %s %zu · %s: %s", Tr("Answered"), s.answered, Tr("of"), s.cases.size(),
                        Tr("Median days (quartiles)"), LagFigures(s).c_str());
            ImGui::Text("%s: %s · %s: %zu", Tr("Within 7 / 30 / 90 days"), ShareFigures(s).c_str(),
                        Tr("Unanswered after 90 days"), s.unanswered90.size());
            ImGui::PopTextWrapPos();
        }
    }
    // Below 5 the cases are listed, not summarised: each small type's measures, or its few answers.
    for (const LagSummary& s : d.rows) {
        if (!s.measure) continue;
        const bool few = s.cases.size() < kMinSummarised;
        if (!few && s.lags.size() >= kMinSummarised) continue;
        if (!few && s.answered == 0) continue;
        ImGui::TextDisabled("%s", (TypeLabel(s) + ": " + Tr(few ? "every measure" : "the answered measures")).c_str());
        ImGui::Indent();
        for (size_t k : s.cases) {
            const LagCase& lc = d.cases[k];
            const bool answered = lc.response && app.dataset->cols.day[*lc.response] <= d.day;
            if (few || answered) CaseLine(app, d, k);
        }
        ImGui::Unindent();
    }
    if (!all.unanswered90.empty()) {
        const std::string label = TrFill("Unanswered after 90 days ({})", {std::to_string(all.unanswered90.size())});
        if (ImGui::TreeNode(label.c_str())) {
            for (size_t k : all.unanswered90) CaseLine(app, d, k);
            ImGui::TreePop();
        }
    }
    ImGui::TreePop();
    ImGui::PopID();
}

}  // namespace

void DrawResponseLags(AppState& app) {
    const Derived& d = app.derived;
    if (d.lags.empty()) return;
    ImGui::Separator();
    ImGui::PushFont(BoldFont());
    ImGui::TextUnformatted(Tr("Response lags"));
    ImGui::PopFont();
    ImGui::SameLine();
    if (CsvButton(app, "lags-csv", true)) {
        const std::string page = app.hooks.page_url ? app.hooks.page_url() : std::string("rift.html");
        SaveCsv(app, "rift-response-lags-" + FormatDay(d.lags_day) + ".csv",
                LagsCsv(*app.dataset, d.lags, page + "#" + CurrentUrl(app)));
    }
    for (size_t k = 0; k < d.lags.size(); ++k) Direction(app, d.lags[k], k);
    ImGui::PushTextWrapPos(0);
    ImGui::PushStyleColor(ImGuiCol_Text, MutedColor());
    ImGui::TextUnformatted(
        TrFill("How lags are measured, as of {}: for each measure one state took against the other (the other among "
               "its targets), the other's first act that the record links to it as an answer (responds_to); the lag "
               "is the days between their dates. Median and quartiles are over the answered measures with both dates "
               "known to the day (linear interpolation, as Excel's QUARTILE.INC); the shares within 7, 30 and 90 days "
               "are of the measures at least 90 days old. A lag with a date known only to the month or year is listed "
               "with its range and left out of the figures. Figures need at least 5 cases; below that the events are "
               "listed.",
               {FormatDay(d.lags_day)})
            .c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
}

}  // namespace rift
