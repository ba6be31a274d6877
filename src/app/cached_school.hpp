#pragma once
// A school job with the build cache in front of it: an unchanged school
// reuses its previous outputs and summary; a changed one runs and is stored.
#include <cstdint>
#include <optional>

#include "app/school_job.hpp"
#include "cache/build_cache.hpp"

namespace shnor::app {

SchoolOutcome run_cached_school(const RegionContext& ctx, const cache::BuildCache& cache,
                                std::uint64_t shared_key, const std::string& id,
                                std::vector<load::ContentFile> files,
                                render::SchoolRenderer& renderer, write::OutputSink& out);

// School id's open-data fragments: from its outcome, else from the cache.
// nullopt: neither has them (the cache was damaged during the build).
std::optional<render::SchoolData> school_data(const SchoolOutcome& outcome,
                                              const cache::BuildCache* cache,
                                              const std::string& id);

// A 64-bit digest of the school's open-data rows, without reading them:
// the cache's data_hash, or, for rows kept in memory, a hash of them.
std::uint64_t data_digest(const SchoolOutcome& outcome);

}  // namespace shnor::app
