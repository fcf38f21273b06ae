#pragma once

#include <gtest/gtest.h>
#include <imgui.h>

#include <functional>
#include <string>

#include "core/countries.hpp"
#include "core/dataset_files.hpp"
#include "core/resources.hpp"
#include "ui/app_state.hpp"
#include "ui/fonts.hpp"
#include "ui/panel_context.hpp"

namespace pm::test {

inline const DataSet& bundledUiData() {
    static const DataSet data = loadDataSetFile(bundledDataPath(), {});
    return data;
}

inline const CountryTable& countryTable() {
    static const CountryTable table = CountryTable::load(CountryTable::defaultPath());
    return table;
}

// A small data set with known answers: Nürnberg with six partners, Dortmund with one.
inline DataSet smallData() {
    DataSet data;
    data.title = "Test";
    const auto city = [&data](std::string id, std::string name, std::string en, std::string country, double lat,
                              double lon) {
        City c;
        c.id = std::move(id);
        c.name = std::move(name);
        if (!en.empty()) c.names["en"] = std::move(en);
        c.country = std::move(country);
        c.position = {lat, lon};
        data.cities.push_back(std::move(c));
    };
    city("nuernberg", "Nürnberg", "Nuremberg", "DE", 49.45421, 11.07752);
    city("dortmund", "Dortmund", "", "DE", 51.51494, 7.466);
    city("nizza", "Nizza", "Nice", "FR", 43.70313, 7.26608);
    city("krakau", "Krakau", "Kraków", "PL", 50.06143, 19.93658);
    city("antalya", "Antalya", "", "TR", 36.90812, 30.69556);
    city("orebro", "Örebro", "", "SE", 59.27412, 15.2066);
    city("ohrid", "Ohrid", "", "MK", 41.11722, 20.80194);
    city("prag", "Prag", "Prague", "CZ", 50.08804, 14.42076);
    city("rostow", "Rostow am Don", "Ростов-на-Дону", "RU", 47.23135, 39.72328);
    const auto link = [&data](std::string home, std::string partner, std::string type, std::optional<int> since,
                              PartnershipStatus status = PartnershipStatus::Active) {
        Partnership p;
        p.home_id = std::move(home);
        p.partner_id = std::move(partner);
        p.type = std::move(type);
        p.since = since;
        p.status = status;
        data.partnerships.push_back(std::move(p));
    };
    link("nuernberg", "nizza", "partnership", 1954);
    link("nuernberg", "krakau", "partnership", 1979);
    link("nuernberg", "antalya", "partnership", 1997);
    link("nuernberg", "orebro", "friendship", std::nullopt);
    link("nuernberg", "ohrid", "partnership", 2010, PartnershipStatus::Suspended);
    link("nuernberg", "prag", "partnership", 1990);
    link("dortmund", "rostow", "partnership", 1977, PartnershipStatus::Suspended);
    return data;
}

// An ImGui context with the UI fonts, drawing frames without any backend.
class HeadlessImGui {
public:
    HeadlessImGui() {
        IMGUI_CHECKVERSION();
        m_context = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.DisplaySize = ImVec2(1600, 1000);
        io.DeltaTime = 1.0f / 60.0f;
        fonts = ui::loadUiFonts(*io.Fonts, 1.0f, "de");
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    ~HeadlessImGui() { ImGui::DestroyContext(m_context); }
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;

    // One frame: NewFrame, draw, Render. Returns the number of vertices drawn.
    int frame(const std::function<void()>& draw) {
        ImGui::NewFrame();
        draw();
        ImGui::Render();
        return ImGui::GetDrawData()->TotalVtxCount;
    }

    // A left click at `pos`: move there, press, release (the button fires on release).
    void click(ImVec2 pos, const std::function<void()>& draw) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = pos;
        frame(draw);
        io.MouseDown[0] = true;
        frame(draw);
        io.MouseDown[0] = false;
        frame(draw);
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        frame(draw);
    }

    ui::UiFonts fonts;

private:
    ImGuiContext* m_context = nullptr;
};

}  // namespace pm::test
