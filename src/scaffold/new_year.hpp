#pragma once
// `shnor new year YEAR`: starts the next programme year from the last one.
// Carries over the year in region.yaml (its order to fill in), the
// catalogue (same factor ids, so no `replaces`), the participation of every
// school that continues (not those that left) — which is the new order's list
// of schools — and each unfinished measure into a new document of the year
// with its history (`carried_from`). What a person must decide is marked TODO.
#include "scaffold/plan.hpp"

namespace shnor::scaffold {

Plan new_year(const Input& in, int year);

// The part for one continuing school's documents (scaffold/carry_measures.cpp):
// adds schools/<id>/<year>/<doc>.yaml for each document of year - 1 with
// measures that are neither done nor cancelled.
void carry_measures(const model::School& school, int year, Plan& plan);

// Adds the year to `years` in people.yaml for everyone who served in year - 1
// (scaffold/carry_people.cpp); false when a list cannot be edited as text.
bool carry_people(const Input& in, int year, Plan& plan);

}  // namespace shnor::scaffold
