#pragma once
// A printable document as a Word file (Office Open XML, .docx): the same
// view-model the PDF is drawn from (view/pdf_doc.hpp), so both say the same
// thing; ministries edit order annexes in Word. Paragraphs and tables only:
// charts have no place in an order annex and are left out.
#include <string>

#include "view/pdf_doc.hpp"

namespace shnor::render::docx {

// The .docx bytes (deterministic); empty when the archive could not be made.
std::string docx_document(const view::pdf::Document& doc, std::string* why = nullptr);

// word/document.xml alone, for tests.
std::string document_xml(const view::pdf::Document& doc);

}  // namespace shnor::render::docx
