// Tests for core/csv: quoting, formula escaping, parsing edge cases, and a full export → import round trip.
#include "core/csv.h"

#include "core/filter.h"
#include "fixture.h"

namespace rift {

TEST(Csv, ParsesQuotesNewlinesAndCrLf) {
    std::vector<std::vector<std::string>> rows;
    std::string error;
    ASSERT_TRUE(ParseCsv("a,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\"two\nlines\"\nlast,,", rows, error));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1][0], "x, y");
    EXPECT_EQ(rows[1][1], "he said \"hi\"");
    EXPECT_EQ(rows[1][2], "two\nlines");
    EXPECT_EQ(rows[2], (std::vector<std::string>{"last", "", ""}));
    EXPECT_FALSE(ParseCsv("a,\"open\nb,c", rows, error));
    EXPECT_EQ(error, "line 1: a quoted cell is never closed");
    EXPECT_FALSE(ParseCsv("a,b,c,d", rows, error, 3));
}

TEST(Csv, ExportWritesTheDocumentedColumns) {
    auto ds = test::SmallDataset();
    const std::string csv = ExportCsv(*ds, Filter(*ds, {}));
    EXPECT_EQ(csv.substr(0, 30), "id,date,effective,ends,actor,t");
    EXPECT_NE(csv.find("source_1_url,source_1_publisher"), std::string::npos);
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 11);
}

// A cell a spreadsheet would run as a formula (=, +, -, @ first) is written with a leading apostrophe, in both
// dialects; the same text later in a cell is left alone.
TEST(Csv, ExportEscapesFormulas) {
    auto text = test::ReadFixture("small/events.json");
    const std::string title = "\"title\": \"US report calls Huawei and ZTE threats\"";
    ASSERT_NE(text.find(title), std::string::npos);
    text.replace(text.find(title), title.size(), "\"title\": \"=HYPERLINK(\\\"http://x\\\")\"");
    const std::string summary = "\"summary\": \"Hand-made test fixture event.\"";
    text.replace(text.find(summary), summary.size(), "\"summary\": \"@SUM(1) and =1+1 inside\"");
    LoadResult r = LoadDataset(text, test::ReadFixture("small/vendors.json"));
    ASSERT_TRUE(r.dataset) << (r.problems.empty() ? "" : FormatProblem(r.problems[0]));
    for (bool excel : {false, true}) {
        const std::string csv = ExportCsv(*r.dataset, Filter(*r.dataset, {}), excel ? ExcelDialect(true) : kCsvRfc4180);
        EXPECT_NE(csv.find("'=HYPERLINK("), std::string::npos) << csv.substr(0, 400);
        EXPECT_NE(csv.find("'@SUM(1) and =1+1 inside"), std::string::npos);
        EXPECT_EQ(csv.find(",=HYPERLINK"), std::string::npos);
        EXPECT_EQ(csv.find("\"=HYPERLINK"), std::string::npos);
    }
}

TEST(Csv, RoundTripThroughTheLoader) {
    auto ds = test::SmallDataset();
    const auto sel = Filter(*ds, {});
    const std::string csv = ExportCsv(*ds, sel);
    std::vector<std::string> problems;
    const std::string json = CsvToDatasetJson(csv, "round-trip", problems);
    ASSERT_TRUE(problems.empty()) << problems[0];
    LoadResult r = LoadDataset(json, test::ReadFixture("small/vendors.json"));
    ASSERT_TRUE(r.ok()) << (r.problems.empty() ? "" : FormatProblem(r.problems[0]));
    const Dataset& back = *r.dataset;
    ASSERT_EQ(back.size(), ds->size());
    EXPECT_EQ(ExportCsv(back, Filter(back, {})), csv);  // identical on the second pass
    EXPECT_EQ(back.events[*back.FindEvent("cn-2014-05-20-working-group")].responds_to.size(), 1u);
}

// "CSV for Excel": a BOM, ';' for the German interface, ISO dates, the formula guard; the importer reads it back.
TEST(Csv, ExcelDialectRoundTrip) {
    for (const bool semicolon : {true, false}) {
        SCOPED_TRACE(semicolon ? "semicolon" : "comma");
        for (const char* fixture : {"small", "cite"}) {
            SCOPED_TRACE(fixture);
            auto ds = test::LoadFixtureDataset(fixture);
            const auto sel = Filter(*ds, {});
            const std::string csv = ExportCsv(*ds, sel, ExcelDialect(semicolon));
            ASSERT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
            EXPECT_EQ(csv.substr(3, 10), semicolon ? "id;date;ef" : "id,date,ef");
            if (!semicolon) {
                EXPECT_EQ(csv.substr(3), ExportCsv(*ds, sel));  // "CSV" after the BOM
            }
            std::vector<std::string> problems;
            const std::string json = CsvToDatasetJson(csv, "excel", problems);
            ASSERT_TRUE(problems.empty()) << problems[0];
            LoadResult r = LoadDataset(json, test::ReadFixture(std::string(fixture) + "/vendors.json"));
            ASSERT_TRUE(r.ok()) << (r.problems.empty() ? "" : FormatProblem(r.problems[0]));
            EXPECT_EQ(ExportCsv(*r.dataset, Filter(*r.dataset, {}), ExcelDialect(semicolon)), csv);
        }
    }
    auto ds = test::SmallDataset();
    const std::string csv = ExportCsv(*ds, Filter(*ds, {}), ExcelDialect(true));
    // Lists joined with ';' are quoted where ';' separates cells; dates stay ISO text.
    EXPECT_NE(csv.find(";\"huawei;zte\";"), std::string::npos) << csv.substr(0, 600);
    EXPECT_NE(csv.find("us-2014-05-19-indictment;2014-05-19;"), std::string::npos);
    EXPECT_NE(csv.find("cn-2014-05-windows8;2014-05;"), std::string::npos);
    // A title a spreadsheet would run as a formula keeps its guard, and loses it when read back.
    std::string plain = ExportCsv(*ds, Filter(*ds, {}));
    const size_t at = plain.find("US indicts five officers");
    ASSERT_NE(at, std::string::npos);
    plain.replace(at, 2, "=1+");
    std::vector<std::string> problems;
    LoadResult r = LoadDataset(CsvToDatasetJson(plain, "f", problems), test::ReadFixture("small/vendors.json"));
    ASSERT_TRUE(r.ok());
    const std::string excel = ExportCsv(*r.dataset, Filter(*r.dataset, {}), ExcelDialect(true));
    EXPECT_NE(excel.find(";'=1+ indicts five officers;"), std::string::npos);
    LoadResult back = LoadDataset(CsvToDatasetJson(excel, "f", problems), test::ReadFixture("small/vendors.json"));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.dataset->events[*back.dataset->FindEvent("us-2014-05-19-indictment")].title, "=1+ indicts five officers");
}

