#include <gtest/gtest.h>
#include <imgui_internal.h>

#include "core/filter.hpp"
#include "ui/about_window.hpp"
#include "ui/data_panel.hpp"
#include "ui/details_panel.hpp"
#include "ui/draw_ui.hpp"
#include "ui/export_dialog.hpp"
#include "ui/facts_panel.hpp"
#include "ui/filter_panel.hpp"
#include "ui/i18n.hpp"
#include "ui/main_menu.hpp"
#include "ui/settings_panel.hpp"
#include "ui/status_bar.hpp"
#include "ui/table_panel.hpp"
#include "ui/timeline_panel.hpp"
#include "ui_test_util.hpp"

namespace pm::ui {
namespace {

const WindowFlags kNoWindows{false, false, false, false, false, false, false};

using PanelFunction = void (*)(AppState&, const PanelContext&);

// Draws panels over an AppState with the bundled data; the visible partnerships follow the
// filter every frame, as in the app.
class Panels : public testing::Test {
protected:
    Panels() {
        state.data.data = std::make_shared<const DataSet>(test::bundledUiData());
        state.windows = {true, true, true, true, true, true, true};
        state.status_line = "Geladen: Nürnberg, Córdoba, Braşov, Xi’an, Ростов-на-Дону";
    }

    int frame(PanelFunction panel) {
        return imgui.frame([&] { drawWith(panel); });
    }
    void frames(PanelFunction panel, int count) {
        for (int i = 0; i < count; ++i) frame(panel);
    }
    void click(PanelFunction panel, const std::string& item) {
        frames(panel, 2);  // lay out first: auto-sized windows settle in their second frame
        ASSERT_TRUE(recorder.items.count(item)) << item << " was not drawn";
        const ItemRect rect = recorder.items.at(item);
        // Left part of the item, vertically centred: a table row's first column, a button's label.
        const ImVec2 at(std::min(rect.min.x + 12.0f, rect.centre().x), rect.centre().y);
        imgui.click(at, [&] { drawWith(panel); });
    }
    ImGuiWindow* window(const char* id) { return ImGui::FindWindowByName(id); }

