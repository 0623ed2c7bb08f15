// Atom feeds: the feeds a dataset has, the events in each (the explorer's own filter) and their Atom XML.
#include "core/feed.h"

#include <algorithm>
#include <array>
#include <map>

#include "core/cite.h"
#include "core/countries.h"
#include "core/load.h"
#include "core/release.h"
#include "core/url_state.h"

namespace rift {

namespace {

// SHA-1 (FIPS 180-4), for name-based UUIDs only: ids, not security.
std::array<uint8_t, 20> Sha1(std::string_view data) {
    uint32_t h[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
    std::string msg(data);
    const uint64_t bits = static_cast<uint64_t>(data.size()) * 8;
    msg += static_cast<char>(0x80);
    while (msg.size() % 64 != 56) msg += '\0';
    for (int k = 7; k >= 0; --k) msg += static_cast<char>((bits >> (8 * k)) & 0xFF);
    auto rotl = [](uint32_t x, int n) { return (x << n) | (x >> (32 - n)); };
    for (size_t block = 0; block < msg.size(); block += 64) {
        uint32_t w[80];
        for (int t = 0; t < 16; ++t)
            w[t] = static_cast<uint32_t>(static_cast<uint8_t>(msg[block + 4 * t])) << 24 |
                   static_cast<uint32_t>(static_cast<uint8_t>(msg[block + 4 * t + 1])) << 16 |
                   static_cast<uint32_t>(static_cast<uint8_t>(msg[block + 4 * t + 2])) << 8 |
                   static_cast<uint32_t>(static_cast<uint8_t>(msg[block + 4 * t + 3]));
        for (int t = 16; t < 80; ++t) w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int t = 0; t < 80; ++t) {
            uint32_t f, k;
            if (t < 20) {
                f = (b & c) | (~b & d);
                k = 0x5A827999u;
            } else if (t < 40) {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1u;
            } else if (t < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDCu;
            } else {
                f = b ^ c ^ d;
                k = 0xCA62C1D6u;
            }
            const uint32_t temp = rotl(a, 5) + f + e + k + w[t];
            e = d;
            d = c;
            c = rotl(b, 30);
            b = a;
            a = temp;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
    }
    std::array<uint8_t, 20> out{};
    for (int i = 0; i < 20; ++i) out[i] = static_cast<uint8_t>(h[i / 4] >> (24 - 8 * (i % 4)));
    return out;
}

std::string Rfc3339(int32_t day) { return FormatDay(day) + "T00:00:00Z"; }

std::string CountryNameOf(std::string_view code) {
    const CountryName* c = FindCountry(code);
    return std::string(c ? c->en : code);
}

std::string Words(std::string_view name) {  // procurement_ban -> procurement ban
    std::string out(name);
    std::replace(out.begin(), out.end(), '_', ' ');
    return out;
}

// "../" once per folder between the feed's file and the page.
std::string UpToPage(std::string_view path) {
    std::string out;
    for (char c : path)
        if (c == '/') out += "../";
    return out;
}

// The events of a feed, newest first, at most `max`.
std::vector<EventIndex> FeedEvents(const Dataset& ds, const FeedRef& feed, size_t max, size_t& total) {
    const std::vector<EventIndex> all = Filter(ds, FeedFilter(ds, feed));
    total = all.size();
    std::vector<EventIndex> out(all.rbegin(), all.rbegin() + static_cast<std::ptrdiff_t>(std::min(max, all.size())));
    return out;
}

std::string FeedTitle(const Dataset& ds, const FeedRef& feed) {
    switch (feed.kind) {
        case FeedKind::All:
            return "Rift: state measures against technology vendors";
        case FeedKind::Actor:
            return "Rift: measures by " + CountryNameOf(ds.countries[feed.actor]);
        case FeedKind::Family:
            return "Rift: measures naming " + ds.vendors[feed.vendor].name +
                   (ds.FamilyOf(feed.vendor).size() > 1 ? " or its products and subsidiaries" : "");
    }
    return {};
}

// The entry's readable body: what, who against whom, which vendors, the summary and the sources as links.
std::string EntryHtml(const Dataset& ds, const Event& e) {
    std::string who = XmlEscape(CountryNameOf(ds.countries[e.actor]));
    for (size_t k = 0; k < e.targets.size(); ++k)
        who += (k ? ", " : " \u2192 ") + XmlEscape(CountryNameOf(ds.countries[e.targets[k]]));
    std::string html = "<p>" + XmlEscape(FormatDate(e.date)) + " \u00B7 " + who + " \u00B7 " +
                       XmlEscape(Words(Name(e.measure))) + ", " + XmlEscape(Words(Name(e.status))) + "</p>";
    if (!e.vendors.empty()) {
        html += "<p>Vendors: ";
        for (size_t k = 0; k < e.vendors.size(); ++k) {
            html += (k ? ", " : "") + XmlEscape(ds.vendors[e.vendors[k]].name);
            if (e.RoleOf(k) == VendorRole::Defended) html += " (defended)";
            if (e.RoleOf(k) == VendorRole::Mentioned) html += " (mentioned)";
        }
        html += "</p>";
    }
    if (!e.summary.empty()) html += "<p>" + XmlEscape(e.summary) + "</p>";
    if (!e.sources.empty()) {
        html += "<p>Sources:</p><ul>";
        for (const Source& s : e.sources) {
            std::string label = XmlEscape(s.publisher + ": " + s.title);
            if (IsHttpUrl(s.url)) label = "<a href=\"" + XmlEscape(s.url) + "\">" + label + "</a>";
            html += "<li>" + label + (s.date.empty() ? "" : " (" + XmlEscape(s.date) + ")") + "</li>";
        }
        html += "</ul>";
    }
    return html;
}

}  // namespace

std::string XmlEscape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            switch (b) {
                case '&':
                    out += "&amp;";
                    break;
                case '<':
                    out += "&lt;";
                    break;
                case '>':
                    out += "&gt;";
                    break;
                case '"':
                    out += "&quot;";
                    break;
                default:
                    if (b >= 0x20 || b == '\t' || b == '\n' || b == '\r') out += static_cast<char>(b);
            }
            ++i;
            continue;
        }
        // One multi-byte character: kept when well-formed and allowed, else U+FFFD for its first byte.
        const size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        const std::string_view ch = text.substr(i, n);
        if (n == 1 || ch.size() < n || InvalidUtf8At(ch) != std::string_view::npos) {
            out += "\uFFFD";
            ++i;
            continue;
        }
        if (ch != "\uFFFE" && ch != "\uFFFF") out += ch;
        i += n;
    }
    return out;
}

