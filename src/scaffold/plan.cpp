#include "scaffold/plan.hpp"

namespace shnor::scaffold {

const load::ContentFile* Input::file(const std::string& rel) const {
    for (const auto& f : content.files)
        if (f.rel == rel) return &f;
    return nullptr;
}

const std::string& Input::source(const load::ContentFile& f) const {
    return content.sources.at(f.path);
}

model::Date shift_years(const model::Date& d, int years) {
    model::Date out{d.year + years, d.month, d.day};
    bool leap = (out.year % 4 == 0 && out.year % 100 != 0) || out.year % 400 == 0;
    if (out.month == 2 && out.day == 29 && !leap) out.day = 28;
    return out;
}

}  // namespace shnor::scaffold
