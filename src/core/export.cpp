// Dataset JSON export.
#include "core/export.h"

#include <nlohmann/json.hpp>
#include <set>

namespace rift {

std::string ExportDatasetJson(const Dataset& ds, std::span<const EventIndex> selection) {
    using nlohmann::json;
    const std::set<EventIndex> in(selection.begin(), selection.end());
    std::set<VendorId> used;
    json events = json::array();
    for (EventIndex i : selection) {
        const Event& e = ds.events[i];
        json j;
        j["id"] = e.id.str();
        j["date"] = FormatDate(e.date);
        if (e.effective) j["effective"] = FormatDate(*e.effective);
        if (e.ends) j["ends"] = FormatDate(*e.ends);
        j["actor"] = ds.countries[e.actor];
        j["targets"] = json::array();
        for (CountryId t : e.targets) j["targets"].push_back(ds.countries[t]);
        j["vendors"] = json::array();
        for (VendorId v : e.vendors) {
            j["vendors"].push_back(ds.vendors[v].id);
            used.insert(v);
        }
        j["measure"] = std::string(Name(e.measure));
        j["sector"] = std::string(Name(e.sector));
        j["status"] = std::string(Name(e.status));
        j["title"] = e.title.str();
        j["summary"] = e.summary.str();
        j["sources"] = json::array();
        for (const Source& s : e.sources)
            j["sources"].push_back({{"url", s.url}, {"publisher", s.publisher}, {"title", s.title}, {"date", s.date}});
        json links = json::array();
        for (EventIndex r : e.responds_to)
            if (in.count(r)) links.push_back(ds.events[r].id.str());
        if (!links.empty()) j["responds_to"] = links;
        j["severity"] = e.severity;
        events.push_back(std::move(j));
    }
    json vendors = json::array();
    for (VendorId v : used) {
        const Vendor& vendor = ds.vendors[v];
        json j = {{"id", vendor.id}, {"name", vendor.name}, {"country", ds.countries[vendor.country]},
                          {"sectors", vendor.sectors}};
        if (!vendor.website.empty()) j["website"] = vendor.website;
        vendors.push_back(std::move(j));
    }
    json doc;
    doc["schema"] = ds.schema.empty() ? "1.0" : ds.schema;
    doc["version"] = ds.version;
    doc["vendors"] = std::move(vendors);
    doc["events"] = std::move(events);
    return doc.dump(1);
}

}  // namespace rift
