// shnor_gen: the synthetic region for `make bench-scale` (see gen.hpp).
//   shnor_gen --seed content --schools N [--content DIR] [--hugo DIR]
#include <cstdio>
#include <exception>
#include <string>

#include "gen.hpp"

namespace {

constexpr const char* kUsage =
    "использование: shnor_gen --seed ПАПКА --schools N [--content ПАПКА] [--hugo ПАПКА]\n"
    "  --seed     пример региона (content/), школы которого размножаются\n"
    "  --schools  число школ\n"
    "  --content  куда записать данные в формате shnor\n"
    "  --hugo     куда записать те же данные как сайт Hugo\n";

struct Args {
    std::string seed, content, hugo;
    std::size_t schools = 0;
};

bool parse(int argc, char** argv, Args& a) {
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string key = argv[i], value = argv[i + 1];
        if (key == "--seed")
            a.seed = value;
        else if (key == "--content")
            a.content = value;
        else if (key == "--hugo")
            a.hugo = value;
        else if (key == "--schools" && value.find_first_not_of("0123456789") == std::string::npos)
            a.schools = std::stoul(value);
        else
            return false;
    }
    return argc % 2 == 1 && !a.seed.empty() && a.schools > 0 &&
           !(a.content.empty() && a.hugo.empty());
}

}  // namespace

int main(int argc, char** argv) {
    Args a;
    if (!parse(argc, argv, a)) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    try {
        auto seed = shnor::bench::read_seed(a.seed);
        auto region = shnor::bench::make_region(a.schools);
        if (!a.content.empty()) shnor::bench::write_content(seed, region, a.content);
        if (!a.hugo.empty()) shnor::bench::write_hugo(seed, region, a.hugo);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "shnor_gen: %s\n", e.what());
        return 1;
    }
    return 0;
}