    test::HeadlessImGui imgui;
    AppState state;
    ItemRecorder recorder;
    DerivedDataCache derived_cache;
    int year = 2026;

private:
    void drawWith(PanelFunction panel) {
        recorder.items.clear();
        DerivedData& derived = derived_cache.update(state, test::countryTable(), year);
        const PanelContext context{test::countryTable(), derived, year, 1600, 1000, imgui.fonts.caption, &recorder};
        panel(state, context);
    }
};

struct NamedPanel {
    const char* window_id;
    PanelFunction draw;
    const char* title_key;
};

const NamedPanel kPanels[] = {
    {"###filters", drawFilterPanel, "window.filters"},     {"###table", drawTablePanel, "window.table"},
    {"###settings", drawSettingsPanel, "window.settings"}, {"###data", drawDataPanel, "window.data"},
    {"###facts", drawFactsPanel, "window.facts"},          {"###timeline", drawTimelinePanel, "window.timeline"},
    {"###details", drawDetailsPanel, "window.details"},    {"###export", drawExportDialog, "window.export"},
    {"###about", drawAboutWindow, "window.about"},
};

TEST_F(Panels, EveryPanelDrawsInBothLanguages) {
    state.selection.partnership = 0;
    state.export_state.open = true;
    state.data.problems = {{"daten.csv", 12, "Unbekannte Spalte „Bürgermeister“"}};
    state.map.projection_id = "custom";
    for (const char* lang : {"de", "en"}) {
        state.ui_lang = lang;
        for (const NamedPanel& panel : kPanels) {
            SCOPED_TRACE(std::string(lang) + " " + panel.window_id);
            frames(panel.draw, 2);
            EXPECT_GT(frame(panel.draw), 100);
            ImGuiWindow* drawn = window(panel.window_id);
            ASSERT_NE(drawn, nullptr);
            EXPECT_TRUE(drawn->WasActive);
            // The title changes with the language, the window (its id, position, size) stays.
            EXPECT_EQ(drawn->ID, ImHashStr(panel.window_id));
            EXPECT_STRNE(tr(panel.title_key, lang), panel.title_key);
        }
    }
}

TEST_F(Panels, HiddenWindowsAreNotDrawn) {
    state.windows = kNoWindows;
    for (const NamedPanel& panel : kPanels) {
        frames(panel.draw, 2);
        ImGuiWindow* drawn = window(panel.window_id);
        EXPECT_TRUE(drawn == nullptr || !drawn->WasActive) << panel.window_id;
    }
}

TEST_F(Panels, DrawUiDrawsEverythingAndNothingInPresenterMode) {
    state.selection.partnership = 3;
    state.hovered_partnership = 3;
    frames(drawUi, 3);
    for (const char* id : {"###filters", "###table", "###settings", "###details", "##status_bar"}) {
        ASSERT_NE(window(id), nullptr) << id;
        EXPECT_TRUE(window(id)->WasActive) << id;
    }
    ASSERT_NE(window("##Tooltip_00"), nullptr);
    EXPECT_TRUE(window("##Tooltip_00")->WasActive);
    state.presenter.active = true;
    frames(drawUi, 2);
    EXPECT_FALSE(window("###filters")->WasActive);
    EXPECT_FALSE(window("##status_bar")->WasActive);
    EXPECT_TRUE(window("##Tooltip_00")->WasActive);
}

TEST_F(Panels, HoverTooltipForACity) {
    const auto tooltip = [](AppState& s, const PanelContext& c) { drawHoverTooltip(s, c); };
    state.hovered_city = "nuernberg";
    frames(tooltip, 2);
    ASSERT_NE(window("##Tooltip_00"), nullptr);
    EXPECT_TRUE(window("##Tooltip_00")->WasActive);
    state.hovered_city = "no-such-city";
    frames(tooltip, 2);
    EXPECT_FALSE(window("##Tooltip_00")->WasActive);
}

TEST_F(Panels, ClickingResetClearsTheFilter) {
    state.filter.home_ids = {"nuernberg"};
    state.filter.types = {"partnership"};
    state.filter.text = "Nizza";
    state.filter.as_of = 1990;
    state.country_search = "fra";
    click(drawFilterPanel, "filters.reset");
    EXPECT_TRUE(state.filter.empty());
    EXPECT_EQ(state.filter, PartnershipFilter{});
    EXPECT_EQ(state.country_search, "");
}

TEST_F(Panels, ClickingCheckboxesEditsTheFilter) {
    click(drawFilterPanel, "filters.home.dortmund");
    EXPECT_EQ(state.filter.home_ids, (std::set<std::string>{"dortmund"}));
    click(drawFilterPanel, "filters.type.partnership");
    EXPECT_EQ(state.filter.types, (std::set<std::string>{"partnership"}));
    click(drawFilterPanel, "filters.country.FR");
    EXPECT_EQ(state.filter.partner_countries, (std::set<std::string>{"FR"}));
    click(drawFilterPanel, "filters.country.FR");
    EXPECT_TRUE(state.filter.partner_countries.empty());
    click(drawFilterPanel, "filters.home.dortmund");
    EXPECT_TRUE(state.filter.home_ids.empty());
}

TEST_F(Panels, CountrySearchNarrowsTheList) {
    state.ui_lang = "en";
    frames(drawFilterPanel, 2);
    EXPECT_TRUE(recorder.items.count("filters.country.FR"));
    EXPECT_TRUE(recorder.items.count("filters.country.DE"));
    state.country_search = "frank";  // the German name while the UI is English
    frames(drawFilterPanel, 2);
    EXPECT_TRUE(recorder.items.count("filters.country.FR"));
    EXPECT_FALSE(recorder.items.count("filters.country.DE"));
}

TEST_F(Panels, ClickingRingsAddsAndRemovesThem) {
    state.windows = kNoWindows;
    state.windows.settings = true;
    click(drawSettingsPanel, "settings.ring.5000");
    click(drawSettingsPanel, "settings.ring.1000");
    EXPECT_EQ(state.map.rings_km, (std::vector<double>{1000, 5000}));
    click(drawSettingsPanel, "settings.ring.5000");
    EXPECT_EQ(state.map.rings_km, (std::vector<double>{1000}));
}

TEST_F(Panels, ClickingATableRowSelectsAndFliesThere) {
    state.windows = kNoWindows;
    state.windows.table = true;
    state.filter.home_ids = {"nuernberg"};
    frames(drawTablePanel, 2);
    // The first row of the default sort (home city): a Nürnberg partnership.
    std::optional<size_t> first;
    float top = 1e9f;
    for (const auto& [name, rect] : recorder.items)
        if (name.rfind("table.row.", 0) == 0 && rect.min.y < top) {
            top = rect.min.y;
            first = std::stoul(name.substr(10));
        }
    ASSERT_TRUE(first);
    EXPECT_EQ(state.data.dataSet().partnerships[*first].home_id, "nuernberg");
    click(drawTablePanel, "table.row." + std::to_string(*first));
    EXPECT_EQ(state.selection.partnership, first);
    EXPECT_EQ(state.requests.fly_to_partnership, first);
}

TEST_F(Panels, ExportButtonValidatesThenRequests) {
    state.export_state.open = true;
    state.export_state.window_size = false;
    state.export_state.width = 20000;
    state.export_state.height = 1000;
    click(drawExportDialog, "export.export");
    EXPECT_FALSE(state.requests.export_request);
    EXPECT_EQ(state.export_state.message,
              "Breite und Höhe müssen zwischen 1 und 16384 Pixeln liegen (eingegeben: 20000 × 1000).");

    state.ui_lang = "en";
    state.export_state.width = 4000;
    state.export_state.kind = ExportKind::Svg;
    state.export_state.path = "karte.svg";
    click(drawExportDialog, "export.export");
    ASSERT_TRUE(state.requests.export_request);
    EXPECT_EQ(state.requests.export_request->kind, ExportKind::Svg);
    EXPECT_EQ(state.requests.export_request->path, "karte.svg");
    EXPECT_EQ(state.requests.export_request->width, 4000);
    EXPECT_EQ(state.requests.export_request->height, 1000);
    EXPECT_EQ(state.export_state.message, "");
}

TEST_F(Panels, RunningExportShowsProgressInsteadOfTheButton) {
    state.export_state.open = true;
    state.export_state.running = true;
    state.export_state.progress = 0.4;
    frames(drawExportDialog, 2);
    EXPECT_FALSE(recorder.items.count("export.export"));
    EXPECT_TRUE(window("###export")->WasActive);
}

TEST_F(Panels, DetailsCloseClearsTheSelection) {
    state.selection.partnership = 5;
    click(drawDetailsPanel, "details.fly_to");
    EXPECT_EQ(state.requests.fly_to_partnership, 5u);
    click(drawDetailsPanel, "details.close");
    EXPECT_FALSE(state.selection.partnership);
}

TEST_F(Panels, DetailsOfAnOutOfRangeSelectionDrawNothing) {
    state.selection.partnership = 100000;
    frames(drawDetailsPanel, 2);
    EXPECT_EQ(window("###details"), nullptr);
}

TEST_F(Panels, TimelineStepsAndPlays) {
    state.windows = kNoWindows;
    state.windows.timeline = true;
    state.presenter.timeline_year = 1990;
    click(drawTimelinePanel, "timeline.step_forward");
    EXPECT_EQ(state.filter.as_of, 1991);
    EXPECT_DOUBLE_EQ(state.presenter.timeline_year, 1991);
    click(drawTimelinePanel, "timeline.step_back");
    click(drawTimelinePanel, "timeline.step_back");
    EXPECT_EQ(state.filter.as_of, 1989);
    click(drawTimelinePanel, "timeline.play");
    EXPECT_TRUE(state.presenter.timeline_playing);
    click(drawTimelinePanel, "timeline.play");
    EXPECT_FALSE(state.presenter.timeline_playing);
}

TEST_F(Panels, ApplyingACustomProjection) {
    state.map.projection_id = "custom";
    state.custom_proj_input = "+proj=wag7 +lon_0=10";
    frames(drawSettingsPanel, 2);
    EXPECT_EQ(state.map.custom_proj, "");  // typing alone does not rebuild the map
    click(drawSettingsPanel, "settings.apply_proj");
    EXPECT_EQ(state.map.custom_proj, "+proj=wag7 +lon_0=10");
}

TEST_F(Panels, DataPanelOpenRequestsTheFile) {
    state.data.open_path = "  /tmp/partner.csv ";
    state.data.last_error = "partner.csv:3: Spalte „lat“ fehlt";
    click(drawDataPanel, "data.open");
    EXPECT_EQ(state.requests.open_files, (std::vector<std::string>{"/tmp/partner.csv"}));
}

TEST_F(Panels, MenuOpensTheSvgExport) {
    state.export_state.path = "out/karte.png";
    const auto menu = [](AppState& s, const PanelContext& c) { drawMainMenu(s, c); };
    click(menu, "menu.file");
    ASSERT_TRUE(recorder.items.count("menu.export_svg"));
    click(menu, "menu.export_svg");
    EXPECT_TRUE(state.export_state.open);
    EXPECT_EQ(state.export_state.kind, ExportKind::Svg);
    EXPECT_EQ(state.export_state.path, "out/karte.svg");
}

TEST_F(Panels, MenuSwitchesTheLanguage) {
    const auto menu = [](AppState& s, const PanelContext& c) { drawMainMenu(s, c); };
    click(menu, "menu.language");
    click(menu, "menu.english");
    EXPECT_EQ(state.ui_lang, "en");
    frames(drawFilterPanel, 2);
    EXPECT_TRUE(window("###filters")->WasActive);
}

TEST_F(Panels, OpenExportDialogFitsThePath) {
    state.export_state.path = "karte.png";
    openExportDialog(state, ExportKind::GeoJson);
    EXPECT_TRUE(state.export_state.open);
    EXPECT_EQ(state.export_state.path, "karte.geojson");
}

TEST_F(Panels, PanelsKeepStateOutOfThemselves) {
    // Drawing the same state twice gives the same state: nothing is remembered between frames.
    state.selection.partnership = 2;
    state.filter.types = {"partnership"};
    frames(drawUi, 3);
    const PartnershipFilter filter = state.filter;
    const Selection selection = state.selection;
    const MapSettings map = state.map;
    frames(drawUi, 3);
    EXPECT_EQ(state.filter, filter);
    EXPECT_EQ(state.selection, selection);
    EXPECT_EQ(state.map, map);
    EXPECT_FALSE(state.requests.export_request);
    EXPECT_FALSE(state.requests.quit);
}

}  // namespace
}  // namespace pm::ui
