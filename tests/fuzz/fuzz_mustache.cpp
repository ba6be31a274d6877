// libFuzzer: a hostile template (as a --templates override would be) and
// hostile data through the checks and the engine. The input is the page
// template, then after the first NUL the text every data field holds.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/harnesses.hpp"
#include "render/engine.hpp"

using namespace shnor;

int shnor_fuzz_mustache(const std::uint8_t* data, std::size_t size) {
    std::string input(reinterpret_cast<const char*>(data), size);
    auto nul = input.find('\0');
    std::string page = input.substr(0, nul);
    std::string text = nul == std::string::npos ? "" : input.substr(nul + 1);

    render::TemplateSet set;
    set.put("page.mustache", page, "templates/page.mustache");
    set.put("part.mustache", "<b>{{name}}</b>{{#items}}[{{.}}]{{/items}}", "templates/part");
    diag::Sink sink;
    if (!set.check(sink)) return 0;
    view::Value item;
    item.set("name", text).set("part", text).set("ok", true);
    view::Value list = view::Value::list();
    for (int i = 0; i < 3; ++i) list.push(item);
    view::Value root = item;
    root.set("items", list).set("nested", item);
    render::Engine engine(set);
    engine.render("page", root, sink);
    return 0;
}

// Built by `make fuzz` (cmake/fuzz.cmake); the test suite replays the corpus
// through shnor_fuzz_mustache instead (fuzz_replay_test.cpp).
#ifdef SHNOR_FUZZ_MAIN
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return shnor_fuzz_mustache(data, size);
}
#endif
