#include "render/pdf/linebreak.hpp"

#include <algorithm>
#include <string_view>

namespace shnor::render::pdf {
namespace {

constexpr char32_t kNbsp = 0xA0, kSoftHyphen = 0xAD;

bool is_dash(char32_t c) { return c == U'-' || c == 0x2010 || c == 0x2013 || c == 0x2014; }

// A piece of a word [begin, end) that ends at a break opportunity (or the
// word's end); soft hyphens lie only between atoms, so a piece is a slice.
struct Atom {
    std::size_t begin = 0, end = 0;
    bool soft = false;  // broken here, a hyphen is drawn
    double width = 0;
};

// Calls f(piece) for each piece of text between separators, empty ones too.
template <typename F>
void for_each_piece(std::u32string_view text, char32_t sep, F&& f) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == sep) {
            f(text.substr(start, i - start));
            start = i + 1;
        }
    }
}

// The atoms of a word, measured (NBSP as a space: it is drawn as one).
class Atomizer {
public:
    explicit Atomizer(const WidthFn& width) : width_(width) {}

    double char_width(char32_t c) const { return width_(c == kNbsp ? U' ' : c); }

    double measure(std::u32string_view word, std::size_t from, std::size_t to) const {
        double w = 0;
        for (std::size_t j = from; j < to; ++j) w += char_width(word[j]);
        return w;
    }

    const std::vector<Atom>& atoms_of(std::u32string_view word) {
        atoms_.assign(1, Atom{});
        for (std::size_t i = 0; i < word.size(); ++i) {
            Atom& cur = atoms_.back();
            if (word[i] == kSoftHyphen) {
                if (cur.end > cur.begin && i + 1 < word.size()) {
                    cur.soft = true;
                    atoms_.push_back({i + 1, i + 1});
                } else if (cur.end == cur.begin) {
                    cur.begin = cur.end = i + 1;  // a soft hyphen with nothing before it
                }
                continue;
            }
            cur.end = i + 1;
            // Break after a dash that follows a letter and precedes something:
            // "северо-западный" yes, "-5" and a trailing dash no.
            if (is_dash(word[i]) && i > 0 && i + 1 < word.size() && !is_dash(word[i - 1]) &&
                word[i - 1] != kNbsp)
                atoms_.push_back({i + 1, i + 1});
        }
        if (atoms_.back().end == atoms_.back().begin && atoms_.size() > 1) atoms_.pop_back();
        for (Atom& a : atoms_) a.width = measure(word, a.begin, a.end);
        return atoms_;
    }

private:
    const WidthFn& width_;
    std::vector<Atom> atoms_;
};

class Breaker {
public:
    Breaker(const WidthFn& width, double max_width, double first_indent)
        : width_(width), atomizer_(width), full_(std::max(max_width, 1.0)), space_(width(U' ')) {
        max_ = std::max(full_ - std::max(first_indent, 0.0), 1.0);
    }

    void add_word(std::u32string_view word) {
        atoms_ = atomizer_.atoms_of(word);
        std::size_t i = 0;
        while (i < atoms_.size()) {
            const double gap = cur_.words.empty() ? 0 : space_;
            if (cur_.width + gap + rest_width(i) <= max_) {
                push(join(word, i, atoms_.size(), false));
                return;
            }
            if (const std::size_t k = fitting_prefix(i, gap); k > i) {
                push(join(word, i, k, atoms_[k - 1].soft));
                flush(false);
                i = k;
            } else if (!cur_.words.empty()) {
                flush(false);  // retry the rest on an empty line
            } else {
                emergency(word, atoms_[i]);  // always takes >= 1 character
                if (atoms_[i].end == atoms_[i].begin) ++i;
            }
        }
    }