std::string NameUuid(std::string_view name) {
    // The URL namespace of RFC 4122, appendix C: 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
    static constexpr uint8_t kUrlNamespace[16] = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                                  0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    std::string input(reinterpret_cast<const char*>(kUrlNamespace), 16);
    input += name;
    std::array<uint8_t, 20> h = Sha1(input);
    h[6] = static_cast<uint8_t>((h[6] & 0x0F) | 0x50);  // version 5
    h[8] = static_cast<uint8_t>((h[8] & 0x3F) | 0x80);  // the RFC 4122 variant
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += kHex[h[i] >> 4];
        out += kHex[h[i] & 0x0F];
    }
    return out;
}

std::string FeedPath(const Dataset& ds, const FeedRef& feed) {
    switch (feed.kind) {
        case FeedKind::All:
            return "feeds/all.atom";
        case FeedKind::Actor:
            return "feeds/actor/" + ds.countries[feed.actor] + ".atom";
        case FeedKind::Family:
            return "feeds/vendor/" + ds.vendors[feed.vendor].id + ".atom";
    }
    return {};
}

FilterSpec FeedFilter(const Dataset& ds, const FeedRef& feed) {
    FilterSpec spec;
    if (feed.kind == FeedKind::Actor) spec.actors = {ds.countries[feed.actor]};
    if (feed.kind == FeedKind::Family) spec.vendors = {ds.vendors[feed.vendor].id};
    return spec;
}

std::vector<FeedRef> AllFeeds(const Dataset& ds) {
    std::vector<FeedRef> feeds = {FeedRef{}};
    std::vector<uint8_t> actor(ds.countries.size(), 0), family(ds.vendors.size(), 0);
    for (size_t i = 0; i < ds.size(); ++i) {
        actor[ds.cols.actor[i]] = 1;
        for (VendorId v : ds.cols.VendorsOf(i)) family[ds.RootOf(v)] = 1;
    }
    std::vector<FeedRef> actors, families;
    for (CountryId c = 0; c < actor.size(); ++c)
        if (actor[c]) actors.push_back(FeedRef{FeedKind::Actor, c, 0});
    for (VendorId v = 0; v < family.size(); ++v)
        if (family[v]) families.push_back(FeedRef{FeedKind::Family, 0, v});
    std::sort(actors.begin(), actors.end(),
              [&](const FeedRef& a, const FeedRef& b) { return ds.countries[a.actor] < ds.countries[b.actor]; });
    std::sort(families.begin(), families.end(),
              [&](const FeedRef& a, const FeedRef& b) { return ds.vendors[a.vendor].id < ds.vendors[b.vendor].id; });
    feeds.insert(feeds.end(), actors.begin(), actors.end());
    feeds.insert(feeds.end(), families.begin(), families.end());
    return feeds;
}

std::vector<FeedRef> FeedsOfEvent(const Dataset& ds, EventIndex event) {
    const Event& e = ds.events[event];
    std::vector<FeedRef> feeds = {FeedRef{FeedKind::Actor, e.actor, 0}};
    for (VendorId v : e.vendors) {
        const FeedRef family{FeedKind::Family, 0, ds.RootOf(v)};
        if (std::find(feeds.begin(), feeds.end(), family) == feeds.end()) feeds.push_back(family);
    }
    return feeds;
}

