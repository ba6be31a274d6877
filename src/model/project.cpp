#include "model/project.hpp"

#include <algorithm>

namespace shnor::model {

namespace {
template <typename T>
const T* by_id(const std::vector<T>& v, const std::string& id) {
    auto it = std::find_if(v.begin(), v.end(), [&](const T& x) { return x.id == id; });
    return it == v.end() ? nullptr : &*it;
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
    return by_id(municipalities, id);
}
const Person* Project::person(const std::string& id) const { return by_id(people, id); }
const School* Project::school(const std::string& id) const { return by_id(schools, id); }
const Catalogue* Project::catalogue(int year) const {
    auto it = catalogues.find(year);
    return it == catalogues.end() ? nullptr : &it->second;
}

}  // namespace shnor::model
