#pragma once
// A hand-built project and analysis for the PDF tests: one region, one year,
// schools with documents of n measures each. Independent of load/ and of
// compute::analyse, so the PDF stage is testable on its own.
#include <filesystem>
#include <memory>
#include <string>

#include "compute/analysis.hpp"
#include "model/project.hpp"

namespace shnor::pdftest {

struct Fixture {
    model::Project project;
    compute::Analysis analysis;
};

// docs documents of `measures` measures each for school "sosh-ozerki" (2021);
// a second school "sosh-2" without documents takes part too.
std::unique_ptr<Fixture> make_fixture(int docs = 4, int measures = 8,
                                      const std::string& title_suffix = "");

// A fresh directory under the system temp dir, removed by the destructor.
struct TempDir {
    std::filesystem::path path;
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string write(const std::string& name, const std::string& bytes) const;
};

// Runs a shell command, returns its standard output; *status gets the exit code.
std::string run(const std::string& command, int* status = nullptr);

// pdftotext -layout's text with every run of spaces and newlines made one
// space (it pads columns with spaces).
std::string squeeze(const std::string& text);

}  // namespace shnor::pdftest
