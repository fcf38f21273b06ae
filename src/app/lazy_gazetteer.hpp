#pragma once

#include <filesystem>
#include <memory>
#include <mutex>

#include "core/gazetteer.hpp"

namespace pm {
class Gazetteer;
}

namespace pm::app {

// Loads the gazetteer asset on first use: most commands never need it, and loading costs time.
class LazyGazetteer : public Geocoder {
public:
    explicit LazyGazetteer(std::filesystem::path file);
    ~LazyGazetteer() override;

    GeocodeResult geocode(std::string_view name, std::string_view country_alpha2) const override;
    const Gazetteer& gazetteer() const;  // loads it; throws DataError if the asset is broken

private:
    std::filesystem::path m_file;
    mutable std::once_flag m_loaded;
    mutable std::unique_ptr<Gazetteer> m_gazetteer;
};

}  // namespace pm::app
