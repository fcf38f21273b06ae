#include "core/basemap.hpp"

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/problem.hpp"
#include "core/resources.hpp"

namespace pm {

namespace {

constexpr std::string_view kMagic = "PMBM";
constexpr std::uint64_t kVersion = 1;
constexpr std::int64_t kMaxLonMicro = 180'000'000;
constexpr std::int64_t kMaxLatMicro = 90'000'000;

struct Corrupt {
    std::string message;
};

// Reads the little-endian varints of the format; every read is bounds-checked so that a truncated or
// damaged file ends in a DataError, never in a crash or a huge allocation.
class Reader {
public:
    explicit Reader(std::string_view bytes) : m_bytes(bytes) {}

    size_t offset() const { return m_pos; }
    bool atEnd() const { return m_pos == m_bytes.size(); }

    std::uint64_t varint(const char* what) {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_bytes.size()) fail(std::string("file ends inside ") + what);
            const auto byte = static_cast<unsigned char>(m_bytes[m_pos++]);
            value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if ((byte & 0x80) == 0) return value;
        }
        fail(std::string("overlong number in ") + what);
    }

    std::int64_t zigzag(const char* what) {
        const std::uint64_t raw = varint(what);
        return (raw & 1) ? -static_cast<std::int64_t>(raw >> 1) - 1 : static_cast<std::int64_t>(raw >> 1);
    }

    // A count of items that each take at least `min_bytes` bytes: cannot exceed what is left.
    size_t count(const char* what, size_t min_bytes = 1) {
        const std::uint64_t n = varint(what);
        if (n > (m_bytes.size() - m_pos) / min_bytes) fail(std::string("impossible ") + what + " " + std::to_string(n));
        return static_cast<size_t>(n);
    }

    std::string text(const char* what) {
        const size_t n = count(what);
        std::string value(m_bytes.substr(m_pos, n));
        m_pos += n;
        return value;
    }

    std::string_view raw(size_t n) {
        if (m_bytes.size() - m_pos < n) fail("file too short");
        const std::string_view part = m_bytes.substr(m_pos, n);
        m_pos += n;
        return part;
    }

    [[noreturn]] void fail(const std::string& message) const {
        throw Corrupt{"corrupt basemap at byte " + std::to_string(m_pos) + ": " + message};
    }

private:
    std::string_view m_bytes;
    size_t m_pos = 0;
};

using Arcs = std::vector<std::vector<GeoPoint>>;

Arcs readArcs(Reader& in) {
    Arcs arcs(in.count("arc count"));
    for (auto& arc : arcs) {
        const size_t n = in.count("arc length", 2);
        if (n < 2) in.fail("an arc needs at least 2 points");
        arc.reserve(n);
        std::int64_t lon = 0, lat = 0;
        for (size_t i = 0; i < n; ++i) {
            const std::int64_t d_lon = in.zigzag("longitude"), d_lat = in.zigzag("latitude");
            // Checked before adding, so that no crafted delta can overflow.
            if (std::abs(d_lon) > 2 * kMaxLonMicro || std::abs(d_lat) > 2 * kMaxLatMicro)
                in.fail("coordinate out of range");
            lon += d_lon;
            lat += d_lat;
            if (lon < -kMaxLonMicro || lon > kMaxLonMicro || lat < -kMaxLatMicro || lat > kMaxLatMicro)
                in.fail("coordinate out of range");
            arc.push_back({.lat = static_cast<double>(lat) * 1e-6, .lon = static_cast<double>(lon) * 1e-6});
        }
    }
    return arcs;
}

