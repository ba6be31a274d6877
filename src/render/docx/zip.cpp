#include "render/docx/zip.hpp"

#include <zip.h>

namespace shnor::render::docx {
namespace {

// 1980-01-01 00:00, the first DOS date: set as DOS fields directly, because
// zip_file_set_mtime would convert through the local time zone.
constexpr zip_uint16_t kDosTime = 0;
constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;

std::string error_text(zip_error_t* e) {
    std::string s = zip_error_strerror(e);
    zip_error_fini(e);
    return s;
}

bool add_entries(zip_t* za, const std::vector<ZipEntry>& entries, std::string* why) {
    for (const auto& [name, bytes] : entries) {
        zip_source_t* src = zip_source_buffer(za, bytes.data(), bytes.size(), 0);
        if (!src) return *why = zip_strerror(za), false;
        const zip_int64_t idx = zip_file_add(za, name.c_str(), src, ZIP_FL_ENC_UTF_8);
        if (idx < 0) {
            zip_source_free(src);
            return *why = zip_strerror(za), false;
        }
        const auto i = static_cast<zip_uint64_t>(idx);
        if (zip_set_file_compression(za, i, ZIP_CM_STORE, 0) < 0 ||
            zip_file_set_dostime(za, i, kDosTime, kDosDate, 0) < 0)
            return *why = zip_strerror(za), false;
    }
    return true;
}

// Reads back the whole in-memory source after zip_close wrote into it.
std::string read_all(zip_source_t* src, std::string* why) {
    if (zip_source_open(src) < 0) return *why = "zip_source_open", std::string();
    std::string out;
    char buf[16384];
    zip_int64_t n;
    while ((n = zip_source_read(src, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
    zip_source_close(src);
    if (n < 0) return *why = "zip_source_read", std::string();
    return out;
}

}  // namespace

std::string zip_archive(const std::vector<ZipEntry>& entries, std::string* why) {
    std::string ignored;
    if (!why) why = &ignored;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!src) return *why = error_text(&error), std::string();
    zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &error);
    if (!za) {
        zip_source_free(src);
        return *why = error_text(&error), std::string();
    }
    zip_error_fini(&error);
    zip_source_keep(src);  // zip_close would free it; we still read from it
    if (!add_entries(za, entries, why)) {
        zip_discard(za);
        zip_source_free(src);
        return {};
    }
    if (zip_close(za) < 0) {
        *why = zip_strerror(za);
        zip_discard(za);
        zip_source_free(src);
        return {};
    }
    std::string out = read_all(src, why);
    zip_source_free(src);
    return out;
}

}  // namespace shnor::render::docx
