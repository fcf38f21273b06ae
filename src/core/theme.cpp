#include "core/theme.hpp"

namespace pm {

std::string_view themeIdName(ThemeId id) {
    switch (id) {
        case ThemeId::Light:
            return "light";
        case ThemeId::Dark:
            return "dark";
        case ThemeId::Print:
            return "print";
    }
    return "light";
}

std::optional<ThemeId> parseThemeId(std::string_view name) {
    for (ThemeId id : {ThemeId::Light, ThemeId::Dark, ThemeId::Print})
        if (themeIdName(id) == name) return id;
    return std::nullopt;
}

namespace {

// Okabe & Ito (2008), "Color Universal Design": blue, bluish green, orange, reddish purple,
// vermillion, sky blue, yellow — one per built-in type in legend order.
constexpr uint32_t kTypePalette[] = {0x0072B2, 0x009E73, 0xE69F00, 0xCC79A7, 0xD55E00, 0x56B4E9, 0xB8A400};
constexpr size_t kPaletteSize = sizeof kTypePalette / sizeof kTypePalette[0];

// Patterns per type in legend order: solid, long dash, dash-dot, dotted, long-short, medium dash,
// fine dots. Lengths are multiples of the line width.
const std::vector<std::vector<double>> kTypeDashes = {{},     {5, 2},    {4, 1.5, 1, 1.5}, {1, 1.5}, {6, 1.5, 1.5, 1.5},
                                                      {3, 2}, {0.8, 2.5}};

Theme lightTheme() {
    Theme t;
    t.id = ThemeId::Light;
    t.background = Color::rgb(0xF4F1EA);
    t.ocean = Color::rgb(0xDCEAF2);
    t.outline = Color::rgb(0x8AA5B5);
    t.land = Color::rgb(0xFBFAF6);
    t.home_country = Color::rgb(0xF3E3C3);
    t.partner_country = Color::rgb(0xE9EEDB);
    t.coast = Color::rgb(0xA9B8C0);
    t.border = Color::rgb(0xC9C2B4);
    t.graticule = Color::rgb(0xB9CFDC, 160);
    t.ring = Color::rgb(0x7A6F5D, 200);
    t.city_fill = Color::rgb(0xFFFFFF);
    t.city_stroke = Color::rgb(0x3A3A3A);
    t.home_fill = Color::rgb(0xB3261E);
    t.home_stroke = Color::rgb(0xFFFFFF);
    t.highlight = Color::rgb(0xB3261E);
    t.label_text = Color::rgb(0x222222);
    t.label_halo = Color::rgb(0xFFFFFF, 220);
    t.leader_line = Color::rgb(0x555555, 200);
    t.title_text = Color::rgb(0x1B1B1B);
    t.panel_fill = Color::rgb(0xFFFFFF, 235);
    t.panel_stroke = Color::rgb(0xBBBBBB);
    t.panel_text = Color::rgb(0x222222);
    t.muted_text = Color::rgb(0x666666);
    return t;
}

Theme darkTheme() {
    Theme t;
    t.id = ThemeId::Dark;
    t.background = Color::rgb(0x0E1117);
    t.ocean = Color::rgb(0x132235);
    t.outline = Color::rgb(0x3B5673);
    t.land = Color::rgb(0x2A3340);
    t.home_country = Color::rgb(0x4A4030);
    t.partner_country = Color::rgb(0x33424A);
    t.coast = Color::rgb(0x4A5A6C);
    t.border = Color::rgb(0x46505E);
    t.graticule = Color::rgb(0x2B4460, 170);
    t.ring = Color::rgb(0xC8B88A, 190);
    t.city_fill = Color::rgb(0xF2F2F2);
    t.city_stroke = Color::rgb(0x0E1117);
    t.home_fill = Color::rgb(0xFFB000);
    t.home_stroke = Color::rgb(0x0E1117);
    t.highlight = Color::rgb(0xFFD166);
    t.label_text = Color::rgb(0xF0F0F0);
    t.label_halo = Color::rgb(0x0E1117, 210);
    t.leader_line = Color::rgb(0xBBBBBB, 200);
    t.title_text = Color::rgb(0xFFFFFF);
    t.panel_fill = Color::rgb(0x151B24, 235);
    t.panel_stroke = Color::rgb(0x3B4656);
    t.panel_text = Color::rgb(0xEEEEEE);
    t.muted_text = Color::rgb(0xA0A8B0);
    return t;
}

// Print: greys only, so the map survives a black-and-white copier; types differ by pattern.
Theme printTheme() {
    Theme t;
    t.id = ThemeId::Print;
    t.background = Color::rgb(0xFFFFFF);
    t.ocean = Color::rgb(0xFFFFFF);
    t.outline = Color::rgb(0x000000);
    t.land = Color::rgb(0xEDEDED);
    t.home_country = Color::rgb(0xC8C8C8);
    t.partner_country = Color::rgb(0xDCDCDC);
    t.coast = Color::rgb(0x8C8C8C);
    t.border = Color::rgb(0xA8A8A8);
    t.graticule = Color::rgb(0xD0D0D0);
    t.ring = Color::rgb(0x505050);
    t.city_fill = Color::rgb(0xFFFFFF);
    t.city_stroke = Color::rgb(0x000000);
    t.home_fill = Color::rgb(0x000000);
    t.home_stroke = Color::rgb(0xFFFFFF);
    t.highlight = Color::rgb(0x000000);
    t.label_text = Color::rgb(0x000000);
    t.label_halo = Color::rgb(0xFFFFFF, 230);
    t.leader_line = Color::rgb(0x404040);
    t.title_text = Color::rgb(0x000000);
    t.panel_fill = Color::rgb(0xFFFFFF, 240);
    t.panel_stroke = Color::rgb(0x808080);
    t.panel_text = Color::rgb(0x000000);
    t.muted_text = Color::rgb(0x404040);
    return t;
}

}  // namespace

LinkStyle Theme::linkStyle(size_t type_index, PartnershipStatus status) const {
    LinkStyle style;
    const Color base = Color::rgb(kTypePalette[type_index % kPaletteSize]);
    style.color = id == ThemeId::Print ? base.greyscale().mix(Color::rgb(0x000000), 0.35) : base;
    style.width_px = type_index == 0 ? 2.4 : 1.9;
    style.dash_px = kTypeDashes[type_index % kTypeDashes.size()];
    if (status != PartnershipStatus::Active) {
        // Suspended and ended links: muted and evenly dashed, whatever the type's own pattern.
        const Color muted = id == ThemeId::Dark ? Color::rgb(0x8890A0) : Color::rgb(0x9A9A9A);
        style.color = style.color.mix(muted, 0.6).withAlpha(status == PartnershipStatus::Ended ? 140 : 200);
        style.dash_px = {2.5, 2.5};
        style.width_px *= 0.85;
    }
    for (double& length : style.dash_px) length *= style.width_px;
    return style;
}

const Theme& theme(ThemeId id) {
    static const Theme light = lightTheme(), dark = darkTheme(), print = printTheme();
    switch (id) {
        case ThemeId::Light:
            return light;
        case ThemeId::Dark:
            return dark;
        case ThemeId::Print:
            return print;
    }
    return light;
}

}  // namespace pm
