#include "render/output_memo.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace shnor;

namespace {

// make() for OutputMemo::put that counts its calls and may warn.
struct Maker {
    int calls = 0;
    bool warn = false;
    std::string operator()(diag::Sink& sink) {
        ++calls;
        if (warn) sink.warning({"region.yaml", 1, 1}, "нет шрифта для символа");
        return "bytes";
    }
};

}  // namespace

TEST_CASE("output memo: an unchanged fingerprint reuses the previous file", "[render]") {
    write::OutputSet before{{"index.html", "bytes"}};
    write::MemoryOutput out(&before);
    diag::Sink sink;
    Maker make;
    render::OutputMemo first;
    render::OutputMemo::put(&first, "index.html", 7, out, sink, std::ref(make));
    CHECK(make.calls == 1);

    render::OutputMemo second(first.current());
    render::OutputMemo::put(&second, "index.html", 7, out, sink, std::ref(make));
    CHECK(make.calls == 1);  // reused
    CHECK(second.current().at("index.html") == 7);
    render::OutputMemo::put(&second, "index.html", 8, out, sink, std::ref(make));
    CHECK(make.calls == 2);  // another fingerprint: made again
}

TEST_CASE("output memo: a file the previous output lacks is made", "[render]") {
    write::OutputSet empty;
    write::MemoryOutput out(&empty);
    diag::Sink sink;
    Maker make;
    render::OutputMemo memo({{"index.html", 7}});
    render::OutputMemo::put(&memo, "index.html", 7, out, sink, std::ref(make));
    CHECK(make.calls == 1);
    CHECK(out.files().at("index.html") == "bytes");
}

TEST_CASE("output memo: what warned is never remembered, so the warning repeats", "[render]") {
    write::OutputSet before{{"annex.pdf", "bytes"}};
    write::MemoryOutput out(&before);
    diag::Sink sink;
    Maker make;
    make.warn = true;
    render::OutputMemo first;
    render::OutputMemo::put(&first, "annex.pdf", 7, out, sink, std::ref(make));
    CHECK(sink.warnings() == 1);
    CHECK(first.current().empty());

    render::OutputMemo second(first.current());
    diag::Sink again;
    render::OutputMemo::put(&second, "annex.pdf", 7, out, again, std::ref(make));
    CHECK(make.calls == 2);
    CHECK(again.warnings() == 1);
}

TEST_CASE("output memo: without a memo everything is made", "[render]") {
    write::MemoryOutput out;
    diag::Sink sink;
    Maker make;
    render::OutputMemo::put(nullptr, "index.html", 7, out, sink, std::ref(make));
    render::OutputMemo::put(nullptr, "index.html", 7, out, sink, std::ref(make));
    CHECK(make.calls == 2);
}
