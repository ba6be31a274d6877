#include "write/spare_site.hpp"

#include <algorithm>
#include <charconv>

#include "write/site_writer.hpp"

namespace shnor::write {

namespace {

constexpr std::string_view kHead = "shnor-spare 1\n";
constexpr std::string_view kEnd = "end\n";

// A path as "<bytes>:<path>\n": paths may hold any byte but NUL.
void put_list(std::string& out, std::string_view name, const std::vector<std::string>& list) {
    out.append(name).append(" ").append(std::to_string(list.size())).append("\n");
    for (const auto& p : list) out.append(std::to_string(p.size())).append(":").append(p) += '\n';
}

class Reader {
public:
    explicit Reader(std::string_view text) : rest_(text) {}
    bool literal(std::string_view s) {
        if (rest_.substr(0, s.size()) != s) return false;
        rest_.remove_prefix(s.size());
        return true;
    }
    bool number(std::size_t& n, char end) {
        auto [p, ec] = std::from_chars(rest_.data(), rest_.data() + rest_.size(), n);
        if (ec != std::errc() || p == rest_.data() || p == rest_.data() + rest_.size() || *p != end)
            return false;
        rest_.remove_prefix(static_cast<std::size_t>(p - rest_.data()) + 1);
        return true;
    }
    bool line(std::string& out) {
        auto nl = rest_.find('\n');
        if (nl == std::string_view::npos) return false;
        out = std::string(rest_.substr(0, nl));
        rest_.remove_prefix(nl + 1);
        return true;
    }
    bool list(std::string_view name, std::vector<std::string>& out) {
        std::size_t n = 0;
        if (!literal(name) || !literal(" ") || !number(n, '\n')) return false;
        for (std::size_t i = 0; i < n; ++i) {
            std::size_t len = 0;
            if (!number(len, ':') || len >= rest_.size() || rest_[len] != '\n') return false;
            std::string path(rest_.substr(0, len));
            rest_.remove_prefix(len + 1);
            if (!is_safe_output_path(path)) return false;
            out.push_back(std::move(path));
        }
        return true;
    }
    bool done() const { return rest_.empty(); }

private:
    std::string_view rest_;
};

}  // namespace

std::string encode_spare(const SpareManifest& m) {
    std::string out(kHead);
    out.append("pair ").append(m.pair) += '\n';
    put_list(out, "spare", m.spare_files);
    put_list(out, "live", m.live_files);
    return out.append(kEnd);
}

std::optional<SpareManifest> decode_spare(std::string_view text) {
    Reader r(text);
    SpareManifest m;
    if (!r.literal(kHead) || !r.literal("pair ") || !r.line(m.pair) || m.pair.empty() ||
        !r.list("spare", m.spare_files) || !r.list("live", m.live_files) || !r.literal(kEnd) ||
        !r.done())
        return std::nullopt;
    return m;
}

bool list_files(DiskOps& disk, const std::string& dir, std::vector<std::string>& out) {
    std::vector<std::string> todo{""};
    while (!todo.empty()) {
        const std::string rel = std::move(todo.back());
        todo.pop_back();
        std::vector<DirEntry> entries;
        if (disk.list(rel.empty() ? dir : dir + "/" + rel, entries) != 0) return false;
        for (auto& e : entries) {
            std::string path = rel.empty() ? e.name : rel + "/" + e.name;
            if (e.kind == EntryKind::Dir)
                todo.push_back(std::move(path));
            else if (e.kind == EntryKind::File)
                out.push_back(std::move(path));
        }
    }
    std::sort(out.begin(), out.end());
    return true;
}

}  // namespace shnor::write
