#include "model/project.hpp"

#include <algorithm>

namespace shnor::model {

namespace {
template <typename T>
const T* by_id(const std::vector<T>& v, const std::string& id) {
    auto it = std::find_if(v.begin(), v.end(), [&](const T& x) { return x.id == id; });
    return it == v.end() ? nullptr : &*it;
}

// The index when it is in step with the vector; else a scan.
template <typename T>
const T* by_id(const std::vector<T>& v, const std::map<std::string, std::size_t>& index,
               const std::string& id) {
    if (index.size() != v.size() || v.empty()) return by_id(v, id);
    auto it = index.find(id);
    if (it == index.end()) return nullptr;
    if (it->second >= v.size() || v[it->second].id != id) return by_id(v, id);  // stale
    return &v[it->second];
}

template <typename T>
void index_of(const std::vector<T>& v, std::map<std::string, std::size_t>& index) {
    index.clear();
    for (std::size_t i = 0; i < v.size(); ++i) index.emplace(v[i].id, i);
    if (index.size() != v.size()) index.clear();  // duplicates: scan (they are errors anyway)
}
}  // namespace

const RiskFactor* Catalogue::factor(const std::string& id) const { return by_id(factors, id); }

const Participation* School::in_year(int year) const {
    for (const auto& p : participation)
        if (p.year == year) return &p;
    return nullptr;
}

const Diagnostic* School::diagnostic(int year, Wave wave) const {
    for (const auto& d : diagnostics)
        if (d.year == year && d.wave == wave) return &d;
    return nullptr;
}

const Municipality* Project::municipality(const std::string& id) const {
    return by_id(municipalities, index_.municipalities, id);
}
const Person* Project::person(const std::string& id) const {
    return by_id(people, index_.people, id);
}
const School* Project::school(const std::string& id) const {
    return by_id(schools, index_.schools, id);
}

void Project::reindex() {
    index_of(municipalities, index_.municipalities);
    index_of(people, index_.people);
    index_of(schools, index_.schools);
}
const Catalogue* Project::catalogue(int year) const {
    auto it = catalogues.find(year);
    return it == catalogues.end() ? nullptr : &it->second;
}

}  // namespace shnor::model
