// The current selection written back in the dataset format (events plus the vendors they name).
#pragma once
#include <span>
#include <string>

#include "core/dataset.h"

namespace rift {

// A self-contained dataset (schema 1.0, its own "vendors" array) that LoadDataset reads back unchanged;
// responds_to links to events outside the selection are dropped so the file validates on its own.
std::string ExportDatasetJson(const Dataset& ds, std::span<const EventIndex> selection);

// Every vendor of `ds` as a vendors file (the shape of data/vendors.json: schema and vendors, each with its aliases
// and parent), which LoadDataset reads with the events `ds` came from to the same vendors. The page's first-view
// snapshot carries the vendors, so the page does not download the vendor list: the app writes it this way when own
// files or the full data need it.
std::string ExportVendorsJson(const Dataset& ds);

}  // namespace rift
