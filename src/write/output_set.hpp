#pragma once
// The whole site in memory: relative path -> bytes. Rendering fills it,
// write/ puts it on disk atomically; tests compare it without touching disk.
#include <map>
#include <string>

namespace shnor::write {

using OutputSet = std::map<std::string, std::string>;  // ordered: deterministic

}  // namespace shnor::write