    void end_paragraph() {
        // A paragraph whose last word ended a line already: mark that line.
        if (cur_.words.empty() && lines_.size() > para_start_)
            lines_.back().last = true;
        else
            flush(true);
        para_start_ = lines_.size();
    }
    std::vector<Line> take() { return std::move(lines_); }

private:
    double rest_width(std::size_t from) const {
        double w = 0;
        for (std::size_t j = from; j < atoms_.size(); ++j) w += atoms_[j].width;
        return w;
    }

    // The largest k > from such that atoms [from, k) plus a soft hyphen fit.
    std::size_t fitting_prefix(std::size_t from, double gap) const {
        std::size_t best = from;
        double w = cur_.width + gap;
        for (std::size_t k = from; k + 1 < atoms_.size(); ++k) {
            w += atoms_[k].width;
            const double hyphen = atoms_[k].soft ? width_(U'-') : 0;
            if (w + hyphen > max_) break;
            best = k + 1;
        }
        return best;
    }

    // The word as drawn: NBSP a space, soft hyphens gone, '-' where broken.
    Word join(std::u32string_view word, std::size_t from, std::size_t to, bool hyphen) const {
        Word w;
        for (std::size_t j = from; j < to; ++j)
            for (std::size_t c = atoms_[j].begin; c < atoms_[j].end; ++c)
                w.text.push_back(word[c] == kNbsp ? U' ' : word[c]);
        if (hyphen) w.text.push_back(U'-');
        for (char32_t c : w.text) w.width += width_(c);
        return w;
    }

    // Puts as many characters of the atom as fit on the (empty) line and
    // leaves the rest in it.
    void emergency(std::u32string_view word, Atom& atom) {
        Word w;
        std::size_t n = atom.begin;
        while (n < atom.end) {
            const char32_t c = word[n] == kNbsp ? U' ' : word[n];
            const double cw = width_(c);
            if (n > atom.begin && w.width + cw > max_) break;
            w.width += cw;
            w.text.push_back(c);
            ++n;
        }
        push(std::move(w));
        flush(false);
        atom.begin = n;
        atom.width = atomizer_.measure(word, atom.begin, atom.end);
    }

    void push(Word w) {
        if (!cur_.words.empty()) cur_.width += space_;
        cur_.width += w.width;
        cur_.words.push_back(std::move(w));
    }

    void flush(bool last) {
        if (cur_.words.empty() && !last) return;
        cur_.last = last;
        lines_.push_back(std::move(cur_));
        cur_ = Line{};
        max_ = full_;
    }

    const WidthFn& width_;
    Atomizer atomizer_;
    std::vector<Atom> atoms_;
    double full_, space_, max_ = 0;
    std::size_t para_start_ = 0;
    Line cur_;
    std::vector<Line> lines_;
};

}  // namespace

std::vector<Line> break_lines(const std::u32string& text, const WidthFn& width, double max_width,
                              double first_indent) {
    Breaker breaker(width, max_width, first_indent);
    if (text.empty()) return {};
    for_each_piece(text, U'\n', [&](std::u32string_view hard) {
        for_each_piece(hard, U' ', [&](std::u32string_view word) {
            if (!word.empty()) breaker.add_word(word);
        });
        breaker.end_paragraph();
    });
    return breaker.take();
}

ContentWidths content_widths(const std::u32string& text, const WidthFn& width) {
    ContentWidths cw;
    Atomizer atomizer(width);
    const double space = width(U' ');
    for_each_piece(text, U'\n', [&](std::u32string_view hard) {
        double line = 0;
        bool first = true;
        for_each_piece(hard, U' ', [&](std::u32string_view word) {
            if (word.empty()) return;
            double whole = 0;
            for (const Atom& atom : atomizer.atoms_of(word)) {
                whole += atom.width;
                cw.min = std::max(cw.min, atom.width + (atom.soft ? width(U'-') : 0));
            }
            line += whole + (first ? 0 : space);
            first = false;
        });
        cw.max = std::max(cw.max, line);
    });
    return cw;
}

}  // namespace shnor::render::pdf
