// Country profiles and pairwise reciprocity.
#include "core/compare.h"

#include <algorithm>

#include "core/sort_ids.h"

namespace rift {

namespace {
// Number of selection events on or before `day` (the selection is in date order).
size_t CountUpTo(const Dataset& ds, std::span<const EventIndex> selection, int32_t day) {
    const auto it = std::upper_bound(selection.begin(), selection.end(), day,
                                     [&](int32_t d, EventIndex i) { return d < ds.cols.day[i]; });
    return static_cast<size_t>(it - selection.begin());
}

// Adds (sign +1) or removes (sign -1) selection events [begin, end) to/from the timeline's counts.
void AddToTimeline(const Dataset& ds, std::span<const EventIndex> selection, CompareTimeline& t, size_t begin,
                   size_t end, int sign) {
    const Columns& c = ds.cols;
    const auto step = static_cast<uint32_t>(sign);  // unsigned wrap-around makes -1 a decrement
    for (size_t k = begin; k < end; ++k) {
        const EventIndex i = selection[k];
        const size_t at = static_cast<size_t>(BucketOf(c.day[i], t.bucket) - t.first) * static_cast<size_t>(kMeasureCount) +
                          c.measure[i];
        for (CountryTimeline& ct : t.countries) {
            if (c.actor[i] == ct.country) {
                ct.taken[at] += step;
                for (VendorId v : c.TargetedVendorsOf(i)) ct.vendors[v] += step;
            }
            if (c.HasTarget(i, ct.country)) ct.received[at] += step;
        }
        const size_t period = at / static_cast<size_t>(kMeasureCount);
        for (PairTimeline& pair : t.pairs) {
            const CountryId a = t.countries[pair.a].country, b = t.countries[pair.b].country;
            if (c.actor[i] == a && c.HasTarget(i, b)) pair.a_to_b[period] += step;
            else if (c.actor[i] == b && c.HasTarget(i, a)) pair.b_to_a[period] += step;
        }
    }
}

// Most targeted first; ties keep the vendors' order (they come in ascending id order: as a stable sort, with less
// code).
void SortVendors(CountryProfile& p) {
    SortIdCounts(p.vendors_targeted,
                 [](const IdCount& x, const IdCount& y) { return x.second != y.second ? x.second > y.second : x.first < y.first; });
}

}  // namespace

std::vector<std::pair<VendorId, uint32_t>> FamiliesTargeted(const Dataset& ds, std::span<const EventIndex> selection,
                                                            const CompareTimeline& timeline, size_t index) {
    CountryProfile p;
    if (index >= timeline.countries.size()) return {};
    std::vector<uint32_t> counts(ds.vendors.size(), 0);
    std::vector<VendorId> roots;
    for (size_t at : timeline.countries[index].taken_at) {
        if (at >= timeline.counted) break;  // taken_at is in selection order
        roots.clear();
        for (VendorId v : ds.cols.TargetedVendorsOf(selection[at])) roots.push_back(ds.RootOf(v));
        std::sort(roots.begin(), roots.end());
        roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
        for (VendorId r : roots) ++counts[r];
    }
    for (VendorId v = 0; v < counts.size(); ++v)
        if (counts[v]) p.vendors_targeted.emplace_back(v, counts[v]);
    SortVendors(p);
    return std::move(p.vendors_targeted);
}

CountryProfile ProfileOf(const Dataset& ds, std::span<const EventIndex> selection, CountryId country) {
    CountryProfile p;
    p.country = country;
    p.taken_by_measure.assign(kMeasureCount, 0);
    p.received_by_measure.assign(kMeasureCount, 0);
    std::vector<uint32_t> vendor_counts(ds.vendors.size(), 0);
    const Columns& c = ds.cols;
    for (EventIndex i : selection) {
        if (c.actor[i] == country) {
            ++p.taken;
            ++p.taken_by_measure[c.measure[i]];
            if (!p.first_taken) p.first_taken = i;
            p.latest_taken = i;
            for (VendorId v : c.TargetedVendorsOf(i)) ++vendor_counts[v];
        }
        if (c.HasTarget(i, country)) {
            ++p.received;
            ++p.received_by_measure[c.measure[i]];
        }
    }
    for (VendorId v = 0; v < vendor_counts.size(); ++v)
        if (vendor_counts[v]) p.vendors_targeted.emplace_back(v, vendor_counts[v]);
    SortVendors(p);
    return p;
}

Reciprocity ReciprocityOf(const Dataset& ds, std::span<const EventIndex> selection, CountryId a, CountryId b,
                          TimeBucket bucket) {
    Reciprocity r;
    r.a = a;
    r.b = b;
    r.bucket = bucket;
    if (selection.empty()) return r;
    const Columns& c = ds.cols;
    r.first = BucketOf(c.day[selection.front()], bucket);
    const size_t n = static_cast<size_t>(BucketOf(c.day[selection.back()], bucket) - r.first + 1);
    r.a_to_b.assign(n, 0);
    r.b_to_a.assign(n, 0);
    r.a_to_b_severity.assign(n, 0);
    r.b_to_a_severity.assign(n, 0);
    for (EventIndex i : selection) {
        const size_t k = static_cast<size_t>(BucketOf(c.day[i], bucket) - r.first);
        if (c.actor[i] == a && c.HasTarget(i, b)) {
            ++r.a_to_b[k];
            r.a_to_b_severity[k] += c.severity[i];
        } else if (c.actor[i] == b && c.HasTarget(i, a)) {
            ++r.b_to_a[k];
            r.b_to_a_severity[k] += c.severity[i];
        }
    }
    return r;
}

Comparison Compare(const Dataset& ds, std::span<const EventIndex> selection, std::span<const CountryId> countries,
                   TimeBucket bucket) {
    Comparison cmp;
    for (CountryId c : countries) cmp.profiles.push_back(ProfileOf(ds, selection, c));
    for (size_t i = 0; i < countries.size(); ++i)
        for (size_t j = i + 1; j < countries.size(); ++j)
            cmp.pairs.push_back(ReciprocityOf(ds, selection, countries[i], countries[j], bucket));
    return cmp;
}

TimeBucket ChartBucket(int32_t first_day, int32_t last_day) {
    return YearIndex(last_day) - YearIndex(first_day) < 4 ? TimeBucket::Quarter : TimeBucket::Year;
}

CompareTimeline TimelineOf(const Dataset& ds, std::span<const EventIndex> selection, std::span<const CountryId> countries,
                           int32_t up_to_day) {
    CompareTimeline t;
    if (!selection.empty()) {
        const int32_t d0 = ds.cols.day[selection.front()], d1 = ds.cols.day[selection.back()];
        t.bucket = ChartBucket(d0, d1);
        t.first = BucketOf(d0, t.bucket);
        t.periods = static_cast<size_t>(BucketOf(d1, t.bucket) - t.first + 1);
    }
    for (CountryId c : countries) {
        CountryTimeline ct;
        ct.country = c;
        ct.taken.assign(t.periods * kMeasureCount, 0);
        ct.received.assign(t.periods * kMeasureCount, 0);
        ct.vendors.assign(ds.vendors.size(), 0);
        t.countries.push_back(std::move(ct));
    }
    for (size_t a = 0; a < t.countries.size(); ++a)
        for (size_t b = a + 1; b < t.countries.size(); ++b)
            t.pairs.push_back({a, b, std::vector<uint32_t>(t.periods, 0), std::vector<uint32_t>(t.periods, 0)});
    for (size_t k = 0; k < selection.size(); ++k)
        for (CountryTimeline& ct : t.countries)
            if (ds.cols.actor[selection[k]] == ct.country) ct.taken_at.push_back(k);
    MoveTimeline(ds, selection, t, up_to_day);
    return t;
}

void MoveTimeline(const Dataset& ds, std::span<const EventIndex> selection, CompareTimeline& t, int32_t up_to_day) {
    const size_t to = CountUpTo(ds, selection, up_to_day);
    if (to > t.counted) {
        AddToTimeline(ds, selection, t, t.counted, to, +1);
    } else if (to < t.counted) {
        if (t.counted - to <= to) {
            AddToTimeline(ds, selection, t, to, t.counted, -1);
        } else {  // going back most of the way (a loop wrap): counting from zero is less work
            for (CountryTimeline& ct : t.countries) {
                std::fill(ct.taken.begin(), ct.taken.end(), 0u);
                std::fill(ct.received.begin(), ct.received.end(), 0u);
                std::fill(ct.vendors.begin(), ct.vendors.end(), 0u);
            }
            for (PairTimeline& pair : t.pairs) {
                std::fill(pair.a_to_b.begin(), pair.a_to_b.end(), 0u);
                std::fill(pair.b_to_a.begin(), pair.b_to_a.end(), 0u);
            }
            AddToTimeline(ds, selection, t, 0, to, +1);
        }
    }
    t.counted = to;
}

uint32_t PeakOf(const CompareTimeline& t) {
    uint32_t peak = 0;
    for (const CountryTimeline& ct : t.countries)
        for (size_t p = 0; p < t.periods; ++p) {
            uint32_t taken = 0, received = 0;
            for (int m = 0; m < kMeasureCount; ++m) {
                taken += ct.Taken(p, m);
                received += ct.Received(p, m);
            }
            peak = std::max({peak, taken, received});
        }
    return peak;
}

uint32_t PairPeakOf(const CompareTimeline& t) {
    uint32_t peak = 0;
    for (const PairTimeline& pair : t.pairs)
        for (size_t p = 0; p < t.periods; ++p) peak = std::max({peak, pair.a_to_b[p], pair.b_to_a[p]});
    return peak;
}

CountryProfile ProfileAt(std::span<const EventIndex> selection, const CompareTimeline& t, size_t index) {
    const CountryTimeline& ct = t.countries[index];
    CountryProfile p;
    p.country = ct.country;
    p.taken_by_measure.assign(kMeasureCount, 0);
    p.received_by_measure.assign(kMeasureCount, 0);
    for (size_t period = 0; period < t.periods; ++period)
        for (int m = 0; m < kMeasureCount; ++m) {
            p.taken_by_measure[static_cast<size_t>(m)] += ct.Taken(period, m);
            p.received_by_measure[static_cast<size_t>(m)] += ct.Received(period, m);
        }
    for (int m = 0; m < kMeasureCount; ++m) {
        p.taken += p.taken_by_measure[static_cast<size_t>(m)];
        p.received += p.received_by_measure[static_cast<size_t>(m)];
    }
    for (size_t v = 0; v < ct.vendors.size(); ++v)
        if (ct.vendors[v]) p.vendors_targeted.emplace_back(static_cast<VendorId>(v), ct.vendors[v]);
    SortVendors(p);
    const auto end = std::lower_bound(ct.taken_at.begin(), ct.taken_at.end(), t.counted);
    if (end != ct.taken_at.begin()) {
        p.first_taken = selection[ct.taken_at.front()];
        p.latest_taken = selection[*std::prev(end)];
    }
    return p;
}

}  // namespace rift
