// Response lags: the cases of a dyad are found once per selection (one pass); their figures on a day come from the
// cases alone, so moving the playback cursor costs as much as the dyad's measures, not the selection.
#include "core/lags.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/csv.h"

namespace rift {

std::vector<LagCase> LagCases(const Dataset& ds, std::span<const EventIndex> selection, CountryId a, CountryId b) {
    const Columns& c = ds.cols;
    std::vector<LagCase> out;
    for (EventIndex i : selection) {
        if (c.actor[i] != a || !c.HasTarget(i, b)) continue;
        LagCase lc;
        lc.measure = i;
        for (EventIndex r : ds.events[i].answered_by) {
            if (c.actor[r] != b) continue;
            if (!lc.response || c.day[r] < c.day[*lc.response] || (c.day[r] == c.day[*lc.response] && r < *lc.response))
                lc.response = r;
        }
        if (lc.response) {
            const Event &m = ds.events[i], &r = ds.events[*lc.response];
            lc.days = r.date.day - m.date.day;
            lc.precise = m.date.precision == Precision::Day && r.date.precision == Precision::Day;
            lc.low = std::max(0, r.date.day - UpperBoundDay(m.date));
            lc.high = std::max(0, UpperBoundDay(r.date) - m.date.day);
            if (lc.precise) lc.low = lc.high = lc.days;
        }
        out.push_back(lc);
    }
    return out;
}

double Quantile(std::span<const int32_t> x, double p) {
    if (x.empty()) return 0;
    const double h = static_cast<double>(x.size() - 1) * p;
    const auto k = static_cast<size_t>(std::floor(h));
    if (k + 1 >= x.size()) return x.back();
    return x[k] + (h - static_cast<double>(k)) * (x[k + 1] - x[k]);
}

namespace {

void Summarise(const Dataset& ds, const std::vector<LagCase>& cases, int32_t day, LagSummary& s) {
    const Columns& c = ds.cols;
    for (size_t k : s.cases) {
        const LagCase& lc = cases[k];
        const bool answered = lc.response && c.day[*lc.response] <= day;
        const bool due = UpperBoundDay(ds.events[lc.measure].date) + 90 <= day;
        if (answered) {
            ++s.answered;
            if (lc.precise) s.lags.push_back(lc.days);
            else ++s.imprecise;
        }
        if (!due) continue;
        // Answered within 90 days for certain, or not (later, never yet, or a range entirely beyond 90 days).
        if (!answered || lc.low > 90) s.unanswered90.push_back(k);
        if (answered && !lc.precise) continue;
        ++s.due;
        if (!answered) continue;
        s.within7 += lc.days <= 7;
        s.within30 += lc.days <= 30;
        s.within90 += lc.days <= 90;
    }
    std::sort(s.lags.begin(), s.lags.end());
    s.q1 = Quantile(s.lags, 0.25);
    s.median = Quantile(s.lags, 0.5);
    s.q3 = Quantile(s.lags, 0.75);
}

}  // namespace

DyadLags LagsOn(const Dataset& ds, CountryId a, CountryId b, std::vector<LagCase> cases, int32_t day) {
    DyadLags d;
    d.a = a;
    d.b = b;
    d.day = day;
    d.cases = std::move(cases);
    const Columns& c = ds.cols;
    LagSummary all;
    std::vector<LagSummary> by_type(kMeasureCount);
    for (size_t k = 0; k < d.cases.size(); ++k) {
        const EventIndex i = d.cases[k].measure;
        if (c.day[i] > day) break;  // cases are in date order
        all.cases.push_back(k);
        by_type[c.measure[i]].cases.push_back(k);
    }
    Summarise(ds, d.cases, day, all);
    d.rows.push_back(std::move(all));
    std::vector<size_t> types;
    for (size_t m = 0; m < by_type.size(); ++m)
        if (!by_type[m].cases.empty()) types.push_back(m);
    std::stable_sort(types.begin(), types.end(),
                     [&](size_t x, size_t y) { return by_type[x].cases.size() > by_type[y].cases.size(); });
    for (size_t m : types) {
        LagSummary& s = by_type[m];
        s.measure = static_cast<Measure>(m);
        Summarise(ds, d.cases, day, s);
        d.rows.push_back(std::move(s));
    }
    return d;
}

std::string LagsCsv(const Dataset& ds, std::span<const DyadLags> dyads, const std::string& link) {
    std::string out =
        "from,to,measure_type,as_of,measures,answered,lags_n,median_days,q1_days,q3_days,imprecise,due_n,"
        "within_7_days,within_30_days,within_90_days,unanswered_after_90_days,cases,definition\r\n";
    auto number = [](double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", v);
        return std::string(buf);
    };
    for (const DyadLags& d : dyads) {
        for (const LagSummary& s : d.rows) {
            const bool lags_shown = s.lags.size() >= kMinSummarised, shares_shown = s.due >= kMinSummarised;
            // Each case: measure>answer:days (a range for imprecise dates; "-" where no answer by the day).
            std::string listed;
            for (size_t k : s.cases) {
                const LagCase& lc = d.cases[k];
                const bool answered = lc.response && ds.cols.day[*lc.response] <= d.day;
                if (!listed.empty()) listed += ';';
                listed.append(ds.events[lc.measure].id.view()).append(">");
                if (!answered) {
                    listed += '-';
                    continue;
                }
                listed.append(ds.events[*lc.response].id.view()).append(":").append(std::to_string(lc.precise ? lc.days : lc.low));
                if (!lc.precise) listed.append("-").append(std::to_string(lc.high));
            }
            const std::string cells[] = {
                ds.countries[d.a], ds.countries[d.b], s.measure ? std::string(Name(*s.measure)) : "all",
                FormatDay(d.day), std::to_string(s.cases.size()), std::to_string(s.answered),
                std::to_string(s.lags.size()), lags_shown ? number(s.median) : "", lags_shown ? number(s.q1) : "",
                lags_shown ? number(s.q3) : "", std::to_string(s.imprecise), std::to_string(s.due),
                shares_shown ? std::to_string(s.within7) : "", shares_shown ? std::to_string(s.within30) : "",
                shares_shown ? std::to_string(s.within90) : "", std::to_string(s.unanswered90.size()), listed, link};
            for (size_t k = 0; k < std::size(cells); ++k) {
                if (k) out += ',';
                out += CsvCell(cells[k]);
            }
            out += "\r\n";
        }
    }
    return out;
}

}  // namespace rift
