#pragma once
// The `format` values we assert in content mode: date, date-time, email, uri.
#include <optional>
#include <string>
#include <string_view>

#include "validate/schema.hpp"

namespace shnor::validate {

bool is_known_format(std::string_view format);

// nullopt when value conforms; otherwise the message for the user.
std::optional<std::string> check_format(std::string_view format, std::string_view value,
                                        const SchemaOptions& options);

// RFC 3339 full-date (YYYY-MM-DD) with a real calendar day.
bool is_rfc3339_date(std::string_view text);

}  // namespace shnor::validate
