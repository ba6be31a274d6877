// libFuzzer: a Markdown page (size and nesting caps, then cmark in safe mode).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/harnesses.hpp"
#include "view/markdown.hpp"

int shnor_fuzz_markdown(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    shnor::diag::Sink sink;
    auto html = shnor::view::markdown_to_html(shnor::view::strip_front_matter(text),
                                              {"pages/f.md", 1, 1}, sink);
    // Safe mode: no raw HTML and no script links may come through.
    if (html && (html->find("<script") != std::string::npos ||
                 html->find("href=\"javascript:") != std::string::npos))
        __builtin_trap();
    return 0;
}

// Built by `make fuzz` (cmake/fuzz.cmake); the test suite replays the corpus
// through shnor_fuzz_markdown instead (fuzz_replay_test.cpp).
#ifdef SHNOR_FUZZ_MAIN
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return shnor_fuzz_markdown(data, size);
}
#endif
