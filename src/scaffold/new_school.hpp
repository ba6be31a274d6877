#pragma once
// `shnor new school ID --municipality M`: the school's folder with its
// passport and diagnostics, every field commented from the schemas.
#include <string>

#include "scaffold/plan.hpp"

namespace shnor::scaffold {

Plan new_school(const Input& in, const std::string& id, const std::string& municipality);

// Curators of a year (people.yaml), sorted; all curators when none has it.
std::vector<std::string> curators_of(const model::Project& p, int year);

}  // namespace shnor::scaffold
