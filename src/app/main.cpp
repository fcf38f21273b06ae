#include "app/cli.hpp"

int main(int argc, char** argv) {
    return pm::app::runCli(argc, argv);
}
