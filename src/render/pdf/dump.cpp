// A text form of the layout for golden tests and debugging.
#include <cstdio>
#include <string>

#include "render/pdf/layout.hpp"

namespace shnor::render::pdf {
namespace {

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    std::string s = buf;
    return s == "-0.0" ? "0.0" : s;
}

const char* face_code(Face f) {
    switch (f) {
        case Face::Bold:
            return "B";
        case Face::Italic:
            return "I";
        default:
            return "R";
    }
}

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

std::string item_line(const Item& item) {
    return std::visit(
        Overloaded{
            [](const TextItem& t) {
                return "text " + num(t.x) + " " + num(t.y) + " " + face_code(t.face) + num(t.size) +
                       " \"" + t.text + "\"";
            },
            [](const RectItem& r) {
                std::string s =
                    "rect " + num(r.x) + " " + num(r.y) + " " + num(r.w) + " " + num(r.h);
                if (r.fill)
                    s += " fill=" + num(r.fill->r) + "," + num(r.fill->g) + "," + num(r.fill->b);
                if (r.stroke > 0) s += " stroke=" + num(r.stroke);
                return s;
            },
            [](const LineItem& l) {
                return "line " + num(l.x1) + " " + num(l.y1) + " " + num(l.x2) + " " + num(l.y2) +
                       " w=" + num(l.width);
            },
            [](const LinkItem& l) {
                return "link " + num(l.x) + " " + num(l.y) + " " + num(l.w) + " " + num(l.h) +
                       " -> " + l.target;
            },
        },
        item);
}

}  // namespace

std::string dump(const Layout& layout) {
    std::string out;
    for (std::size_t i = 0; i < layout.pages.size(); ++i) {
        const PageBox& p = layout.pages[i];
        out += "page " + std::to_string(i + 1) + (p.landscape ? " landscape " : " portrait ") +
               num(p.width) + "x" + num(p.height) + "\n";
        for (const auto& item : p.items) out += "  " + item_line(item) + "\n";
    }
    for (const auto& [name, pos] : layout.anchors)
        out +=
            "anchor " + name + " page " + std::to_string(pos.page + 1) + " y " + num(pos.y) + "\n";
    for (const auto& o : layout.outline)
        out += "outline " + std::to_string(o.level) + " \"" + o.title + "\" -> " + o.anchor + "\n";
    return out;
}

}  // namespace shnor::render::pdf
