#pragma once

#include <cstdint>
#include <optional>

#include "core/map_view.hpp"
#include "core/scene.hpp"

namespace pm {

// What the two layers of a scene are built from.
struct SceneInputs {
    ProjectionSpec projection;
    BasemapDetail detail = BasemapDetail::Medium50m;
    double graticule_step_deg = 30.0;
    uint64_t data_id = 0;  // names the data set: a new id for every data set that replaces another
    DataLayerOptions data_options;
    friend bool operator==(const SceneInputs&, const SceneInputs&) = default;
};

// Keeps the basemap and data layers of the last scene and rebuilds only those whose inputs
// changed: new filters rebuild the data layer only, a finer basemap detail the basemap only.
// Shared by the app's scene worker and the presentation composer. Not thread-safe.
class SceneCache {
public:
    explicit SceneCache(BasemapCache& basemaps) : m_basemaps(basemaps) {}

    // Throws DataError for a projection PROJ rejects; the layers kept are then those of before.
    const Scene& update(const DataSet& data, const SceneInputs& inputs);
    const Scene& scene() const { return m_scene; }
    // Count rebuilds, so that a renderer uploads a layer only when it changed.
    uint64_t basemapGeneration() const { return m_basemap_generation; }
    uint64_t dataGeneration() const { return m_data_generation; }

private:
    BasemapCache& m_basemaps;
    std::optional<SceneInputs> m_basemap_inputs, m_data_inputs;
    Scene m_scene;
    uint64_t m_basemap_generation = 0, m_data_generation = 0;
};

}  // namespace pm
