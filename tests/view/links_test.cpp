#include "view/links.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace shnor::view;

TEST_CASE("links: layout paths and relative links", "[view]") {
    CHECK(school_path("sosh-1") == "schools/sosh-1/index.html");
    CHECK(factor_path(2021, "rf01") == "factors/2021/rf01.html");
    CHECK(roadmap_pdf_path("sosh-1", 2022) == "schools/sosh-1/roadmap-2022.pdf");
    CHECK(annex_pdf_path(2021) == "documents/annex-2021.pdf");
    CHECK(root_of("index.html") == "");
    CHECK(root_of("schools/x/index.html") == "../../");
    CHECK(relative("index.html", "schools/x/index.html") == "schools/x/index.html");
    CHECK(relative("schools/x/index.html", "index.html") == "../../index.html");
    CHECK(relative("schools/x/index.html", "schools/x/roadmap-2021.pdf") == "roadmap-2021.pdf");
    CHECK(relative("schools/x/index.html", "schools/y/index.html") == "../y/index.html");
    CHECK(relative("factors/2021/a.html", "factors/2022/a.html") == "../2022/a.html");
    CHECK(relative("schools/ab/index.html", "schools/a/index.html") == "../a/index.html");
}

TEST_CASE("links: ids must be safe path segments", "[view]") {
    CHECK(safe_segment("sosh-1"));
    CHECK(safe_segment("a_b9"));
    CHECK_FALSE(safe_segment(""));
    CHECK_FALSE(safe_segment(".."));
    CHECK_FALSE(safe_segment("a/b"));
    CHECK_FALSE(safe_segment("Школа"));
    CHECK_FALSE(safe_segment("a b"));
}

TEST_CASE("links: only http and https URLs are kept", "[view]") {
    CHECK(safe_url("https://school.example.ru/") == "https://school.example.ru/");
    CHECK(safe_url("HTTP://school.example.ru") == "HTTP://school.example.ru");
    CHECK(safe_url("javascript:alert(1)") == "");
    CHECK(safe_url(" https://x.ru") == "");
    CHECK(safe_url("data:text/html,x") == "");
    CHECK(safe_url("//evil.example") == "");
    CHECK(safe_url("https://x.ru/\" onclick=\"y") == "");
    CHECK(safe_url("https://") == "");
    CHECK(safe_url("http://") == "");
    CHECK(safe_url("http://a") == "http://a");
}
