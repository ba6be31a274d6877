#pragma once
// The build cache's files in a format of their own: length-prefixed pieces
// (`<bytes>:<piece>`), read without a parser. A rebuild at tens of thousands
// of schools reads every school's entry; as JSON that was a third of a
// rebuild with no change. The region's entry uses the same format. A short,
// damaged or foreign file decodes to nullopt, never to a partial value.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "cache/build_cache.hpp"
#include "render/open_data.hpp"

namespace shnor::cache {

std::string encode(const CachedSchool& entry);
std::optional<CachedSchool> decode_school(std::string_view bytes);

std::string encode(const CachedRegion& entry);
std::optional<CachedRegion> decode_region(std::string_view bytes);

std::string encode(const render::SchoolData& rows);
std::optional<render::SchoolData> decode_rows(std::string_view bytes);

}  // namespace shnor::cache
