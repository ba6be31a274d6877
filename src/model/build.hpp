#pragma once
// Content files -> Project. Files that failed to load or validate are skipped
// by the caller; this stage reports only what it cannot interpret.
#include "diag/diagnostic.hpp"
#include "load/content.hpp"
#include "model/project.hpp"

namespace shnor::model {

Project build_project(const load::Content& content, diag::Sink& sink);

}  // namespace shnor::model
