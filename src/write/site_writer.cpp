#include "write/site_writer.hpp"

#include "write/staged_output.hpp"

namespace shnor::write {

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

bool write_site(const OutputSet& files, const std::string& out_dir, const std::string& content,
                diag::Sink& sink, DiskOps& disk) {
    StagedOutput out(out_dir, content, disk);
    bool ok = true;
    for (auto it = files.begin(); ok && it != files.end(); ++it)
        ok = out.put(it->first, it->second);
    if (ok && out.commit()) return true;
    // Never a silent failure: the summary must not read «ошибок нет».
    auto why = out.failure();
    sink.error({out_dir, 0, 0}, why.empty() ? "не удалось записать сайт" : why);
    return false;
}

}  // namespace shnor::write
