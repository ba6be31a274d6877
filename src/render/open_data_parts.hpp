#pragma once
// The per-school tables written row by row: region-wide under data/, or, at
// national scale, one set per municipality under data/<municipality>/ with
// data/municipalities.* listing the parts. A municipality's twelve files are
// keyed in the memo by a digest of its schools' rows, so a rebuild reads and
// writes only the municipalities whose rows changed.
#include <cstddef>
#include <functional>
#include <string>

#include "render/open_data.hpp"

namespace shnor::render {

// The six tables of schools 0..schools-1 into <dir><table>.csv/.json
// (dir "data/" or "data/<municipality>/"), each school's rows fetched once.
bool write_school_tables(const std::string& dir, std::size_t schools,
                         const std::function<SchoolData(std::size_t)>& data,
                         write::OutputSink& out);

// Every municipality with schools: its six tables under data/<id>/ (taken
// from the previous output when the memo knows them unchanged, without
// fetching its schools' rows), and the list data/municipalities.*.
bool write_municipality_tables(const view::SiteInput& in, const SchoolRows& rows, OutputMemo* memo,
                               write::OutputSink& out);

}  // namespace shnor::render