TEST(Csv, ExcelDialectKeepsTheFormulaGuard) {
    std::vector<std::vector<std::string>> rows;
    std::string error;
    ASSERT_TRUE(ParseCsv("\xEF\xBB\xBFid;title\r\nx;\"'=HYPERLINK(\"\"a\"\";1)\"\r\n", rows, error));
    ASSERT_EQ(rows.size(), 2u);
    ASSERT_EQ(rows[0], (std::vector<std::string>{"id", "title"}));
    EXPECT_EQ(rows[1][1], "'=HYPERLINK(\"a\";1)");
    // A header with both: commas separate (a ';' inside a hand-made header name stays in it).
    ASSERT_TRUE(ParseCsv("a;b,c\n1,2", rows, error));
    EXPECT_EQ(rows[0].size(), 2u);
}

TEST(Csv, ProblemsNameRowsAndColumns) {
    std::vector<std::string> problems;
    CsvToDatasetJson("id,date\nx,2014", "v", problems);
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems[0], "CSV: no column named \"actor\"");
    EXPECT_EQ(CsvPath("$.events[0].date"), "row 2, column date");
    EXPECT_EQ(CsvPath("$.events[12]"), "row 14");
    EXPECT_EQ(CsvPath("$.schema"), "$.schema");
    problems.clear();
    const std::string json = CsvToDatasetJson(
        "id,date,actor,measure,sector,status,severity,title\n'=cmd,2014,US,app_ban,consumer,enacted,9,'-x\n", "v", problems);
    EXPECT_NE(json.find("\"id\":\"=cmd\""), std::string::npos);  // the formula guard is removed again
    EXPECT_NE(json.find("\"title\":\"-x\""), std::string::npos);
}

// Found by tests/fuzz/fuzz_csv: a CSV that is not UTF-8 (a spreadsheet's legacy encoding) made CsvToDatasetJson
// throw from the JSON writer; it is now a problem with its line.
TEST(Csv, NotUtf8IsAProblemNotACrash) {
    std::vector<std::string> problems;
    const std::string json = CsvToDatasetJson(
        "id,date,actor,measure,sector,status,severity,title\nx,2014,US,app_ban,consumer,enacted,3,Caf\xE9\n", "v",
        problems);
    EXPECT_TRUE(json.empty());
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0], "CSV: line 2: not UTF-8 text (save the file as UTF-8)");
}

// Issue 16.8: beside the codes, names a spreadsheet reader can read, and the date's precision; loading the file
// back ignores them.
TEST(Csv, ExportHasNamesAndDatePrecision) {
    auto ds = test::SmallDataset();
    const auto all = Filter(*ds, {});
    const std::string csv = ExportCsv(*ds, all);
    std::vector<std::vector<std::string>> rows;
    std::string error;
    ASSERT_TRUE(ParseCsv(csv, rows, error)) << error;
    auto col = [&](std::string_view name) {
        const auto it = std::find(rows[0].begin(), rows[0].end(), name);
        EXPECT_NE(it, rows[0].end()) << name;
        return static_cast<size_t>(it - rows[0].begin());
    };
    auto row_of = [&](std::string_view id) {
        for (const auto& r : rows)
            if (r[0] == id) return r;
        ADD_FAILURE() << id;
        return rows[0];
    };
    const auto windows = row_of("cn-2014-05-windows8");
    EXPECT_EQ(windows[col("actor_name")], "China");
    EXPECT_EQ(windows[col("target_names")], "United States");
    EXPECT_EQ(windows[col("measure_label")], "Procurement ban");
    EXPECT_EQ(windows[col("date_precision")], "month");
    const auto report = row_of("us-2012-10-08-report");
    EXPECT_EQ(report[col("date_precision")], "day");
    EXPECT_NE(report[col("vendor_names")].find("; "), std::string::npos) << "two vendors, named";
    EXPECT_EQ(row_of("de-2022-kaspersky")[col("date_precision")], "year");
    std::vector<std::string> problems;
    const std::string json = CsvToDatasetJson(csv, "back", problems);
    EXPECT_TRUE(problems.empty());
    LoadResult r = LoadDataset(json, test::ReadFixture("small/vendors.json"));
    ASSERT_TRUE(r.ok()) << FormatProblem(r.problems[0]);
    EXPECT_EQ(r.dataset->size(), ds->size());
}

}  // namespace rift
