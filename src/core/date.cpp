// Calendar arithmetic (Howard Hinnant's civil-from-days algorithms) and dataset date parsing.
#include "core/date.h"

#include <cstdio>

namespace rift {

int32_t DaysFromCivil(int year, int month, int day) {
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int mp = (month + 9) % 12;
    const int doy = (153 * mp + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Civil CivilFromDays(int32_t days) {
    const int z = days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    Civil c;
    c.day = doy - (153 * mp + 2) / 5 + 1;
    c.month = mp < 10 ? mp + 3 : mp - 9;
    c.year = yoe + era * 400 + (c.month <= 2 ? 1 : 0);
    return c;
}

bool IsValidCivil(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int max_day = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= max_day;
}

namespace {
bool ParseDigits(std::string_view s, int& out) {
    out = 0;
    if (s.empty()) return false;
    for (char ch : s) {
        if (ch < '0' || ch > '9') return false;
        out = out * 10 + (ch - '0');
    }
    return true;
}
}  // namespace

std::optional<Date> ParseDate(std::string_view text) {
    int year = 0, month = 1, day = 1;
    Precision precision = Precision::Year;
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
    if (!ParseDigits(text.substr(0, 4), year)) return std::nullopt;
    if (text.size() >= 7) {
        if (text[4] != '-' || !ParseDigits(text.substr(5, 2), month)) return std::nullopt;
        precision = Precision::Month;
    }
    if (text.size() == 10) {
        if (text[7] != '-' || !ParseDigits(text.substr(8, 2), day)) return std::nullopt;
        precision = Precision::Day;
    }
    if (year < 1900 || year > 2200 || !IsValidCivil(year, month, day)) return std::nullopt;
    return Date{DaysFromCivil(year, month, day), precision};
}

std::string FormatDate(Date date) {
    const Civil c = CivilFromDays(date.day);
    char buf[32];  // g++ with -fsanitize=undefined cannot bound the fields and warns of truncation at 16
    switch (date.precision) {
        case Precision::Year: std::snprintf(buf, sizeof buf, "%04d", c.year); break;
        case Precision::Month: std::snprintf(buf, sizeof buf, "%04d-%02d", c.year, c.month); break;
        case Precision::Day: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day); break;
    }
    return buf;
}

std::string FormatDay(int32_t day) { return FormatDate(Date{day, Precision::Day}); }

int32_t UpperBoundDay(Date d) {
    const Civil c = CivilFromDays(d.day);
    switch (d.precision) {
        case Precision::Year: return DaysFromCivil(c.year + 1, 1, 1) - 1;
        case Precision::Month:
            return c.month == 12 ? DaysFromCivil(c.year + 1, 1, 1) - 1 : DaysFromCivil(c.year, c.month + 1, 1) - 1;
        case Precision::Day: return d.day;
    }
    return d.day;
}

int32_t MonthStart(int32_t day) {
    const Civil c = CivilFromDays(day);
    return DaysFromCivil(c.year, c.month, 1);
}

int32_t YearStart(int32_t day) { return DaysFromCivil(CivilFromDays(day).year, 1, 1); }

int32_t MonthIndex(int32_t day) {
    const Civil c = CivilFromDays(day);
    return (c.year - 1970) * 12 + (c.month - 1);
}

int32_t QuarterIndex(int32_t day) {
    const int32_t m = MonthIndex(day);
    return (m >= 0 ? m : m - 2) / 3;
}

int32_t YearIndex(int32_t day) { return CivilFromDays(day).year - 1970; }

int32_t DayFromMonthIndex(int32_t month_index) {
    const int32_t y = (month_index >= 0 ? month_index : month_index - 11) / 12;
    return DaysFromCivil(1970 + y, month_index - y * 12 + 1, 1);
}

}  // namespace rift
