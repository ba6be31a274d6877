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
    bool ok = true;
    {
        StagedOutput out(out_dir, content, disk);
        for (const auto& [rel, bytes] : files)
            if (!(ok = out.put(rel, bytes))) break;
        ok = ok && out.commit();
        if (!ok) sink.error({out_dir, 0, 0}, out.failure());
    }
    return ok;
}

}  // namespace shnor::write
