#pragma once
// Text and attribute values for XML we write by hand (sitemap.xml, the parts
// of a .docx): the five characters XML gives meaning to become entities.
#include <string>

namespace shnor::render {

std::string xml_escape(const std::string& s);

}  // namespace shnor::render
