// The dataset's fixed vocabularies: measure types, sectors and statuses, with their schema names.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace rift {

enum class Measure : uint8_t {
    ProcurementBan, UsageBan, EquipmentRemoval, EntityListing, ExportControl, ImportRestriction,
    SecurityReview, Indictment, Sanctions, AppBan, VisaRestriction, Accusation, DivestmentOrder,
    Diplomatic, Other
};
enum class Sector : uint8_t {
    Government, Finance, Telecom, Consumer, Defense, Semiconductors, CriticalInfrastructure, General
};
enum class Status : uint8_t { Announced, Enacted, Reported, Proposed, Revoked };
// What an event does to a vendor it names: the measure is aimed at it, or the acting state speaks for it (a protest
// on its behalf), or it is only mentioned (a beneficiary, a go-between). Only targeted vendors count as "against".
enum class VendorRole : uint8_t { Targeted, Defended, Mentioned };

inline constexpr std::array<std::string_view, 15> kMeasureNames = {
    "procurement_ban", "usage_ban", "equipment_removal", "entity_listing", "export_control",
    "import_restriction", "security_review", "indictment", "sanctions", "app_ban",
    "visa_restriction", "accusation", "divestment_order", "diplomatic", "other"};
// The measure types in plain English (spreadsheet columns, the interface in English).
inline constexpr std::array<std::string_view, 15> kMeasureLabels = {
    "Procurement ban", "Usage ban", "Equipment removal", "Entity listing", "Export control", "Import restriction",
    "Security review", "Indictment", "Sanctions", "App ban", "Visa restriction", "Accusation", "Divestment order",
    "Diplomatic", "Other"};
inline constexpr std::array<std::string_view, 8> kSectorNames = {
    "government", "finance", "telecom", "consumer", "defense", "semiconductors",
    "critical_infrastructure", "general"};
inline constexpr std::array<std::string_view, 5> kStatusNames = {"announced", "enacted", "reported",
                                                                   "proposed", "revoked"};
inline constexpr std::array<std::string_view, 3> kVendorRoleNames = {"targeted", "defended", "mentioned"};
inline constexpr std::array<std::string_view, 14> kVendorSectorNames = {
    "telecom", "consumer", "semiconductors", "software", "security", "surveillance", "cloud",
    "ai", "social_media", "drones", "finance", "energy", "transport", "other"};

inline constexpr int kMeasureCount = static_cast<int>(kMeasureNames.size());
inline constexpr int kSectorCount = static_cast<int>(kSectorNames.size());
inline constexpr int kStatusCount = static_cast<int>(kStatusNames.size());

// Index of `name` in `names`, or std::nullopt.
std::optional<int> VocabIndex(std::span<const std::string_view> names, std::string_view name);

template <typename E, size_t N>
std::optional<E> ParseVocab(const std::array<std::string_view, N>& names, std::string_view name) {
    if (auto i = VocabIndex(names, name)) return static_cast<E>(*i);
    return std::nullopt;
}

inline std::string_view Name(Measure m) { return kMeasureNames[static_cast<size_t>(m)]; }
inline std::string_view Name(Sector s) { return kSectorNames[static_cast<size_t>(s)]; }
inline std::string_view Name(Status s) { return kStatusNames[static_cast<size_t>(s)]; }
inline std::string_view Name(VendorRole r) { return kVendorRoleNames[static_cast<size_t>(r)]; }

// Measures that restrict a vendor in a market (used by the vendor matrix to rank "strongest").
// Higher is stronger; 0 means the measure does not restrict a vendor by itself.
int RestrictionStrength(Measure m);

}  // namespace rift
