#include "render/pdf/hpdf_fonts.hpp"

#include <filesystem>
#include <map>
#include <mutex>

#include "fs/file_system.hpp"
#include "render/pdf/hpdf_doc.hpp"
#include "render/pdf/utf8.hpp"

namespace shnor::render::pdf {
namespace {

constexpr std::size_t kMaxFontBytes = std::size_t{64} << 20;

bool read_file(const std::string& path, std::string& out) {
    const std::filesystem::path p(path);
    diag::Sink ignored;  // the caller words the error
    auto bytes = fs::DiskFileSystem().read(p.parent_path().string(), p.filename().string(),
                                           kMaxFontBytes, ignored);
    if (!bytes) return false;
    out = std::move(*bytes);
    return true;
}

}  // namespace

std::shared_ptr<const HpdfFonts> HpdfFonts::open(const FontFiles& files, std::string* error) {
    // One family per set of files for the whole process; the lock also makes
    // threads that start together wait for the one that loads it.
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const HpdfFonts>> families;
    const std::string key = files.regular + '\n' + files.bold + '\n' + files.italic;
    const std::lock_guard lock(mutex);
    if (const auto it = families.find(key); it != families.end()) return it->second;
    std::shared_ptr<HpdfFonts> fonts(new HpdfFonts());
    if (!fonts->load(files, error)) return nullptr;
    families.emplace(key, fonts);
    return fonts;
}

bool HpdfFonts::load(const FontFiles& files, std::string* error) {
    files_ = files;
    if (files.regular.empty()) {
        if (error) *error = "файлы шрифта не найдены";
        return false;
    }
    const std::array<const std::string*, 3> paths{&files.regular, &files.bold, &files.italic};
    for (std::size_t i = 0; i < 3; ++i) {
        if (read_file(*paths[i], bytes_[i])) continue;
        if (error) *error = "не удалось прочитать файл шрифта " + *paths[i];
        return false;
    }
    HpdfDoc doc;
    if (!doc.load_faces({&bytes_[0], &bytes_[1], &bytes_[2]})) {
        if (error)
            *error =
                "libharu не загрузила шрифт " + files.regular + ": ошибка " + describe(doc.error());
        return false;
    }
    for (std::size_t i = 0; i < 3; ++i) tables_[i] = measure(doc, i);
    return true;
}

// Every code the face maps, as libharu measures it (1/1000 em, no kerning);
// any other code gets the missing glyph's width, as libharu would give it.
HpdfFonts::Table HpdfFonts::measure(HpdfDoc& doc, std::size_t face) {
    HPDF_FontDef def = doc.face(face);
    Table t;
    // A surrogate is never mapped: its width is the missing glyph's. A miss
    // sets libharu's (sticky) error: clear it.
    const Glyph missing{static_cast<double>(HPDF_TTFontDef_GetCharWidth(def, 0xD800)), false};
    t.blocks.resize(1);
    t.blocks[0].fill(missing);
    for (const std::uint16_t c : doc.mapped_codes(face)) {
        std::uint16_t& block = t.block_of[c >> 8];
        if (block == 0) {
            block = static_cast<std::uint16_t>(t.blocks.size());
            t.blocks.push_back(t.blocks[0]);
        }
        Glyph& g = t.blocks[block][c & 0xFF];
        g.has = HPDF_TTFontDef_GetGlyphid(def, c) != 0;
        g.advance = HPDF_TTFontDef_GetCharWidth(def, c);
    }
    doc.clear_error();
    return t;
}

bool HpdfFonts::has(Face face, char32_t cp) const {
    if (cp > 0xFFFF || cp == kReplacement || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    return tables_[static_cast<std::size_t>(face)].at(cp).has;
}

double HpdfFonts::advance(Face face, char32_t cp) const {
    // Outside the BMP libharu's encoder draws nothing.
    if (cp > 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return tables_[static_cast<std::size_t>(face)].at(cp).advance;
}

}  // namespace shnor::render::pdf
