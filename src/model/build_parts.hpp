#pragma once
// One builder per content file kind; internal to model/.
#include <algorithm>

#include "diag/diagnostic.hpp"
#include "load/content.hpp"
#include "model/project.hpp"

namespace shnor::model {

void build_region(const load::ContentFile& f, Project& p, diag::Sink& sink);
void build_municipalities(const load::ContentFile& f, Project& p, diag::Sink& sink);
void build_people(const load::ContentFile& f, Project& p, diag::Sink& sink);
void build_catalogue(const load::ContentFile& f, Project& p, diag::Sink& sink);
void build_school(const load::ContentFile& f, School& s, diag::Sink& sink);
void build_diagnostics(const load::ContentFile& f, School& s, diag::Sink& sink);
void build_document(const load::ContentFile& f, School& s, diag::Sink& sink);
void build_measurements(const load::ContentFile& f, School& s, diag::Sink& sink);
void build_page(const load::ContentFile& f, Project& p, diag::Sink& sink);
// model/build_records.cpp
void build_visits(const load::ContentFile& f, School& s, diag::Sink& sink);
void build_results(const load::ContentFile& f, School& s, diag::Sink& sink);
void build_leaders(const load::ContentFile& f, Project& p, diag::Sink& sink);
void build_partnerships(const load::ContentFile& f, Project& p, diag::Sink& sink);
void build_practice(const load::ContentFile& f, Project& p, diag::Sink& sink);
class Reader;
// A list of {title, url} maps (measure evidence, practice links).
std::vector<WebLink> build_links(const Reader& r, const char* key, diag::Sink& sink);

}  // namespace shnor::model
