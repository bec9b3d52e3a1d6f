// Checks a GUI screenshot: the PNG exists, has the expected size, and its timeline area (the
// upper part of the window, where the layout puts the timeline) shows at least three task-state
// colours of the shared palette, so the timeline really drew spans and not just an empty frame.
//
// usage: check_screenshot FILE.png WIDTH HEIGHT [MIN_STATE_COLOURS=3]

#include <stb_image.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "app/viewmodel/state_palette.hpp"

using namespace il::viewmodel;

namespace {
constexpr int kMinPixels = 1000;
}

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s FILE.png WIDTH HEIGHT [MIN_STATE_COLOURS]\n", argv[0]);
        return 2;
    }
    const int wantW = std::atoi(argv[2]), wantH = std::atoi(argv[3]);
    const int minColours = argc > 4 ? std::atoi(argv[4]) : 3;
    int w = 0, h = 0, channels = 0;
    unsigned char* px = stbi_load(argv[1], &w, &h, &channels, 3);
    if (px == nullptr) {
        std::fprintf(stderr, "check_screenshot: cannot read %s: %s\n", argv[1], stbi_failure_reason());
        return 1;
    }
    int failures = 0;
    if (w != wantW || h != wantH) {
        std::fprintf(stderr, "check_screenshot: size %dx%d, expected %dx%d\n", w, h, wantW, wantH);
        ++failures;
    }
    // Pixels of each state colour (either theme) in the top 60% of the image.
    std::array<int, il::trace::kTaskStateCount> hits{};
    std::set<unsigned> distinct;
    for (int y = 0; y < h * 6 / 10; ++y) {
        for (int x = 0; x < w; ++x) {
            const unsigned char* p = px + 3 * (static_cast<size_t>(y) * w + x);
            distinct.insert(unsigned(p[0]) << 16 | unsigned(p[1]) << 8 | p[2]);
            for (int s = 0; s < il::trace::kTaskStateCount; ++s) {
                for (Theme theme : {Theme::Dark, Theme::Light}) {
                    const Rgba c = colourOf(static_cast<ColourId>(s), theme);
                    if (std::abs(p[0] - c.r) <= 3 && std::abs(p[1] - c.g) <= 3 && std::abs(p[2] - c.b) <= 3) ++hits[s];
                }
            }
        }
    }
    stbi_image_free(px);
    int present = 0;
    for (int s = 0; s < il::trace::kTaskStateCount; ++s) {
        // Spans, not the legend: a legend swatch is ~200 px, a row of spans thousands.
        const bool seen = hits[s] >= kMinPixels;
        present += seen ? 1 : 0;
        std::printf("  %-9s %7d px%s\n", il::trace::nameOf(static_cast<il::trace::TaskState>(s)), hits[s],
                    seen ? "" : " (not counted)");
    }
    std::printf("check_screenshot: %zu distinct colours, %d state colours in the timeline area\n",
                distinct.size(), present);
    if (distinct.size() < 10) {
        std::fprintf(stderr, "check_screenshot: the image is blank\n");
        ++failures;
    }
    if (present < minColours) {
        std::fprintf(stderr, "check_screenshot: need %d state colours, found %d\n", minColours, present);
        ++failures;
    }
    return failures == 0 ? 0 : 1;
}
