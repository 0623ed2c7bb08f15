// libFuzzer target: the binary snapshot reader (core/packed; the page's data/events.first.bin) on arbitrary bytes.
// Half the inputs go in as they are (almost all refused by the magic or the check); the other half become the payload
// of a snapshot with a correct header and check, so the reader's own checks meet every shape of payload. Whatever is
// accepted must be usable (filters, families, lookups) and pack to bytes that read back the same. When the first
// byte's second bit is set, the rest is instead a titles file (data/events.titles.txt) for a small snapshot of three
// events: accepted, it must give every event a title and write back as the same text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/filter.h"
#include "core/packed.h"

namespace {

void Check(bool ok, const char* what) {
    if (!ok) {
        __builtin_printf("fuzz_packed: property violated: %s\n", what);
        std::abort();
    }
}

rift::Limits SmallLimits() {
    rift::Limits l;
    l.max_bytes = 1u << 16;
    l.max_events = 200;
    l.max_string = 512;
    return l;
}

// Three untitled events ("a", "b", "c"), as the page's first view has them.
const std::string& Untitled() {
    static const std::string bytes = [] {
        rift::Dataset ds;
        ds.version = "fuzz";
        ds.partial = true;
        const rift::CountryId us = ds.InternCountry("US");
        for (const char* id : {"a", "b", "c"}) {
            rift::Event e;
            e.id = id;
            e.date = rift::Date{19000, rift::Precision::Day};
            e.actor = us;
            ds.events.push_back(std::move(e));
        }
        ds.Finalize();
        return rift::PackDataset(ds);
    }();
    return bytes;
}

void Titles(std::string_view text) {
    if (text.empty()) return;  // no titles: the snapshot as it is
    const rift::LoadResult r = rift::UnpackDataset(Untitled(), SmallLimits(), text);
    Check(r.ok() != !r.problems.empty(), "titles: either a dataset or one problem");
    Check(r.problems.size() <= 1, "titles: one problem at most");
    for (const rift::Problem& p : r.problems)
        Check(rift::InvalidUtf8At(rift::FormatProblem(p)) == std::string_view::npos, "titles: the problem's text is UTF-8");
    if (!r.ok()) return;
    for (const rift::Event& e : r.dataset->events) Check(!e.title.empty(), "titles: every event has one");
    Check(rift::PackTitles(*r.dataset) == text, "titles: they write back as the same text");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (data[0] & 2) {
        Titles(rest);
        return 0;
    }
    const std::string bytes = data[0] & 1 ? rift::WithPackHeader(rest) : std::string(rest);
    const rift::LoadResult r = rift::UnpackDataset(bytes, SmallLimits());
    Check(r.ok() != !r.problems.empty(), "either a dataset or one problem");
    Check(r.problems.size() <= 1, "one problem at most");
    for (const rift::Problem& p : r.problems)
        Check(rift::InvalidUtf8At(rift::FormatProblem(p)) == std::string_view::npos, "the problem's text is UTF-8");
    if (!r.ok()) return 0;
    const rift::Dataset& ds = *r.dataset;
    // Usable: a filter over everything, each vendor's family and root, each event found by its id.
    Check(rift::Filter(ds, rift::FilterSpec{}).size() == ds.size(), "the empty filter keeps every event");
    for (rift::VendorId v = 0; v < ds.vendors.size(); ++v) {
        Check(!ds.FamilyOf(v).empty(), "a vendor is in its own family");
        Check(ds.RootOf(v) < ds.vendors.size(), "a root is a vendor");
    }
    for (rift::EventIndex i = 0; i < ds.size(); ++i) Check(ds.FindEvent(ds.events[i].id).has_value(), "ids are found");
    // Packing what was read reads back, and packs to the same bytes from then on.
    const std::string packed = rift::PackDataset(ds);
    const rift::LoadResult again = rift::UnpackDataset(packed, SmallLimits());
    Check(again.ok(), "a packed dataset reads back");
    Check(rift::PackDataset(*again.dataset) == packed, "packing is stable");
    return 0;
}
