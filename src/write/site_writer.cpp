#include "write/site_writer.hpp"

#include <filesystem>
#include <fstream>

namespace shnor::write {

namespace stdfs = std::filesystem;

bool is_safe_output_path(const std::string& rel) {
    if (rel.empty() || rel.front() == '/' || rel.find('\\') != std::string::npos ||
        rel.find('\0') != std::string::npos)
        return false;
    std::size_t start = 0;
    while (start <= rel.size()) {
        auto slash = rel.find('/', start);
        auto part =
            rel.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        if (part.empty() || part == "." || part == "..") return false;
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    return true;
}

namespace {

// An existing folder may be replaced if shnor made it, or if it holds nothing
// but a README (the committed site/README.md).
bool replaceable(const stdfs::path& out) {
    std::error_code ec;
    if (!stdfs::exists(out, ec)) return true;
    if (!stdfs::is_directory(out, ec)) return false;
    if (stdfs::exists(out / kMarker, ec)) return true;
    for (const auto& e : stdfs::directory_iterator(out, ec))
        if (e.path().filename() != "README.md") return false;
    return true;
}

bool write_file(const stdfs::path& path, const std::string& bytes) {
    std::error_code ec;
    stdfs::create_directories(path.parent_path(), ec);
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(f.flush());
}

}  // namespace

bool write_site(const OutputSet& files, const std::string& out_dir, diag::Sink& sink) {
    stdfs::path out = stdfs::absolute(out_dir).lexically_normal();
    if (out.filename().empty()) out = out.parent_path();
    if (!replaceable(out)) {
        sink.error({out_dir, 0, 0},
                   "папка вывода не пуста и создана не shnor: укажите другую "
                   "папку или очистите эту");
        return false;
    }
    stdfs::path tmp = out.parent_path() / ("." + out.filename().string() + ".shnor-new");
    stdfs::path old = out.parent_path() / ("." + out.filename().string() + ".shnor-old");
    std::error_code ec;
    stdfs::remove_all(tmp, ec);
    stdfs::remove_all(old, ec);
    bool ok = stdfs::create_directories(tmp, ec);
    for (const auto& [rel, bytes] : files) {
        if (!ok) break;
        if (!is_safe_output_path(rel)) {
            sink.error({out_dir, 0, 0}, "недопустимый путь в выводе: \"" + rel + "\"");
            ok = false;
        } else if (!write_file(tmp / rel, bytes)) {
            sink.error({(stdfs::path(out_dir) / rel).string(), 0, 0}, "не удалось записать файл");
            ok = false;
        }
    }
    ok = ok && write_file(tmp / kMarker, "shnor\n");
    // Keep a README the repository committed in the output folder.
    if (ok && !files.count("README.md") && stdfs::exists(out / "README.md", ec))
        stdfs::copy_file(out / "README.md", tmp / "README.md", ec);
    if (!ok) {
        stdfs::remove_all(tmp, ec);
        return false;
    }
    if (stdfs::exists(out, ec)) stdfs::rename(out, old, ec);
    if (ec) {
        sink.error({out_dir, 0, 0}, "не удалось заменить папку вывода: " + ec.message());
        stdfs::remove_all(tmp, ec);
        return false;
    }
    stdfs::rename(tmp, out, ec);
    if (ec) {
        sink.error({out_dir, 0, 0}, "не удалось заменить папку вывода: " + ec.message());
        std::error_code ignored;
        stdfs::rename(old, out, ignored);  // put the previous site back
        return false;
    }
    stdfs::remove_all(old, ec);
    return true;
}

}  // namespace shnor::write