// Concatenates arcs (TopoJSON references: i forward, ~i reversed); consecutive arcs share their
// joining point, which is kept once.
std::vector<GeoPoint> stitch(Reader& in, const Arcs& arcs) {
    const size_t n = in.count("arc reference count");
    std::vector<GeoPoint> points;
    for (size_t k = 0; k < n; ++k) {
        const std::int64_t ref = in.zigzag("arc reference");
        const std::int64_t index = ref >= 0 ? ref : ~ref;
        if (index >= static_cast<std::int64_t>(arcs.size())) in.fail("arc reference out of range");
        const auto& arc = arcs[static_cast<size_t>(index)];
        const size_t skip = points.empty() ? 0 : 1;
        if (ref >= 0) {
            points.insert(points.end(), arc.begin() + static_cast<std::ptrdiff_t>(skip), arc.end());
        } else {
            points.insert(points.end(), arc.rbegin() + static_cast<std::ptrdiff_t>(skip), arc.rend());
        }
    }
    return points;
}

GeoRing readRing(Reader& in, const Arcs& arcs) {
    GeoRing ring = stitch(in, arcs);
    if (ring.size() < 4 || ring.front() != ring.back()) in.fail("a ring must close with at least 3 distinct points");
    ring.pop_back();  // rings are stored open
    return ring;
}

std::vector<GeoPolygon> readPolygons(Reader& in, const Arcs& arcs) {
    std::vector<GeoPolygon> polygons(in.count("polygon count"));
    for (auto& polygon : polygons) {
        const size_t rings = in.count("ring count");
        if (rings == 0) in.fail("a polygon needs an exterior ring");
        polygon.exterior = readRing(in, arcs);
        polygon.holes.reserve(rings - 1);
        for (size_t r = 1; r < rings; ++r) polygon.holes.push_back(readRing(in, arcs));
    }
    return polygons;
}

Basemap parse(std::string_view bytes) {
    Reader in(bytes);
    if (in.raw(kMagic.size()) != kMagic) in.fail("not a PartnerMap basemap (magic bytes differ)");
    if (const auto version = in.varint("version"); version != kVersion)
        in.fail("format version " + std::to_string(version) + ", this program reads " + std::to_string(kVersion));
    const Arcs arcs = readArcs(in);
    Basemap map;
    map.land = readPolygons(in, arcs);
    map.countries.resize(in.count("country count"));
    for (auto& country : map.countries) {
        country.alpha2 = in.text("country code");
        if (!country.alpha2.empty() && country.alpha2.size() != 2) in.fail("country code must have 2 letters");
        country.name = in.text("country name");
        country.polygons = readPolygons(in, arcs);
    }
    map.borders.resize(in.count("border count"));
    for (auto& border : map.borders) {
        border = stitch(in, arcs);
        if (border.size() < 2) in.fail("a border line needs 2 points");
    }
    if (!in.atEnd()) in.fail("unexpected data after the borders");
    return map;
}

constexpr std::string_view kRegenerate = "; regenerate it with /usr/bin/python3 tools/build_basemap.py";

}  // namespace

std::string_view basemapDetailName(BasemapDetail detail) {
    switch (detail) {
        case BasemapDetail::Coarse110m:
            return "110m";
        case BasemapDetail::Medium50m:
            return "50m";
        case BasemapDetail::Fine10m:
            return "10m";
    }
    return "50m";
}

std::filesystem::path basemapPath(BasemapDetail detail) {
    return assetPath("basemap/basemap-" + std::string(basemapDetailName(detail)) + ".bin");
}

Basemap loadBasemapFromBytes(std::string_view bytes, const std::string& file_label) {
    try {
        return parse(bytes);
    } catch (const Corrupt& corrupt) {
        throw DataError(Problem{file_label, 0, corrupt.message + std::string(kRegenerate)});
    }
}

Basemap loadBasemap(const std::filesystem::path& file) {
    std::ifstream stream(file, std::ios::binary);
    if (!stream) throw DataError(Problem{file.string(), 0, "cannot open the basemap file" + std::string(kRegenerate)});
    std::ostringstream content;
    content << stream.rdbuf();
    return loadBasemapFromBytes(content.view(), file.string());
}

}  // namespace pm