std::vector<int32_t> EventUpdatedDays(const Dataset& ds, const Snapshot& content, const ReleaseRecord& record,
                                      int32_t unreleased_day) {
    // Each id's hash and day as the record last set them.
    std::map<std::string, std::pair<uint64_t, int32_t>, std::less<>> last;
    for (const Release& r : record.releases) {
        const auto day = ParseDate(r.date);
        if (!day) continue;  // ParseReleaseRecord checked the dates
        for (const auto& [id, hash] : r.set) last[id] = {hash, day->day};
    }
    std::vector<int32_t> out(ds.size(), unreleased_day);
    for (size_t i = 0; i < ds.size(); ++i) {
        const std::string_view id = ds.events[i].id.view();
        const auto have = content.events.find(std::string(id));
        const auto set = last.find(id);
        if (have != content.events.end() && set != last.end() && set->second.first == have->second.hash)
            out[i] = set->second.second;
    }
    return out;
}

std::string WriteAtomFeed(const Dataset& ds, const FeedRef& feed, const FeedContext& context) {
    const std::string path = FeedPath(ds, feed);
    const std::string page = context.page_url.empty() ? UpToPage(path) : context.page_url;
    size_t total = 0;
    const std::vector<EventIndex> events = FeedEvents(ds, feed, context.max_entries, total);
    auto updated = [&](EventIndex i) {
        return i < context.updated.size() ? context.updated[i] : ds.events[i].date.day;
    };
    int32_t feed_updated = context.release_day;
    if (!events.empty()) {
        feed_updated = updated(events[0]);
        for (EventIndex i : events) feed_updated = std::max(feed_updated, updated(i));
    }

    ViewState view;
    view.filter = FeedFilter(ds, feed);
    const std::string view_url = ToUrl(view);
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
                      "xml:lang=\"en\">\n";
    out += "  <id>urn:uuid:" + NameUuid("rift:" + path) + "</id>\n";
    out += "  <title>" + XmlEscape(FeedTitle(ds, feed)) + "</title>\n";
    const std::string count = total == 1 ? "1 event" : std::to_string(total) + " events";
    out += "  <subtitle>" +
           XmlEscape((events.size() < total ? "The " + std::to_string(events.size()) + " newest of " + count
                                            : "All " + count) +
                     " of Rift's dataset release " + ds.version + ", newest first, each with its sources.") +
           "</subtitle>\n";
    out += "  <updated>" + Rfc3339(feed_updated) + "</updated>\n";
    out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" +
           XmlEscape(view_url.empty() ? page : page + "#" + view_url) + "\"/>\n";
    if (!context.page_url.empty()) {
        const std::string folder = context.page_url.substr(0, context.page_url.rfind('/') + 1);
        out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + XmlEscape(folder + path) + "\"/>\n";
    }
    out += "  <author><name>" + XmlEscape(kDatasetAuthors) + "</name></author>\n";
    out += "  <rights>Data: CC BY 4.0, " + XmlEscape(kDatasetAuthors) + "</rights>\n";
    out += "  <generator>Rift</generator>\n";
    for (EventIndex i : events) {
        const Event& e = ds.events[i];
        out += "  <entry>\n";
        out += "    <id>urn:uuid:" + NameUuid("rift:event:" + e.id.str()) + "</id>\n";
        out += "    <title>" + XmlEscape(e.title) + "</title>\n";
        out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" +
               XmlEscape(EventPermalink(page, e.id.view())) + "\"/>\n";
        for (const Source& s : e.sources)
            if (IsHttpUrl(s.url))
                out += "    <link rel=\"related\" type=\"text/html\" href=\"" + XmlEscape(s.url) + "\" title=\"" +
                       XmlEscape(s.publisher + ": " + s.title) + "\"/>\n";
        if (e.date.precision == Precision::Day) out += "    <published>" + Rfc3339(e.date.day) + "</published>\n";
        out += "    <updated>" + Rfc3339(updated(i)) + "</updated>\n";
        const std::string actor = ds.countries[e.actor];
        out += "    <category term=\"" + XmlEscape(actor) + "\" label=\"" + XmlEscape(CountryNameOf(actor)) + "\"/>\n";
        out += "    <category term=\"" + XmlEscape(Name(e.measure)) + "\" label=\"" + XmlEscape(Words(Name(e.measure))) +
               "\"/>\n";
        if (!e.summary.empty()) out += "    <summary>" + XmlEscape(e.summary) + "</summary>\n";
        out += "    <content type=\"html\">" + XmlEscape(EntryHtml(ds, e)) + "</content>\n";
        out += "  </entry>\n";
    }
    return out + "</feed>\n";
}

}  // namespace rift
