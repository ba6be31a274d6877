#pragma once
// Content files -> Project. Files that failed to load or validate are skipped
// by the caller; this stage reports only what it cannot interpret.
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "load/content.hpp"
#include "model/project.hpp"

namespace shnor::model {

// The region-level files (region, municipalities, people, catalogues,
// pages) -> a Project without schools, indexed.
Project build_region_project(const load::Content& content, diag::Sink& sink);

// The files of school `id` among content -> its School; nullopt when it has
// no usable school.yaml (reported unless that file's own error says it).
std::optional<School> build_school_files(const load::Content& content, const std::string& id,
                                         diag::Sink& sink);

// Everything at once (tests, tools).
Project build_project(const load::Content& content, diag::Sink& sink);

}  // namespace shnor::model
