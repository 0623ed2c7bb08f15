// The vendor restriction matrix: only cells with a measure, found through a dense table (a hash map for very many
// vendors).
#include "core/vendor_matrix.h"

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <tuple>
#include <unordered_map>

#include "core/sort_ids.h"

namespace rift {

bool InForce(const Dataset& ds, EventIndex i, int32_t day) {
    const Columns& c = ds.cols;
    return c.day[i] <= day && day < c.end_day[i] && c.status[i] != static_cast<uint8_t>(Status::Proposed);
}

namespace {

// Up to this many country × vendor pairs (typically a few hundred vendors: tens of thousands), cells live in a
// dense table indexed by the pair; beyond it, a hash map gives each pair that occurs a slot.
constexpr size_t kDenseSlots = size_t{1} << 20;

// A cell while the events are counted: 8 bytes, so that the table stays in cache.
struct Acc {
    uint16_t rank = 0;  // strength of the strongest measure << 8 | highest severity
    uint8_t strongest = 0;
    uint32_t size = 0;  // events (0: no cell)
};

struct Pair {  // one vendor of an event in force: the slot of its cell, and the event
    uint32_t slot;
    EventIndex event;
};

// The pairs of the events in force, in date order. Not a std::vector: its buffer is written ahead of `size`.
struct Pairs {
    std::unique_ptr<Pair[]> data;
    size_t size = 0;
    std::span<const Pair> Span() const { return {data.get(), size}; }
};

// The selected events dated on or before `day` (the selection is in date order).
std::span<const EventIndex> UpTo(const Dataset& ds, std::span<const EventIndex> selection, int32_t day) {
    const auto end = std::partition_point(selection.begin(), selection.end(),
                                          [&](EventIndex i) { return ds.cols.day[i] <= day; });
    return selection.first(static_cast<size_t>(end - selection.begin()));
}

// Dense slots (country × n_vendors + vendor). Each event writes the pairs of its first kAhead vendors whether it
// has them or is in force at all, and keeps as many as it has when in force: whether an event is in force and
// how many vendors it names (often 0 to 3) are coin tosses for a branch predictor, and this loop has no branch on
// them. Events with more vendors take a loop.
Pairs DensePairs(const Dataset& ds, std::span<const EventIndex> events, int32_t day, size_t n_vendors) {
    constexpr uint32_t kAhead = 4;
    const Columns& c = ds.cols;
    Pairs out;
    if (events.empty() || c.vendors.empty()) return out;
    size_t bound = 0;
    for (EventIndex i : events) bound += c.TargetedVendorsOf(i).size();
    out.data.reset(new Pair[bound + kAhead]);  // left uninitialised
    // Plain pointers: the compiler need not reload the vectors' data pointers after each store.
    Pair* pairs = out.data.get();
    const int32_t* end_day = c.end_day.data();
    const uint8_t* status = c.status.data();
    const uint32_t* vendor_begin = c.vendor_begin.data();
    const uint32_t* targeted_end = c.vendor_targeted_end.data();  // only targeted vendors make a cell
    const CountryId* actor = c.actor.data();
    const VendorId* vendors = c.vendors.data();
    const auto last = static_cast<uint32_t>(c.vendors.size() - 1);
    constexpr auto kProposed = static_cast<uint8_t>(Status::Proposed);
    size_t n = 0;
    for (EventIndex i : events) {
        const uint32_t in_force = (day < end_day[i]) & (status[i] != kProposed);
        const uint32_t b = vendor_begin[i], count = (targeted_end[i] - b) * in_force;
        const auto row = static_cast<uint32_t>(actor[i] * n_vendors);
        if (count > kAhead) {
            for (uint32_t k = b; k < b + count; ++k) pairs[n++] = Pair{row + vendors[k], i};
            continue;
        }
        for (uint32_t k = 0; k < kAhead; ++k) pairs[n + k] = Pair{row + vendors[std::min(b + k, last)], i};
        n += count;
    }
    out.size = n;
    return out;
}

// Hash-map slots, in order of first occurrence; `keys` gets each slot's (country, vendor).
Pairs SparsePairs(const Dataset& ds, std::span<const EventIndex> events, int32_t day,
                  std::vector<std::pair<CountryId, VendorId>>& keys) {
    const Columns& c = ds.cols;
    std::unordered_map<uint32_t, uint32_t> slot_of;  // country << 16 | vendor
    std::vector<Pair> pairs;
    for (EventIndex i : events) {
        if (!InForce(ds, i, day)) continue;
        for (VendorId v : c.TargetedVendorsOf(i)) {
            const CountryId country = c.actor[i];
            const auto [it, inserted] = slot_of.try_emplace(uint32_t{country} << 16 | v, static_cast<uint32_t>(keys.size()));
            if (inserted) keys.emplace_back(country, v);
            pairs.push_back(Pair{it->second, i});
        }
    }
    Pairs out;
    out.data.reset(new Pair[pairs.size()]);
    std::copy(pairs.begin(), pairs.end(), out.data.get());
    out.size = pairs.size();
    return out;
}

// Counts the pairs into their cells: a stronger measure wins; of equally strong ones, one more severe than any
// before it in the cell.
void Count(const Dataset& ds, std::span<const Pair> pairs, std::vector<Acc>& acc) {
    std::array<uint16_t, kMeasureCount> strength{};
    for (size_t m = 0; m < strength.size(); ++m)
        strength[m] = static_cast<uint16_t>(RestrictionStrength(static_cast<Measure>(m)));
    const uint8_t *measure = ds.cols.measure.data(), *severity = ds.cols.severity.data();
    for (const auto& [slot, i] : pairs) {
        Acc& a = acc[slot];
        const uint8_t m = measure[i], sev = severity[i];
        const bool wins = a.size == 0 || (strength[m] << 8 | sev) > a.rank;
        a.strongest = wins ? m : a.strongest;
        a.rank = static_cast<uint16_t>((wins ? strength[m] << 8 : a.rank & 0xFF00) | std::max<int>(a.rank & 0xFF, sev));
        ++a.size;
    }
}

// Countries by code, as ranks.
std::vector<uint32_t> CountryRanks(const Dataset& ds) {
    std::vector<CountryId> by_code(ds.countries.size());
    for (CountryId k = 0; k < by_code.size(); ++k) by_code[k] = k;
    SortIds(by_code, [&](CountryId a, CountryId b) { return ds.countries[a] < ds.countries[b]; });
    std::vector<uint32_t> rank(by_code.size());
    for (size_t r = 0; r < by_code.size(); ++r) rank[by_code[r]] = static_cast<uint32_t>(r);
    return rank;
}

// The vendors flagged in `used`, by name (vendors of the same name by id).
std::vector<VendorId> VendorsByName(const Dataset& ds, const std::vector<uint8_t>& used) {
    std::vector<VendorId> vendors;
    for (size_t v = 0; v < used.size(); ++v)
        if (used[v]) vendors.push_back(static_cast<VendorId>(v));
    SortIds(vendors, [&](VendorId a, VendorId b) {
        if (ds.vendors[a].name != ds.vendors[b].name) return ds.vendors[a].name < ds.vendors[b].name;
        return a < b;
    });
    return vendors;
}

// Turns the counted slots into cells, in the order of `order` (slots), and writes each pair's event into its
// cell's list, which is allocated once at its final size.
template <typename KeyOf>
std::vector<VendorCell> MakeCells(const std::vector<Acc>& acc, const std::vector<uint32_t>& order,
                                  std::span<const Pair> pairs, KeyOf&& key_of) {
    std::vector<VendorCell> cells(order.size());
    std::vector<EventIndex*> out(acc.size());
    for (size_t k = 0; k < order.size(); ++k) {
        const Acc& a = acc[order[k]];
        VendorCell& cell = cells[k];
        std::tie(cell.country, cell.vendor) = key_of(order[k]);
        cell.strongest = static_cast<Measure>(a.strongest);
        cell.max_severity = static_cast<uint8_t>(a.rank & 0xFF);
        cell.events.resize(a.size);
        out[order[k]] = cell.events.data();
    }
    for (const auto& [slot, i] : pairs) *out[slot]++ = i;
    return cells;
}

}  // namespace

std::vector<VendorCell> RollUpToFamilies(const Dataset& ds, std::span<const VendorCell> cells) {
    std::map<std::pair<CountryId, VendorId>, VendorCell> merged;
    for (const VendorCell& c : cells) {
        const VendorId root = ds.RootOf(c.vendor);
        auto [it, fresh] = merged.try_emplace({c.country, root}, c);
        VendorCell& m = it->second;
        m.vendor = root;
        if (fresh) continue;
        const int a = RestrictionStrength(m.strongest), b = RestrictionStrength(c.strongest);
        if (b > a || (b == a && c.max_severity > m.max_severity)) m.strongest = c.strongest;
        m.max_severity = std::max(m.max_severity, c.max_severity);
        m.events.insert(m.events.end(), c.events.begin(), c.events.end());
    }
    std::vector<VendorCell> out;
    out.reserve(merged.size());
    for (auto& [key, cell] : merged) {
        auto& ev = cell.events;
        std::sort(ev.begin(), ev.end(), [&](EventIndex x, EventIndex y) {
            return ds.cols.day[x] != ds.cols.day[y] ? ds.cols.day[x] < ds.cols.day[y] : x < y;
        });
        ev.erase(std::unique(ev.begin(), ev.end()), ev.end());
        out.push_back(std::move(cell));
    }
    std::sort(out.begin(), out.end(), [&](const VendorCell& x, const VendorCell& y) {
        if (x.country != y.country) return ds.countries[x.country] < ds.countries[y.country];
        const Vendor &a = ds.vendors[x.vendor], &b = ds.vendors[y.vendor];
        return a.name != b.name ? a.name < b.name : x.vendor < y.vendor;
    });
    return out;
}

// The (cell, event) pairs of the events in force are listed, then counted into their cells; the cells are laid
// out in order and the listed events written into them. No string is compared per cell, and no list grows.
std::vector<VendorCell> VendorMatrixAt(const Dataset& ds, std::span<const EventIndex> selection, int32_t day) {
    const std::span<const EventIndex> events = UpTo(ds, selection, day);
    const size_t n_countries = ds.countries.size(), n_vendors = ds.vendors.size();
    const std::vector<uint32_t> country_rank = CountryRanks(ds);
    std::vector<uint8_t> used(n_vendors, 0);
    std::vector<uint32_t> order;  // slots with a cell, by country code then vendor name

    if (n_countries * n_vendors <= kDenseSlots) {
        const Pairs pairs = DensePairs(ds, events, day, n_vendors);
        std::vector<Acc> acc(n_countries * n_vendors);
        Count(ds, pairs.Span(), acc);
        for (size_t slot = 0; slot < acc.size(); ++slot)
            if (acc[slot].size) used[slot % n_vendors] = 1;
        std::vector<CountryId> countries(n_countries);
        for (CountryId k = 0; k < n_countries; ++k) countries[country_rank[k]] = k;
        const std::vector<VendorId> vendors = VendorsByName(ds, used);
        for (CountryId country : countries)
            for (VendorId v : vendors)
                if (acc[country * n_vendors + v].size) order.push_back(static_cast<uint32_t>(country * n_vendors + v));
        return MakeCells(acc, order, pairs.Span(), [&](uint32_t slot) {
            return std::pair{static_cast<CountryId>(slot / n_vendors), static_cast<VendorId>(slot % n_vendors)};
        });
    }

    std::vector<std::pair<CountryId, VendorId>> keys;
    const Pairs pairs = SparsePairs(ds, events, day, keys);
    std::vector<Acc> acc(keys.size());
    Count(ds, pairs.Span(), acc);
    for (const auto& key : keys) used[key.second] = 1;
    std::vector<uint32_t> vendor_rank(n_vendors, 0);
    const std::vector<VendorId> vendors = VendorsByName(ds, used);
    for (size_t r = 0; r < vendors.size(); ++r) vendor_rank[vendors[r]] = static_cast<uint32_t>(r);
    std::vector<uint64_t> keyed(keys.size());  // country rank << 48 | vendor rank << 32 | slot
    for (size_t slot = 0; slot < keys.size(); ++slot)
        keyed[slot] = uint64_t{country_rank[keys[slot].first]} << 48 | uint64_t{vendor_rank[keys[slot].second]} << 32 | slot;
    std::sort(keyed.begin(), keyed.end());
    for (uint64_t k : keyed) order.push_back(static_cast<uint32_t>(k));
    return MakeCells(acc, order, pairs.Span(), [&](uint32_t slot) { return keys[slot]; });
}

VendorGrid GridOf(const Dataset& ds, std::span<const VendorCell> cells, VendorOrder order) {
    VendorGrid g;
    std::vector<uint32_t> per_vendor(ds.vendors.size(), 0), per_country(ds.countries.size(), 0);
    for (const VendorCell& c : cells) {
        ++per_vendor[c.vendor];
        ++per_country[c.country];
    }
    for (VendorId v = 0; v < per_vendor.size(); ++v)
        if (per_vendor[v]) g.vendors.push_back(v);
    for (CountryId c = 0; c < per_country.size(); ++c)
        if (per_country[c]) g.countries.push_back(c);
    // Ties in id order (g.vendors is ascending): as a stable sort, with less code; one sort for both orders.
    const bool by_count = order == VendorOrder::MostRestricted;
    SortIds(g.vendors, [&](VendorId a, VendorId b) {
        if (by_count) {
            if (per_vendor[a] != per_vendor[b]) return per_vendor[a] > per_vendor[b];
        } else if (ds.vendors[a].name != ds.vendors[b].name) {
            return ds.vendors[a].name < ds.vendors[b].name;
        }
        return a < b;
    });
    SortIds(g.countries, [&](CountryId a, CountryId b) {
        if (per_country[a] != per_country[b]) return per_country[a] > per_country[b];
        return ds.countries[a] < ds.countries[b];
    });
    std::vector<int32_t> row_of(ds.vendors.size(), -1), col_of(ds.countries.size(), -1);
    for (size_t r = 0; r < g.vendors.size(); ++r) row_of[g.vendors[r]] = static_cast<int32_t>(r);
    for (size_t k = 0; k < g.countries.size(); ++k) col_of[g.countries[k]] = static_cast<int32_t>(k);
    g.cell.assign(g.vendors.size() * g.countries.size(), -1);
    for (size_t i = 0; i < cells.size(); ++i)
        g.cell[static_cast<size_t>(row_of[cells[i].vendor]) * g.countries.size() + static_cast<size_t>(col_of[cells[i].country])] =
            static_cast<int32_t>(i);
    return g;
}

}  // namespace rift
