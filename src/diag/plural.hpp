#pragma once
// The Russian plural rule, shared by the report summary (diag/) and the
// view's figures (view::plural_ru): plural_ru(5, "школа", "школы", "школ").
namespace shnor::diag {

constexpr const char* plural_ru(long n, const char* one, const char* few, const char* many) {
    const long m100 = (n < 0 ? -n : n) % 100, m10 = m100 % 10;
    if (m100 >= 11 && m100 <= 14) return many;
    if (m10 == 1) return one;
    if (m10 >= 2 && m10 <= 4) return few;
    return many;
}

}  // namespace shnor::diag
