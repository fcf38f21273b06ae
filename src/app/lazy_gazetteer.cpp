#include "app/lazy_gazetteer.hpp"

#include "core/gazetteer_index.hpp"

namespace pm::app {

LazyGazetteer::LazyGazetteer(std::filesystem::path file) : m_file(std::move(file)) {}
LazyGazetteer::~LazyGazetteer() = default;

const Gazetteer& LazyGazetteer::gazetteer() const {
    std::call_once(m_loaded, [this] { m_gazetteer = std::make_unique<Gazetteer>(Gazetteer::load(m_file)); });
    return *m_gazetteer;
}

GeocodeResult LazyGazetteer::geocode(std::string_view name, std::string_view country_alpha2) const {
    return gazetteer().geocode(name, country_alpha2);
}

}  // namespace pm::app
