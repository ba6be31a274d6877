#include "write/content_writer.hpp"

#include <cerrno>
#include <vector>

#include "write/site_writer.hpp"

namespace shnor::write {

namespace {

std::string parent_of(const std::string& rel) {
    auto slash = rel.rfind('/');
    return slash == std::string::npos ? "" : rel.substr(0, slash);
}

std::string temp_of(const std::string& path) {
    auto slash = path.rfind('/');
    return path.substr(0, slash + 1) + "." + path.substr(slash + 1) + ".shnor-new";
}

// Everything a failed write must undo, newest first.
struct Undo {
    DiskOps& disk;
    std::vector<std::string> paths;
    void run() {
        for (auto it = paths.rbegin(); it != paths.rend(); ++it) disk.remove_tree(*it);
    }
};

bool refuse(diag::Sink& sink, const std::string& path, const std::string& why) {
    sink.error({path, 0, 0}, why);
    return false;
}

// The folders of a new file, made one by one (so they can be removed again).
bool make_dirs(const std::string& root, const std::string& rel, Undo& undo, diag::Sink& sink) {
    std::string dir = parent_of(rel);
    if (dir.empty()) return true;
    std::size_t at = 0;
    while (at != std::string::npos) {
        at = dir.find('/', at + 1);
        std::string path = root + "/" + dir.substr(0, at);
        EntryKind k = undo.disk.kind(path);
        if (k == EntryKind::Dir) continue;
        if (k != EntryKind::None) return refuse(sink, path, "здесь должна быть папка");
        if (int e = undo.disk.mkdir(path))
            return refuse(sink, path, "не удалось создать папку: " + errno_ru(e));
        undo.paths.push_back(path);
    }
    return true;
}

bool write_temp(DiskOps& disk, const std::string& path, const std::string& bytes, Undo& undo,
                diag::Sink& sink) {
    int fd = -1;
    std::string temp = temp_of(path);
    int e = disk.create(temp, fd);
    if (e == 0) undo.paths.push_back(temp);
    if (e == 0) e = disk.write(fd, bytes);
    if (fd >= 0 && disk.close(fd) != 0 && e == 0) e = EIO;
    return e == 0 || refuse(sink, path, "не удалось записать файл: " + errno_ru(e));
}

bool check_paths(const std::string& root, const ContentChanges& c, diag::Sink& sink,
                 DiskOps& disk) {
    bool ok = true;
    for (const auto& [rel, bytes] : c.created) {
        std::string path = root + "/" + rel;
        if (!is_safe_output_path(rel))
            ok = refuse(sink, path, "путь вне папки с данными");
        else if (disk.kind(path) != EntryKind::None)
            ok = refuse(sink, path, "файл уже существует: команда не перезаписывает файлы");
    }
    for (const auto& [rel, bytes] : c.edited)
        if (!is_safe_output_path(rel) || disk.kind(root + "/" + rel) != EntryKind::File)
            ok = refuse(sink, root + "/" + rel, "файл не найден");
    return ok;
}

}  // namespace

bool write_content(const std::string& root, const ContentChanges& changes, diag::Sink& sink,
                   DiskOps& disk) {
    if (!check_paths(root, changes, sink, disk)) return false;
    Undo undo{disk, {}};
    auto fail = [&] {
        undo.run();
        return false;
    };
    for (const auto& [rel, bytes] : changes.created)
        if (!make_dirs(root, rel, undo, sink) ||
            !write_temp(disk, root + "/" + rel, bytes, undo, sink))
            return fail();
    for (const auto& [rel, bytes] : changes.edited)
        if (!write_temp(disk, root + "/" + rel, bytes, undo, sink)) return fail();
    // New files by link(): it fails rather than replace a file that appeared meanwhile.
    for (const auto& [rel, bytes] : changes.created) {
        std::string path = root + "/" + rel;
        if (int e = disk.link(temp_of(path), path))
            return fail(),
                   refuse(sink, path,
                          e == EEXIST ? "файл уже существует: команда не перезаписывает файлы"
                                      : "не удалось записать файл: " + errno_ru(e));
        undo.paths.push_back(path);
        disk.remove_tree(temp_of(path));
    }
    // Edits last, each an atomic rename over the old file.
    for (const auto& [rel, bytes] : changes.edited) {
        std::string path = root + "/" + rel;
        if (int e = disk.rename(temp_of(path), path))
            return fail(), refuse(sink, path, "не удалось записать файл: " + errno_ru(e));
    }
    return true;
}

}  // namespace shnor::write
