// Plain file helpers: whole files in, whole files out, errors as exceptions.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include "gen.hpp"

namespace shnor::bench {

namespace stdfs = std::filesystem;

namespace {
struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;
}  // namespace

std::string read_text(const std::string& path) {
    File f(std::fopen(path.c_str(), "rb"));
    if (!f) throw std::runtime_error("не удалось открыть " + path);
    std::string text;
    char buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) text.append(buf, n);
    return text;
}

void write_text(const std::string& path, const std::string& text) {
    File f(std::fopen(path.c_str(), "wb"));
    if (!f) {  // the parent folder is missing: create it once, then retry
        stdfs::create_directories(stdfs::path(path).parent_path());
        f.reset(std::fopen(path.c_str(), "wb"));
    }
    if (!f || std::fwrite(text.data(), 1, text.size(), f.get()) != text.size())
        throw std::runtime_error("не удалось записать " + path);
}

void require_empty(const std::string& dir) {
    if (stdfs::exists(dir) && !stdfs::is_empty(dir))
        throw std::runtime_error("папка " + dir + " не пуста");
    stdfs::create_directories(dir);
}

}  // namespace shnor::bench
