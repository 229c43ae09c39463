#include "app/cli.h"
#include "ui/application.h"

#include <iostream>

int main(int argc, char** argv) {
    if (auto code = mc::cli::run(argc, argv, std::cout, std::cerr))
        return *code;
    return mc::ui::runDesktopApp(argc, argv, {});
}
