#pragma once
// The fixed parts of every .docx we write: content types, relationships,
// styles (Times New Roman, as ГОСТ Р 7.0.97 expects) and core properties.
#include <string>

#include "render/xml.hpp"
#include "view/pdf_doc.hpp"

namespace shnor::render::docx {

extern const char* const kContentTypes;
extern const char* const kRootRels;
extern const char* const kDocumentRels;
extern const char* const kStyles;
extern const char* const kSettings;
std::string core_xml(const view::pdf::Document& doc);
using render::xml_escape;  // render/xml.hpp

}  // namespace shnor::render::docx
