// Vocabulary look-ups and the ranking of measures by how strongly they restrict a vendor.
#include "core/vocab.h"

namespace rift {

std::optional<int> VocabIndex(std::span<const std::string_view> names, std::string_view name) {
    for (size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) return static_cast<int>(i);
    return std::nullopt;
}

int RestrictionStrength(Measure m) {
    switch (m) {
        case Measure::ExportControl: return 9;
        case Measure::Sanctions: return 9;
        case Measure::EntityListing: return 8;
        case Measure::DivestmentOrder: return 8;
        case Measure::EquipmentRemoval: return 7;
        case Measure::AppBan: return 7;
        case Measure::ImportRestriction: return 6;
        case Measure::UsageBan: return 5;
        case Measure::ProcurementBan: return 4;
        case Measure::SecurityReview: return 3;
        case Measure::Indictment: return 2;
        case Measure::VisaRestriction: return 1;
        case Measure::Accusation: return 1;
        case Measure::Diplomatic: return 0;
        case Measure::Other: return 1;
    }
    return 0;
}

}  // namespace rift
