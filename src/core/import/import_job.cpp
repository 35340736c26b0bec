// import_job.cpp — placeholder until the importer lands: fails with a clear message.
#include "core/import/import.hpp"

#include "core/pipeline/analysis.hpp"

namespace sv {
namespace {

class PendingImportJob final : public Job {
public:
    StepResult step(double) override {
        error_ = make_error("not_available", "this build cannot read comment exports yet",
                            "use a build that includes the importer");
        return StepResult::failed;
    }
    Progress progress() const override { return {"import", 0, 0}; }
};

} // namespace

std::unique_ptr<Job> make_import_job(Analysis&, std::vector<char>, const ImportOptions&) {
    return std::make_unique<PendingImportJob>();
}

} // namespace sv
