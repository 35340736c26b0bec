// pseudonymise.hpp — replaces author names by stable salted pseudonyms ("person-3f9a0c12d4e1").
//
// Optional at import (the welcome screen's switch, loadFile(name, bytes, {pseudonymise: true})). The salt is
// random per case (generated locally by the platform, stored only in the case), so:
//   - within a case the same name always gets the same pseudonym (re-imports into the case keep them);
//   - across cases (different salts) the pseudonyms of one person differ, so cases cannot be joined;
//   - author ids stay the same: replies, threads and every analytic keyed by author still line up.
// Two names that would hash to the same pseudonym get a "-2", "-3"... suffix, so authors never merge.
// What is NOT changed: names written inside comment texts (@mentions) and extra columns; excerpts of
// rejected rows in the import report are dropped, because they are raw input lines.
#pragma once
#include "core/pipeline/analysis.hpp"
#include "core/pipeline/job.hpp"

#include <memory>

#include <string>
#include <string_view>

namespace sv {

// The pseudonym of one name under `salt` (without the collision suffix).
std::string pseudonym(std::string_view name, std::string_view salt);

// Replaces every author name of `analysis` by its pseudonym and drops raw-line excerpts from the import
// report. Returns the number of authors renamed.
size_t pseudonymise_authors(Analysis& analysis, std::string_view salt);

// The "pseudonymise" phase of AnalyzeJob (AnalyzeOptions::pseudonymise_salt): one step, right after import.
std::unique_ptr<Job> make_pseudonymise_job(Analysis& analysis, std::string salt);

// Hex text of bytes (for showing or storing a salt).
std::string to_hex(std::string_view bytes);

} // namespace sv
