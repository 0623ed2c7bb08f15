// Dataset JSON export.
#include "core/export.h"

#include <set>

#include "core/json_io.h"

namespace rift {

namespace {
// The vendors in `ids` (in that order), as an array's items, keys sorted.
template <typename Ids>
void WriteVendors(JsonWriter& w, const Dataset& ds, const Ids& ids) {
    for (VendorId v : ids) {
        const Vendor& vendor = ds.vendors[v];
        w.BeginObject();
        if (!vendor.aliases.empty()) w.Key("aliases").Strings(vendor.aliases);
        w.Field("country", ds.countries[vendor.country]).Field("id", vendor.id).Field("name", vendor.name);
        if (vendor.parent) w.Field("parent", ds.vendors[*vendor.parent].id);
        w.Key("sectors").Strings(vendor.sectors);
        if (!vendor.website.empty()) w.Field("website", vendor.website);
        w.EndObject();
    }
}

std::string Schema(const Dataset& ds) { return ds.schema.empty() ? std::string("1.0") : ds.schema; }
}  // namespace

// Indented by one space, every object's keys in sorted order (as nlohmann's dump(1) wrote them).
std::string ExportDatasetJson(const Dataset& ds, std::span<const EventIndex> selection) {
    const std::set<EventIndex> in(selection.begin(), selection.end());
    std::set<VendorId> used;
    JsonWriter w(1);
    w.BeginObject().Key("events").BeginArray();
    for (EventIndex i : selection) {
        const Event& e = ds.events[i];
        w.BeginObject();
        w.Field("actor", ds.countries[e.actor]);
        std::vector<std::string> aliases;
        for (const auto& [alias, id] : ds.event_aliases)
            if (id == e.id.view()) aliases.push_back(alias);
        if (!aliases.empty()) w.Key("aliases").Strings(aliases);
        w.Field("date", FormatDate(e.date));
        if (!e.date_note.empty()) w.Field("date_note", e.date_note.view());
        if (e.effective) w.Field("effective", FormatDate(*e.effective));
        if (e.ends) w.Field("ends", FormatDate(*e.ends));
        w.Field("id", e.id.view()).Field("measure", Name(e.measure));
        bool links = false;
        for (EventIndex r : e.responds_to) {
            if (!in.count(r)) continue;
            if (!links) w.Key("responds_to").BeginArray();
            links = true;
            w.String(ds.events[r].id.view());
        }
        if (links) w.EndArray();
        w.Field("sector", Name(e.sector)).Key("severity").Uint(e.severity);
        w.Key("sources").BeginArray();
        for (const Source& s : e.sources) {
            w.BeginObject();
            if (!s.date.empty()) w.Field("date", s.date);
            w.Field("publisher", s.publisher).Field("title", s.title).Field("url", s.url).EndObject();
        }
        w.EndArray();
        w.Field("status", Name(e.status)).Field("summary", e.summary.view());
        if (!e.summary_de.empty()) w.Field("summary_de", e.summary_de.view());
        w.Key("targets").BeginArray();
        for (CountryId t : e.targets) w.String(ds.countries[t]);
        w.EndArray();
        w.Field("title", e.title.view());
        if (!e.title_de.empty()) w.Field("title_de", e.title_de.view());
        if (e.TargetedCount() < e.vendors.size()) {
            w.Key("vendor_roles").BeginObject();
            for (size_t k = e.TargetedCount(); k < e.vendors.size(); ++k)
                w.Field(ds.vendors[e.vendors[k]].id, Name(e.RoleOf(k)));
            w.EndObject();
        }
        w.Key("vendors").BeginArray();
        for (VendorId v : e.vendors) {
            w.String(ds.vendors[v].id);
            for (VendorId f = v;; f = *ds.vendors[f].parent) {  // a vendor's parents travel with it
                used.insert(f);
                if (!ds.vendors[f].parent) break;
            }
        }
        w.EndArray().EndObject();
    }
    w.EndArray();
    w.Field("schema", Schema(ds));
    w.Key("vendors").BeginArray();
    WriteVendors(w, ds, used);
    w.EndArray().Field("version", ds.version).EndObject();
    return w.Take();
}

std::string ExportVendorsJson(const Dataset& ds) {
    std::vector<VendorId> all(ds.vendors.size());
    for (VendorId v = 0; v < all.size(); ++v) all[v] = v;
    JsonWriter w(1);
    w.BeginObject().Field("schema", Schema(ds)).Key("vendors").BeginArray();
    WriteVendors(w, ds, all);
    w.EndArray().EndObject();
    return w.Take();
}

}  // namespace rift
