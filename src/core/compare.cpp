// Country profiles and pairwise reciprocity.
#include "core/compare.h"

#include <algorithm>

namespace rift {

namespace {
bool HasTarget(const Columns& c, EventIndex i, CountryId t) {
    for (uint32_t k = c.target_begin[i]; k < c.target_begin[i + 1]; ++k)
        if (c.targets[k] == t) return true;
    return false;
}
}  // namespace

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
            for (uint32_t k = c.vendor_begin[i]; k < c.vendor_begin[i + 1]; ++k) ++vendor_counts[c.vendors[k]];
        }
        if (HasTarget(c, i, country)) {
            ++p.received;
            ++p.received_by_measure[c.measure[i]];
        }
    }
    for (VendorId v = 0; v < vendor_counts.size(); ++v)
        if (vendor_counts[v]) p.vendors_targeted.emplace_back(v, vendor_counts[v]);
    std::stable_sort(p.vendors_targeted.begin(), p.vendors_targeted.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
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
        if (c.actor[i] == a && HasTarget(c, i, b)) {
            ++r.a_to_b[k];
            r.a_to_b_severity[k] += c.severity[i];
        } else if (c.actor[i] == b && HasTarget(c, i, a)) {
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

}  // namespace rift
