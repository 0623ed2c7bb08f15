// Calendar dates with a precision (year, month or day), stored as day numbers since 1970-01-01.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rift {

enum class Precision : uint8_t { Year, Month, Day };

// A date as the dataset gives it; YYYY and YYYY-MM compare as the first day of that year or month.
struct Date {
    int32_t day = 0;  // days since 1970-01-01
    Precision precision = Precision::Day;
    friend bool operator==(const Date&, const Date&) = default;
};

struct Civil {
    int year = 1970;
    int month = 1;
    int day = 1;
};

int32_t DaysFromCivil(int year, int month, int day);
Civil CivilFromDays(int32_t days);
bool IsValidCivil(int year, int month, int day);

// Parses YYYY, YYYY-MM or YYYY-MM-DD (years 1900-2200); anything else is std::nullopt.
std::optional<Date> ParseDate(std::string_view text);
// Formats to the date's own precision ("2014", "2014-05", "2014-05-19").
std::string FormatDate(Date date);
// Formats a day number as YYYY-MM-DD.
std::string FormatDay(int32_t day);

// Last day a date covers: the end of its month or year for coarse precisions.
int32_t UpperBoundDay(Date d);

// Start of the month / quarter / year that contains a day.
int32_t MonthStart(int32_t day);
int32_t YearStart(int32_t day);
// Sequential bucket numbers (months since 1970-01 etc.), for aggregations.
int32_t MonthIndex(int32_t day);
int32_t QuarterIndex(int32_t day);
int32_t YearIndex(int32_t day);
int32_t DayFromMonthIndex(int32_t month_index);

}  // namespace rift
