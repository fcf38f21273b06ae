// Renders clipped and projected basemaps to SVG for a human to look at. Runs only when
// PARTNERMAP_CLIP_SVG_DIR names a folder, e.g.
//   PARTNERMAP_CLIP_SVG_DIR=/tmp build/tests/test_core --gtest_filter='ClipRender*'
// then `rsvg-convert -o x.png /tmp/clip-check-*.svg`.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/basemap.hpp"
#include "core/projection.hpp"

namespace pm {
namespace {

struct View {
    Box2 box;
    double scale = 1;
    Vec2 map(Vec2 p) const { return {(p.x - box.min.x) * scale + 10, (box.max.y - p.y) * scale + 10}; }
};

void appendRing(std::ostringstream& svg, const View& view, const std::vector<Vec2>& ring, bool close) {
    for (size_t i = 0; i < ring.size(); ++i) {
        const Vec2 p = view.map(ring[i]);
        svg << (i == 0 ? "M" : "L") << p.x << ' ' << p.y << ' ';
    }
    if (close) svg << "Z ";
}

void render(const Basemap& basemap, const ProjectionSpec& spec, const std::string& file) {
    const Projection projection(spec);
    View view{projection.bounds(), 1000.0 / projection.bounds().width()};
    const double height = projection.bounds().height() * view.scale + 20;
    std::ostringstream svg;
    svg << "<svg xmlns='http://www.w3.org/2000/svg' width='1020' height='" << height << "'>\n";
    svg << "<rect width='100%' height='100%' fill='white'/>\n<path fill='#cfe3f3' stroke='#333' d='";
    appendRing(svg, view, projection.outline(), true);
    svg << "'/>\n";
    for (const BasemapCountry& country : basemap.countries) {
        const bool highlight = country.alpha2 == "RU" || country.alpha2 == "AQ" || country.alpha2 == "FJ" ||
                               country.alpha2 == "US" || country.alpha2 == "DE";
        svg << "<path fill-rule='evenodd' fill='" << (highlight ? "#e8a060" : "#f4f0e0")
            << "' stroke='#999' stroke-width='0.3' d='";
        for (const GeoPolygon& polygon : country.polygons)
            for (const MapPolygon& piece : projectClippedPolygon(polygon, projection)) {
                appendRing(svg, view, piece.exterior, true);
                for (const MapRing& hole : piece.holes) appendRing(svg, view, hole, true);
            }
        svg << "'/>\n";
    }
    svg << "<path fill='none' stroke='#c00' stroke-width='0.6' d='";
    for (const GeoLine& border : basemap.borders)
        for (const MapLine& line : projectClippedLine(border, projection)) appendRing(svg, view, line, false);
    svg << "'/>\n<path fill='none' stroke='#06c' stroke-width='0.5' d='";
    for (double lon = -180; lon < 180; lon += 30) {
        GeoLine meridian;
        for (double lat = -90; lat <= 90; lat += 2) meridian.push_back({.lat = lat, .lon = lon});
        for (const MapLine& line : projectClippedLine(meridian, projection)) appendRing(svg, view, line, false);
    }
    for (double lat = -60; lat <= 60; lat += 30) {
        GeoLine parallel;
        for (double lon = -180; lon <= 180; lon += 2) parallel.push_back({.lat = lat, .lon = lon});
        for (const MapLine& line : projectClippedLine(parallel, projection)) appendRing(svg, view, line, false);
    }
    svg << "'/>\n</svg>\n";
    std::ofstream(file) << svg.str();
}

TEST(ClipRender, WritesSvgFilesWhenAsked) {
    const char* dir = std::getenv("PARTNERMAP_CLIP_SVG_DIR");
    if (!dir || !*dir) GTEST_SKIP() << "set PARTNERMAP_CLIP_SVG_DIR to write the pictures";
    const char* level = std::getenv("PARTNERMAP_CLIP_SVG_LEVEL");
    const BasemapDetail detail = level && std::string(level) == "110m"  ? BasemapDetail::Coarse110m
                                 : level && std::string(level) == "10m" ? BasemapDetail::Fine10m
                                                                        : BasemapDetail::Medium50m;
    const Basemap basemap = loadBasemap(basemapPath(detail));
    const std::string base = std::string(dir) + "/clip-check-";
    render(basemap, {"equal-earth", {.lat = 0, .lon = 0}, ""}, base + "eqearth-0.svg");
    render(basemap, {"equal-earth", {.lat = 0, .lon = 150}, ""}, base + "eqearth-150.svg");
    render(basemap, {"robinson", {.lat = 0, .lon = -30}, ""}, base + "robinson-m30.svg");
    render(basemap, {"mercator", {.lat = 0, .lon = 10}, ""}, base + "mercator-10.svg");
    render(basemap, {"winkel-tripel", {.lat = 0, .lon = -170}, ""}, base + "wintri-m170.svg");
    render(basemap, {"orthographic", {.lat = 52, .lon = 10}, ""}, base + "ortho-52-10.svg");
    render(basemap, {"orthographic", {.lat = -60, .lon = 170}, ""}, base + "ortho-m60-170.svg");
    render(basemap, {"azimuthal-equidistant", {.lat = 49.45, .lon = 11.08}, ""}, base + "aeqd-nuernberg.svg");
    render(basemap, {"azimuthal-equidistant", {.lat = -40, .lon = -150}, ""}, base + "aeqd-m40-m150.svg");
    render(basemap, {"lambert-azimuthal", {.lat = 52, .lon = 10}, ""}, base + "laea-52-10.svg");
    render(basemap, {"mollweide", {.lat = 0, .lon = 100}, ""}, base + "moll-100.svg");
    render(basemap, {"lambert-azimuthal", {.lat = 0, .lon = 90}, ""}, base + "laea-0-90.svg");
    render(basemap, {"natural-earth", {.lat = 0, .lon = -150}, ""}, base + "natearth-m150.svg");
    render(basemap, {"equirectangular", {.lat = 0, .lon = 180}, ""}, base + "eqc-180.svg");
}

}  // namespace
}  // namespace pm
