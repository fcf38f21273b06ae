#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/color.hpp"
#include "core/model.hpp"

namespace pm {

enum class ThemeId { Light, Dark, Print };

std::string_view themeIdName(ThemeId id);  // "light", "dark", "print"
std::optional<ThemeId> parseThemeId(std::string_view name);

// How one partnership link is stroked. Widths and dashes are in output pixels, so that lines
// keep their width at any zoom.
struct LinkStyle {
    Color color;
    double width_px = 2.0;
    std::vector<double> dash_px;  // on, off, on, off ...; empty = solid
};

// The colours of a map. Link colours come from the Okabe–Ito palette, which stays distinct for
// the common forms of colour blindness; each type also has its own line pattern so that the
// legend still works in greyscale print.
struct Theme {
    ThemeId id = ThemeId::Light;
    Color background;  // outside the map outline
    Color ocean;
    Color outline;
    Color land;
    Color home_country;
    Color partner_country;
    Color coast;
    Color border;
    Color graticule;
    Color ring;
    Color city_fill, city_stroke;
    Color home_fill, home_stroke;
    Color highlight;  // the selected link or city
    Color label_text, label_halo, leader_line;
    Color title_text, panel_fill, panel_stroke, panel_text, muted_text;

    // type_index: the position of the type in DataSet::allTypes() (built-ins first), so that
    // declared types get colours too.
    LinkStyle linkStyle(size_t type_index, PartnershipStatus status) const;
};

const Theme& theme(ThemeId id);

}  // namespace pm
