// The current selection written back in the dataset format (events plus the vendors they name).
#pragma once
#include <span>
#include <string>

#include "core/dataset.h"

namespace rift {

// A self-contained dataset (schema 1.0, its own "vendors" array) that LoadDataset reads back unchanged;
// responds_to links to events outside the selection are dropped so the file validates on its own.
std::string ExportDatasetJson(const Dataset& ds, std::span<const EventIndex> selection);

}  // namespace rift
