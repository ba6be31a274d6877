#include "render/pdf/linebreak.hpp"

#include <algorithm>

namespace shnor::render::pdf {
namespace {

constexpr char32_t kNbsp = 0xA0, kSoftHyphen = 0xAD;

bool is_dash(char32_t c) { return c == U'-' || c == 0x2010 || c == 0x2013 || c == 0x2014; }

// A piece of a word that ends at a break opportunity (or the word's end).
struct Atom {
    std::u32string text;
    bool soft = false;  // broken here, a hyphen is drawn
};

std::vector<std::u32string> split(const std::u32string& text, char32_t sep) {
    std::vector<std::u32string> out(1);
    for (char32_t c : text) {
        if (c == sep)
            out.emplace_back();
        else
            out.back().push_back(c);
    }
    return out;
}

std::vector<Atom> atoms_of(const std::u32string& word) {
    std::vector<Atom> atoms(1);
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char32_t c = word[i];
        if (c == kSoftHyphen) {
            if (!atoms.back().text.empty() && i + 1 < word.size()) {
                atoms.back().soft = true;
                atoms.emplace_back();
            }
            continue;
        }
        atoms.back().text.push_back(c == kNbsp ? U' ' : c);
        // Break after a dash that follows a letter and precedes something:
        // "северо-западный" yes, "-5" and a trailing dash no.
        if (is_dash(c) && i > 0 && i + 1 < word.size() && !is_dash(word[i - 1]) &&
            word[i - 1] != kNbsp)
            atoms.emplace_back();
    }
    if (atoms.back().text.empty() && atoms.size() > 1) atoms.pop_back();
    return atoms;
}

double measure(const std::u32string& s, const WidthFn& width) {
    double w = 0;
    for (char32_t c : s) w += width(c);
    return w;
}

class Breaker {
public:
    Breaker(const WidthFn& width, double max_width, double first_indent)
        : width_(width), full_(std::max(max_width, 1.0)), space_(width(U' ')) {
        max_ = std::max(full_ - std::max(first_indent, 0.0), 1.0);
    }

    void add_word(std::vector<Atom> atoms) {
        std::size_t i = 0;
        while (i < atoms.size()) {
            const double gap = cur_.words.empty() ? 0 : space_;
            if (cur_.width + gap + rest_width(atoms, i) <= max_) {
                push(join(atoms, i, atoms.size(), false));
                return;
            }
            if (const std::size_t k = fitting_prefix(atoms, i, gap); k > i) {
                push(join(atoms, i, k, atoms[k - 1].soft));
                flush(false);
                i = k;
            } else if (!cur_.words.empty()) {
                flush(false);  // retry the rest on an empty line
            } else {
                atoms[i].text = emergency(atoms[i].text);  // always takes >= 1 character
                if (atoms[i].text.empty()) ++i;
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
    double rest_width(const std::vector<Atom>& atoms, std::size_t from) const {
        double w = 0;
        for (std::size_t j = from; j < atoms.size(); ++j) w += measure(atoms[j].text, width_);
        return w;
    }

    // The largest k > from such that atoms [from, k) plus a soft hyphen fit.
    std::size_t fitting_prefix(const std::vector<Atom>& atoms, std::size_t from, double gap) const {
        std::size_t best = from;
        double w = cur_.width + gap;
        for (std::size_t k = from; k + 1 < atoms.size(); ++k) {
            w += measure(atoms[k].text, width_);
            const double hyphen = atoms[k].soft ? width_(U'-') : 0;
            if (w + hyphen > max_) break;
            best = k + 1;
        }
        return best;
    }

    Word join(const std::vector<Atom>& atoms, std::size_t from, std::size_t to, bool hyphen) const {
        Word w;
        for (std::size_t j = from; j < to; ++j) w.text += atoms[j].text;
        if (hyphen) w.text.push_back(U'-');
        w.width = measure(w.text, width_);
        return w;
    }

    // Puts as many characters as fit on the (empty) line; returns the rest.
    std::u32string emergency(const std::u32string& text) {
        Word w;
        std::size_t n = 0;
        while (n < text.size()) {
            const double cw = width_(text[n]);
            if (n > 0 && w.width + cw > max_) break;
            w.width += cw;
            w.text.push_back(text[n]);
            ++n;
        }
        push(std::move(w));
        flush(false);
        return text.substr(n);
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
    for (const auto& hard : split(text, U'\n')) {
        for (const auto& word : split(hard, U' '))
            if (!word.empty()) breaker.add_word(atoms_of(word));
        breaker.end_paragraph();
    }
    return breaker.take();
}

ContentWidths content_widths(const std::u32string& text, const WidthFn& width) {
    ContentWidths cw;
    const double space = width(U' ');
    for (const auto& hard : split(text, U'\n')) {
        double line = 0;
        bool first = true;
        for (const auto& word : split(hard, U' ')) {
            if (word.empty()) continue;
            double whole = 0;
            for (const auto& atom : atoms_of(word)) {
                const double w = measure(atom.text, width);
                whole += w;
                cw.min = std::max(cw.min, w + (atom.soft ? width(U'-') : 0));
            }
            line += whole + (first ? 0 : space);
            first = false;
        }
        cw.max = std::max(cw.max, line);
    }
    return cw;
}

}  // namespace shnor::render::pdf
