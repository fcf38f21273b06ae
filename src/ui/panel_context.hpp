#pragma once

#include <imgui.h>

#include <map>
#include <string>
#include <vector>

#include "ui/derived_data.hpp"

namespace pm {
class CountryTable;
}

namespace pm::ui {

struct ItemRect {
    ImVec2 min;
    ImVec2 max;
    ImVec2 centre() const { return {(min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f}; }
};

// Where panels drew their named items (buttons, table rows) during the last frame. Only tests set
// one, to find what to click; the app leaves PanelContext::recorder null.
struct ItemRecorder {
    std::map<std::string, ItemRect> items;
};

// What every panel reads besides AppState: data the app owns and facts of the current frame.
struct PanelContext {
    const CountryTable& countries;
    DerivedData& derived;  // DerivedDataCache::update of this frame's state (visible partnerships, counts, rows)
    int current_year = 0;  // pm::currentYear()
    int window_width = 0;  // framebuffer size in pixels: "export at window size"
    int window_height = 0;
    ImFont* caption_font = nullptr;  // larger font for the details card title; null: the default font
    ItemRecorder* recorder = nullptr;
};

// Stores the last item's rectangle under `name` if the context has a recorder.
void recordItem(const PanelContext& context, const std::string& name);

}  // namespace pm::ui
