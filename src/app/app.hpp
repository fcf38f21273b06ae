#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace pm::app {

class Inputs;

// How `partnermap` without a subcommand opens the app.
struct AppOptions {
    std::vector<std::string> files;  // empty: the bundled data set
    bool present = false;            // start in presenter mode (full screen)
    bool kiosk = false;              // unattended screen: loop the tour, idle return
    double kiosk_idle_seconds = 60;  // without input, the kiosk goes back to its loop
    std::string tour_file;           // play this tour in presenter mode
    std::string size;                // window size WxH; default: the last one used
    // For tests and screenshots: quit after this many frames (0: run until closed), and save the
    // window's last frame as a PNG.
    int quit_after_frames = 0;
    std::string screenshot;
    bool windowed_presenter = false;  // presenter mode without going full screen (tests under Xvfb)
    // Read and write the settings and panel layout in the config folder. The benchmark runs without:
    // on the defaults, so that its figures do not depend on the last session, and leaving the user's
    // own settings as they were.
    bool user_settings = true;
};

// Opens the window and runs until it is closed. Returns the process exit code.
int runApp(const AppOptions& options, const Inputs& inputs, std::ostream& out, std::ostream& err);

// `partnermap --bench`: the app's timings, offscreen under Xvfb, printed to `out`.
struct BenchOptions {
    int synthetic = 10000;
    int frames = 60;
    std::string size = "1920x1080";
    std::string gmt_seconds;  // optional: GMT's time for the 3840x2160 comparison, measured by bench/gmt_compare.sh
};
int runAppBench(const BenchOptions& options, const Inputs& inputs, std::ostream& out, std::ostream& err);

}  // namespace pm::app
