// shnor: the static site and PDF generator of the «500+» programme.
#include <exception>
#include <iostream>

#include "cli/cli.hpp"

int main(int argc, char** argv) {
    try {
        return shnor::cli::run(argc, argv, std::cout, std::cerr);
    } catch (const std::exception& e) {
        std::cerr << "shnor: внутренняя ошибка: " << e.what() << "\n";
        return shnor::cli::kInternal;
    }
}
