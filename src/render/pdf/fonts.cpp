#include "render/pdf/fonts.hpp"

#include <filesystem>

namespace shnor::render::pdf {
namespace {

#ifdef SHNOR_FONT_DIR
constexpr const char* kSubsetDir = SHNOR_FONT_DIR;
#else
constexpr const char* kSubsetDir = "";
#endif

bool exists(const std::string& p) {
    std::error_code ec;
    return !p.empty() && std::filesystem::is_regular_file(p, ec);
}

FontFiles pick(const std::string& prefix, FontFiles system) {
    // Subsets from cmake/fonts.cmake (renamed families as the licences require).
    const std::string dir = kSubsetDir;
    FontFiles sub{dir + "/" + prefix + "-Regular.ttf", dir + "/" + prefix + "-Bold.ttf",
                  dir + "/" + prefix + "-Italic.ttf", true};
    if (!dir.empty() && exists(sub.regular) && exists(sub.bold) && exists(sub.italic)) return sub;
    if (exists(system.regular) && exists(system.bold) && exists(system.italic)) return system;
    return {};
}

}  // namespace

FontFiles font_files(std::string_view font) {
    if (font == "liberation") {
        const std::string d = "/usr/share/fonts/truetype/liberation2/";
        return pick("ShnorSerifL",
                    {d + "LiberationSerif-Regular.ttf", d + "LiberationSerif-Bold.ttf",
                     d + "LiberationSerif-Italic.ttf", false});
    }
    if (font == "pt") {
        const std::string d = "/usr/share/fonts/truetype/paratype/";
        return pick("ShnorSerifP", {d + "PTF55F.ttf", d + "PTF75F.ttf", d + "PTF56F.ttf", false});
    }
    return {};
}

}  // namespace shnor::render::pdf
