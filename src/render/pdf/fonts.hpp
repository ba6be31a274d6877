#pragma once
// Which font files the PDFs embed. Only fonts the product ships (the build's
// subsets, else the Debian system files) are ever loaded, never user files.
#include <string>
#include <string_view>

namespace shnor::render::pdf {

struct FontFiles {
    std::string regular, bold, italic;
    bool subset = false;  // false: the full system files (bigger PDFs, same text)
};

// font: "liberation" (Liberation Serif, Times metrics: the default) or "pt"
// (PT Serif). Anything else yields an empty FontFiles.
FontFiles font_files(std::string_view font);

}  // namespace shnor::render::pdf
