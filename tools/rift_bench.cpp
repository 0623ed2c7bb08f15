// rift-bench: Google Benchmark over synthetic datasets of 10k, 100k and 1M events (names end with the size).
#include <benchmark/benchmark.h>

#include <map>

#include "core/aggregate.h"
#include "core/cascade.h"
#include "core/escalation.h"
#include "core/io.h"
#include "core/load.h"
#include "core/packed.h"
#include "core/synth.h"
#include "core/url_state.h"
#include "core/vendor_matrix.h"

namespace {

const rift::Dataset& DatasetOf(int64_t n) {
    static std::map<int64_t, std::shared_ptr<const rift::Dataset>> cache;
    auto& ds = cache[n];
    if (!ds) {
        rift::SynthOptions o;
        o.events = static_cast<size_t>(n);
        o.seed = 2014;
        ds = rift::GenerateSynthetic(o);
    }
    return *ds;
}

// A typical reader's filter: a date range, two actors and three measure types.
rift::FilterSpec TypicalSpec(const rift::Dataset& ds) {
    rift::FilterSpec spec;
    spec.from = rift::ParseDate("2016-01-01");
    spec.to = rift::ParseDate("2023-12-31");
    spec.actors = {ds.countries[0], ds.countries[1]};
    spec.measures = {rift::Measure::ProcurementBan, rift::Measure::EntityListing, rift::Measure::ExportControl};
    return spec;
}

void BM_Filter(benchmark::State& state) {
    const auto& ds = DatasetOf(state.range(0));
    const auto spec = TypicalSpec(ds);
    size_t matched = 0;
    for (auto _ : state) {
        auto sel = rift::Filter(ds, spec);
        matched = sel.size();
        benchmark::DoNotOptimize(sel.data());
    }
    state.counters["matched"] = static_cast<double>(matched);
    // Bytes per event of the columns the filter reads (text apart): the goal is at most 32.
    const rift::Columns& c = ds.cols;
    const double bytes = static_cast<double>(
        c.day.size() * sizeof(int32_t) + c.end_day.size() * sizeof(int32_t) + c.actor.size() * sizeof(rift::CountryId) +
        c.measure.size() + c.sector.size() + c.status.size() + c.severity.size() +
        c.target_begin.size() * sizeof(uint32_t) + c.targets.size() * sizeof(rift::CountryId) +
        c.vendor_begin.size() * sizeof(uint32_t) + c.vendors.size() * sizeof(rift::VendorId));
    state.counters["bytes_per_event"] = bytes / static_cast<double>(ds.size());
}

void BM_FilterText(benchmark::State& state) {
    const auto& ds = DatasetOf(state.range(0));
    rift::FilterSpec spec;
    spec.text = "vendor 17";
    size_t matched = 0;
    for (auto _ : state) {
        auto sel = rift::Filter(ds, spec);
        matched = sel.size();
        benchmark::DoNotOptimize(sel.data());
    }
    state.counters["matched"] = static_cast<double>(matched);
}

void BM_AggregateMonthly(benchmark::State& state) {
    const auto& ds = DatasetOf(state.range(0));
    const auto sel = rift::Filter(ds, {});
    for (auto _ : state) benchmark::DoNotOptimize(rift::CountByTime(ds, sel, rift::TimeBucket::Month).counts.data());
}

void BM_AggregateByActor(benchmark::State& state) {
    const auto& ds = DatasetOf(state.range(0));
    const auto sel = rift::Filter(ds, {});
    for (auto _ : state) benchmark::DoNotOptimize(rift::CountBy(ds, sel, rift::Facet::Actor).data());
}

void BM_DyadMatrix(benchmark::State& state) {
    const auto& ds = DatasetOf(state.range(0));
    const auto sel = rift::Filter(ds, {});
    for (auto _ : state) benchmark::DoNotOptimize(rift::CountDyads(ds, sel).counts.data());
}

void BM_VendorMatrixAt(benchmark::State& state) {
    const auto& ds = DatasetOf(state.range(0));
    const auto sel = rift::Filter(ds, {});
    const int32_t day = rift::ParseDate("2022-06-01")->day;
    for (auto _ : state) benchmark::DoNotOptimize(rift::VendorMatrixAt(ds, sel, day).data());
}

// The Cascades view's answer: vendor-0's and vendor-1's cascades (the generator's most named) over every event, as
// Refresh asks once per selection while the view shows.
void BM_Cascades(benchmark::State& state) {
    const auto& ds = DatasetOf(state.range(0));
    const auto sel = rift::Filter(ds, {});
    size_t rows = 0;
    for (auto _ : state) {
        rows = 0;
        for (uint16_t v : {uint16_t{0}, uint16_t{1}})
            rows += rift::CascadeOf(ds, sel, {rift::CascadeKey::Kind::Vendor, v}, false).rows.size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = static_cast<double>(rows);
}

void BM_EscalationSeries(benchmark::State& state) {
    const auto& ds = DatasetOf(state.range(0));
    const auto sel = rift::Filter(ds, {});
    for (auto _ : state)
        benchmark::DoNotOptimize(rift::Escalation(ds, sel, 0, 1, ds.cols.day.front(), ds.cols.day.back()).values.data());
}

void BM_UrlRoundTrip(benchmark::State& state) {
    const auto& ds = DatasetOf(state.range(0));
    rift::ViewState vs;
    vs.filter = TypicalSpec(ds);
    vs.filter.text = "huawei 5g";
    vs.compare = {"US", "CN"};
    vs.cursor = rift::ParseDate("2019-05-15");
    for (auto _ : state) benchmark::DoNotOptimize(rift::FromUrl(rift::ToUrl(vs)).state.view);
}

// Loading the built-in dataset (parse, validate, index): the largest part of the page's first frame.
void BM_LoadBuiltinDataset(benchmark::State& state) {
    std::string error;
    const auto events = rift::ReadFile(RIFT_SOURCE_DIR "/data/events.json", 1u << 26, error);
    const auto vendors = rift::ReadFile(RIFT_SOURCE_DIR "/data/vendors.json", 1u << 26, error);
    if (!events || !vendors) {
        state.SkipWithError(error.c_str());
        return;
    }
    size_t n = 0;
    for (auto _ : state) {
        auto r = rift::LoadDataset(*events, *vendors);
        n = r.dataset ? r.dataset->size() : 0;
        benchmark::DoNotOptimize(r.dataset.get());
    }
    state.counters["events"] = static_cast<double>(n);
    state.counters["bytes"] = static_cast<double>(events->size());
}

// The page's first view two ways: its JSON file (the events without summaries and sources) through the loader, and
// the binary snapshot of the same data (core/packed) that the page reads instead.
void BM_FirstView(benchmark::State& state) {
    std::string error;
    // The first-view JSON as the page's build writes it (tools/gen_page.py first-view, run by this tool's build).
    const auto first_file = rift::ReadFile(RIFT_FIRST_VIEW_JSON, 1u << 26, error);
    const auto vendors = rift::ReadFile(RIFT_SOURCE_DIR "/data/vendors.json", 1u << 26, error);
    if (!first_file || !vendors) {
        state.SkipWithError(error.c_str());
        return;
    }
    const std::string& first_json = *first_file;
    rift::LoadOptions first;
    first.first_view = true;
    const rift::LoadResult loaded = rift::LoadDataset(first_json, *vendors, first);
    if (!loaded.ok()) {
        state.SkipWithError("the built-in data does not load");
        return;
    }
    const std::string packed = rift::PackDataset(*loaded.dataset);
    const bool snapshot = state.range(0) == 1;
    size_t n = 0;
    for (auto _ : state) {
        auto r = snapshot ? rift::UnpackDataset(packed) : rift::LoadDataset(first_json, *vendors, first);
        n = r.dataset ? r.dataset->size() : 0;
        benchmark::DoNotOptimize(r.dataset.get());
    }
    state.SetLabel(snapshot ? "binary snapshot" : "JSON");
    state.counters["events"] = static_cast<double>(n);
    state.counters["bytes"] = static_cast<double>(snapshot ? packed.size() : first_json.size());
}

void Sizes(benchmark::internal::Benchmark* b) { b->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond); }

}  // namespace

BENCHMARK(BM_LoadBuiltinDataset)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FirstView)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Filter)->Apply(Sizes);
BENCHMARK(BM_FilterText)->Apply(Sizes);
BENCHMARK(BM_AggregateMonthly)->Apply(Sizes);
BENCHMARK(BM_AggregateByActor)->Apply(Sizes);
BENCHMARK(BM_Cascades)->Apply(Sizes);
BENCHMARK(BM_DyadMatrix)->Apply(Sizes);
BENCHMARK(BM_VendorMatrixAt)->Apply(Sizes);
BENCHMARK(BM_EscalationSeries)->Apply(Sizes);
BENCHMARK(BM_UrlRoundTrip)->Apply(Sizes);
BENCHMARK_MAIN();
