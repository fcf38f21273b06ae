#include "ui/i18n.hpp"

#include <algorithm>
#include <array>

namespace pm::ui {

namespace {

// Keys are "area.name". Values are string literals, so every view is null-terminated.
constexpr std::array kTranslations = std::to_array<Translation>({
    // Menus
    {"menu.file", "Datei", "File"},
    {"menu.open_path", "Datei öffnen (JSON, CSV, GeoJSON):", "Open file (JSON, CSV, GeoJSON):"},
    {"menu.open_bundled", "Mitgelieferte Daten öffnen", "Open bundled data"},
    {"menu.export_png", "Bild exportieren (PNG) …", "Export image (PNG) …"},
    {"menu.export_svg", "SVG exportieren …", "Export SVG …"},
    {"menu.export_csv", "Daten als CSV exportieren …", "Export data as CSV …"},
    {"menu.export_geojson", "Daten als GeoJSON exportieren …", "Export data as GeoJSON …"},
    {"menu.save_tour", "Ansicht als Tour speichern (Datei oben)", "Save view as tour (file above)"},
    {"menu.quit", "Beenden", "Quit"},
    {"menu.view", "Ansicht", "View"},
    {"menu.facts_on_map", "Fakten auf der Karte", "Facts on the map"},
    {"menu.fit_view", "Alles zeigen", "Fit view"},
    {"menu.presenter", "Präsentationsmodus", "Presenter mode"},
    {"menu.language", "Sprache", "Language"},
    {"menu.help", "Hilfe", "Help"},
    {"menu.about", "Über PartnerMap", "About PartnerMap"},
    // Window titles
    {"window.filters", "Filter", "Filters"},
    {"window.table", "Partnerschaften", "Partnerships"},
    {"window.settings", "Karteneinstellungen", "Map settings"},
    {"window.data", "Daten", "Data"},
    {"window.facts", "Fakten", "Facts"},
    {"window.timeline", "Zeitleiste", "Timeline"},
    {"window.details", "Details", "Details"},
    {"window.export", "Exportieren", "Export"},
    {"window.about", "Über PartnerMap", "About PartnerMap"},
    // Buttons and hints
    {"button.open", "Öffnen", "Open"},
    {"button.reset", "Zurücksetzen", "Reset"},
    {"button.apply", "Anwenden", "Apply"},
    {"button.close", "Schließen", "Close"},
    {"button.export", "Exportieren", "Export"},
    {"button.fly_to", "Hinfliegen", "Fly to"},
    {"hint.data_file", "Pfad zur Datendatei", "path to a data file"},
    {"hint.search", "Suche: Stadt, Land, Notiz …", "Search: city, country, note …"},
    {"hint.country_search", "Land suchen …", "Find a country …"},
    {"hint.export_path", "Dateiname", "file name"},
    // Filter panel
    {"filter.of", "von", "of"},
    {"filter.partnerships_shown", "Partnerschaften sichtbar", "partnerships shown"},
    {"filter.none_means_all", "Nichts angehakt: alle", "None ticked: all"},
    {"filter.home_cities", "Heimatstädte", "Home cities"},
    {"filter.partner_countries", "Partnerländer", "Partner countries"},
    {"filter.no_country", "Kein Land passt", "No country matches"},
    {"filter.clear_countries", "Länderauswahl aufheben", "Clear countries"},
    {"filter.types", "Arten", "Types"},
    {"filter.years", "Jahre", "Years"},
    {"filter.established_between", "Gegründet zwischen", "Established between"},
    {"filter.as_of", "Stand im Jahr", "As of year"},
    {"filter.status", "Status", "Status"},
    // Table columns
    {"column.home", "Heimatstadt", "Home city"},
    {"column.partner", "Partnerstadt", "Partner city"},
    {"column.country", "Land", "Country"},
    {"column.type", "Art", "Type"},
    {"column.since", "Seit", "Since"},
    {"column.distance", "Entfernung", "Distance"},
    // Map settings
    {"settings.projection", "Projektion", "Projection"},
    {"settings.centre", "Kartenmitte", "Map centre"},
    {"settings.centre_auto", "Automatisch (gewählte Heimatstadt)", "Automatic (selected home city)"},
    {"settings.lat", "Breite", "Lat"},
    {"settings.lon", "Länge", "Lon"},
    {"settings.detail", "Detailgrad der Grundkarte", "Basemap detail"},
    {"settings.detail_auto", "Automatisch", "Automatic"},
    {"settings.theme", "Farbschema", "Theme"},
    {"theme.light", "Hell", "Light"},
    {"theme.dark", "Dunkel", "Dark"},
    {"theme.print", "Druck", "Print"},
    {"settings.labels", "Ortsnamen", "City labels"},
    {"settings.distance_labels", "Entfernungen an den Linien", "Distances on the links"},
    {"settings.graticule", "Gradnetz", "Graticule"},
    {"settings.legend", "Legende", "Legend"},
    {"settings.title", "Titel", "Title"},
    {"settings.attribution", "Quellenangabe", "Attribution"},
    {"settings.rings", "Entfernungsringe", "Distance rings"},
    {"settings.map_lang", "Sprache der Karte", "Map language"},
    // Data panel
    {"data.files", "Geladene Dateien:", "Loaded files:"},
    {"data.bundled", "Mitgelieferte Daten", "Bundled data"},
    {"data.cities", "Städte", "cities"},
    {"data.partnerships", "Partnerschaften", "partnerships"},
    {"data.problems", "Hinweise beim letzten Laden", "Problems of the last load"},
    {"data.no_problems", "Keine Probleme beim letzten Laden.", "No problems in the last load."},
    {"data.kept", "Die bisherigen Daten bleiben geladen.", "The previous data was kept."},
    // Details and tooltip
    {"details.sources", "Quellen:", "Sources:"},
    // Export dialog
    {"export.window_size", "Fenstergröße", "Window size"},
    {"export.inset", "Gedrängte Städte vergrößert im Kasten", "Crowded cities enlarged in a box"},
    {"export.inset_tip",
     "Zeigt die Gegend um die Heimatstädte noch einmal größer, mit allen Namen, wenn die Karte dort zu eng ist",
     "Shows the area around the home cities again, larger, with every name, when the map is too crowded there"},
    {"export.width", "Breite", "Width"},
    {"export.height", "Höhe", "Height"},
    // Facts and timeline
    {"facts.anniversaries", "Runde Jubiläen", "Round anniversaries"},
    {"facts.no_anniversaries", "Keine runden Jubiläen.", "No round anniversaries."},
    {"timeline.as_of", "Stand", "As of"},
    {"timeline.all_shown", "Alle Jahre", "All years"},
    {"timeline.all_years", "Alle Jahre", "All years"},
    {"timeline.play", "Abspielen", "Play"},
    {"timeline.pause", "Pause", "Pause"},
    {"timeline.step_back", "< 1 Jahr", "< 1 year"},
    {"timeline.step_forward", "1 Jahr >", "1 year >"},
    {"timeline.speed", "Jahre pro Sekunde", "Years per second"},
    {"timeline.anniversary_year", "Jubiläen im Jahr", "Anniversaries in"},
    // About
    {"about.text", "Städtepartnerschaften auf einer Weltkarte: filtern, erkunden, präsentieren, exportieren.",
     "Town twinning on a world map: filter, explore, present, export."},
    {"about.attribution",
     "Kartendaten: Natural Earth (gemeinfrei) · Ortsdaten: GeoNames (CC BY 4.0) · Schrift: Noto Sans (SIL OFL)",
     "Map data: Natural Earth (public domain) · Places: GeoNames (CC BY 4.0) · Font: Noto Sans (SIL OFL)"},
});

}  // namespace

std::span<const Translation> translations() {
    return kTranslations;
}

const char* tr(std::string_view key, std::string_view lang) {
    const auto found = std::find_if(kTranslations.begin(), kTranslations.end(),
                                    [key](const Translation& entry) { return entry.key == key; });
    if (found == kTranslations.end()) return key.data();
    return (lang == "en" ? found->en : found->de).data();
}

}  // namespace pm::ui
