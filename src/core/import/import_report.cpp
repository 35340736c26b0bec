#include "core/import/import_report.hpp"

namespace sv {

void ImportReport::reject(Error e) {
    ++rows_rejected;
    ++rejects_by_kind[e.kind];
    if (rejects.size() < kMaxRejectExamples) rejects.push_back(std::move(e));
}

} // namespace sv
