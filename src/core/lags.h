// Response lags: how fast one state answers another's measures (docs/ANALYSES.md, "Response lags").
#pragma once
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/dataset.h"

namespace rift {

// Numbers are shown only over at least this many cases; below it the cases are listed instead.
inline constexpr uint32_t kMinSummarised = 5;

// One measure of A against B and B's first answer to it (an event of B's whose responds_to names it).
struct LagCase {
    EventIndex measure = 0;
    std::optional<EventIndex> response;  // the earliest answer by B (ties: the one first in date order)
    int32_t days = 0;                    // response day - measure day (the first days of their periods)
    // Both dates are known to the day. Otherwise the lag is only known to lie in [low, high] days, and it is left
    // out of every summary figure.
    bool precise = true;
    int32_t low = 0, high = 0;
};

// Every measure A took against B in the selection (date order), with B's first answer from the whole dataset (an
// answer is an answer whatever the filter shows). A measure is an event whose actor is A and whose targets hold B.
std::vector<LagCase> LagCases(const Dataset& ds, std::span<const EventIndex> selection, CountryId a, CountryId b);

// The figures of a set of cases on a day (answers after it have not happened yet; measures after it are left out).
struct LagSummary {
    std::optional<Measure> measure;  // nullopt: all measure types
    std::vector<size_t> cases;       // indices into the cases, date order
    uint32_t answered = 0;           // with an answer by the day
    std::vector<int32_t> lags;       // the precise lags of the answered, ascending: the quartiles' n
    double q1 = 0, median = 0, q3 = 0;  // linear interpolation between order statistics (Excel's QUARTILE.INC)
    uint32_t imprecise = 0;          // answered with a lag known only to a range (left out of every figure)
    uint32_t due = 0;                // measures at least 90 days old by the day (the latest day their date can
                                     // mean), without an imprecise lag: the shares' n
    uint32_t within7 = 0, within30 = 0, within90 = 0;  // of `due`, answered within so many days
    std::vector<size_t> unanswered90;  // due measures not answered within 90 days (no answer, or a later one)
};
struct DyadLags {
    CountryId a = 0, b = 0;
    int32_t day = 0;
    std::vector<LagCase> cases;
    std::vector<LagSummary> rows;  // all types first, then each type with a measure, most measures first (ties
                                   // in the vocabulary's order)
};

// The quantile p (0..1) of ascending values, interpolating linearly between order statistics: h = (n-1)p,
// x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]) (Hyndman and Fan's type 7). 0 for no values.
double Quantile(std::span<const int32_t> ascending, double p);

// The summary rows of A's measures against B as of `day`.
DyadLags LagsOn(const Dataset& ds, CountryId a, CountryId b, std::vector<LagCase> cases, int32_t day);

// The lags of several dyads as a CSV table (RFC 4180): one line per measure with its first answer and lag, each
// line carrying the dyad's figures for the measure's type and for all types, and the definition's permalink.
std::string LagsCsv(const Dataset& ds, std::span<const DyadLags> dyads, const std::string& link);

}  // namespace rift
