#pragma once
// The faces of one font family, read and measured once per process and then
// shared, read-only, by every renderer on every thread. Each document still
// gets its own libharu font objects (libharu marks the glyphs a document uses
// in them), but parses them from these bytes in memory: reading the files
// for each document cost hundreds of seeks and reads.
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "render/pdf/fonts.hpp"
#include "render/pdf/metrics.hpp"

namespace shnor::render::pdf {

class HpdfDoc;

class HpdfFonts : public Metrics {
public:
    // The family of these files, made on first use; null when the files
    // cannot be read or parsed, with *error saying why (not cached).
    static std::shared_ptr<const HpdfFonts> open(const FontFiles& files, std::string* error);

    double advance(Face face, char32_t cp) const override;
    bool has(Face face, char32_t cp) const override;

    const FontFiles& files() const { return files_; }
    // The file's bytes of face i (Regular, Bold, Italic).
    const std::string& bytes(std::size_t i) const { return bytes_[i]; }

    struct Glyph {
        double advance = 0;  // 1/1000 em
        bool has = false;
    };

private:
    // Every code of a face: blocks of 256 codes; block 0 stands for every
    // block the face maps nothing in.
    struct Table {
        std::array<std::uint16_t, 256> block_of{};
        std::vector<std::array<Glyph, 256>> blocks;
        const Glyph& at(char32_t cp) const { return blocks[block_of[cp >> 8]][cp & 0xFF]; }
    };

    HpdfFonts() = default;
    bool load(const FontFiles& files, std::string* error);
    static Table measure(HpdfDoc& doc, std::size_t face);

    FontFiles files_;
    std::array<std::string, 3> bytes_;
    std::array<Table, 3> tables_;
};

}  // namespace shnor::render::pdf
