#pragma once
// A scanner for the plain subset of YAML our content files are written in,
// feeding the same events to the same handler as yaml-cpp. yaml-cpp's own
// scanner was about half of a clean build's CPU (a regular-expression match
// per character); most files use only block maps and lists of plain or
// quoted one-line values and one-line flow collections. Internal to load/.
//
// The scanner never decides anything doubtful: at the first construct
// outside the subset (anchors, tags, block or multi-line scalars, escapes,
// empty values, odd indentation, CR or tab, a colon inside a value, ...) it
// gives up, and the caller parses the file with yaml-cpp instead. So every
// error message still comes from the one reference path. tests/load/
// yaml_fast_test.cpp checks both paths build the same tree, positions and
// warnings included, on the example region and on mutations of it.
#include <yaml-cpp/eventhandler.h>

#include <string_view>

namespace shnor::load {

// Sends the document's events to `out`. Returns false as soon as the text
// leaves the subset; the handler then holds a partial document and must be
// discarded. Exceptions thrown by the handler pass through.
bool scan_common_yaml(std::string_view text, YAML::EventHandler& out);

}  // namespace shnor::load
