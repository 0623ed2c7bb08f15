// Synthetic datasets: skewed actors and vendors, bursts over time, some reciprocal responses.
#include "core/synth.h"

#include <algorithm>
#include <cmath>

#include "core/countries.h"

namespace rift {

namespace {
// SplitMix64: small, fast and the same on every platform.
struct Rng {
    uint64_t state;
    uint64_t Next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
    size_t Below(size_t n) { return static_cast<size_t>(Uniform() * static_cast<double>(n)); }
    // Zipf-like: index i with weight ~ 1/(i+1).
    size_t Skewed(size_t n) {
        const double u = Uniform();
        return std::min(n - 1, static_cast<size_t>(std::exp(u * std::log(static_cast<double>(n) + 1.0)) - 1.0));
    }
};

constexpr const char* kWords[] = {"restricts", "bans", "reviews", "lists", "limits", "removes", "blocks", "probes"};
}  // namespace

std::shared_ptr<const Dataset> GenerateSynthetic(const SynthOptions& o) {
    auto ds = std::make_shared<Dataset>();
    Rng rng{o.seed};
    ds->schema = "1.0";
    ds->version = "synthetic-" + std::to_string(o.events) + "-" + std::to_string(o.seed);
    const auto all = AllCountries();
    const size_t n_countries = std::min(o.countries, all.size());
    // A fixed, seed-dependent choice of countries.
    std::vector<size_t> pick(all.size());
    for (size_t i = 0; i < pick.size(); ++i) pick[i] = i;
    for (size_t i = 0; i < n_countries; ++i) std::swap(pick[i], pick[i + rng.Below(pick.size() - i)]);
    for (size_t i = 0; i < n_countries; ++i) ds->InternCountry(all[pick[i]].code);
    // VendorId is 16 bits and the loader refuses more than 65,535 vendors; so does the generator.
    const size_t n_vendors_total = std::clamp<size_t>(o.vendors, 1, 65'535);
    for (size_t v = 0; v < n_vendors_total; ++v) {
        Vendor vendor;
        vendor.id = "vendor-" + std::to_string(v);
        vendor.name = "Vendor " + std::to_string(v);
        vendor.country = static_cast<CountryId>(rng.Skewed(n_countries));
        vendor.sectors = {"telecom"};
        ds->vendors.push_back(std::move(vendor));
    }
    const int32_t span = std::max(1, o.last_day - o.first_day);
    ds->events.reserve(o.events);
    std::vector<int32_t> days(o.events);
    for (int32_t& d : days) {
        // Activity grows over time (more measures in later years).
        d = o.first_day + static_cast<int32_t>(std::sqrt(rng.Uniform()) * span);
    }
    std::sort(days.begin(), days.end());
    for (size_t i = 0; i < o.events; ++i) {
        Event e;
        e.id = "synthetic-" + std::to_string(i);
        e.date = Date{days[i], rng.Below(10) == 0 ? Precision::Month : Precision::Day};
        if (e.date.precision == Precision::Month) e.date.day = MonthStart(e.date.day);
        e.actor = static_cast<CountryId>(rng.Skewed(n_countries));
        const size_t n_targets = rng.Below(10) == 0 ? 0 : 1 + rng.Below(10) / 8;
        for (size_t t = 0; t < n_targets; ++t) {
            auto target = static_cast<CountryId>(rng.Skewed(n_countries));
            if (target != e.actor && std::find(e.targets.begin(), e.targets.end(), target) == e.targets.end())
                e.targets.push_back(target);
        }
        const size_t n_vendors = rng.Below(4);
        for (size_t v = 0; v < n_vendors; ++v) {
            auto vendor = static_cast<VendorId>(rng.Skewed(n_vendors_total));
            if (std::find(e.vendors.begin(), e.vendors.end(), vendor) == e.vendors.end()) e.vendors.push_back(vendor);
        }
        e.measure = static_cast<Measure>(rng.Skewed(kMeasureCount));
        e.sector = static_cast<Sector>(rng.Below(kSectorCount));
        e.status = static_cast<Status>(rng.Skewed(kStatusCount));
        e.severity = static_cast<uint8_t>(1 + rng.Skewed(5));
        if (rng.Below(8) == 0) e.ends = Date{e.date.day + 30 + static_cast<int32_t>(rng.Below(1500)), Precision::Day};
        e.title = ds->countries[e.actor] + " " + kWords[rng.Below(std::size(kWords))] + " " +
                  (e.vendors.empty() ? std::string("foreign technology") : ds->vendors[e.vendors[0]].name);
        // Roughly one in twenty events answers a recent one going the other way.
        if (!e.targets.empty() && i > 0 && rng.Below(20) == 0) {
            const size_t back = std::min<size_t>(i, 1 + rng.Below(50));
            // Month-precision dates move to the 1st, so an earlier index is not always an earlier day.
            if (ds->events[i - back].date.day <= e.date.day) e.responds_to.push_back(static_cast<EventIndex>(i - back));
        }
        ds->events.push_back(std::move(e));
    }
    ds->Finalize();
    return ds;
}

}  // namespace rift
