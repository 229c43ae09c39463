// The kill harness's driver (issue 8): opens a workspace, finds the first
// scripted edit not yet in it (crash_script.h), and makes edits from there,
// printing "committed <n>" (flushed) after each one returns. The runner
// (kill_test.cpp) kills it with SIGKILL at a random moment.
//
//   crash_driver FILE [MAX_EDITS]
//
// Prints "resume <n>" first. Stops after MAX_EDITS edits (default: no limit
// but 1,000,000). Exit status 1 with the message on stderr if an edit fails.

#include "core/error.h"
#include "crash_script.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: crash_driver FILE [MAX_EDITS]\n");
        return 2;
    }
    const long maxEdits = argc == 3 ? std::atol(argv[2]) : 1000000;
    try {
        mc::Workspace ws = mc::Workspace::open(argv[1]);
        int n = mc::crash::firstMissing(ws);
        std::printf("resume %d\n", n);
        std::fflush(stdout);
        for (long done = 0; done < maxEdits; ++done, ++n) {
            mc::crash::applyEdit(ws, n);
            std::printf("committed %d\n", n);
            std::fflush(stdout);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "crash_driver: %s\n", e.what());
        return 1;
    }
    return 0;
}
