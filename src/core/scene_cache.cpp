#include "core/scene_cache.hpp"

#include "core/projection.hpp"

namespace pm {

namespace {

bool sameBasemap(const SceneInputs& a, const SceneInputs& b) {
    return a.projection == b.projection && a.detail == b.detail && a.graticule_step_deg == b.graticule_step_deg;
}

bool sameData(const SceneInputs& a, const SceneInputs& b) {
    return a.projection == b.projection && a.data_id == b.data_id && a.data_options == b.data_options;
}

}  // namespace

const Scene& SceneCache::update(const DataSet& data, const SceneInputs& inputs) {
    const bool basemap_current = m_basemap_inputs && sameBasemap(*m_basemap_inputs, inputs);
    const bool data_current = m_data_inputs && sameData(*m_data_inputs, inputs);
    if (basemap_current && data_current) return m_scene;
    const Projection projection(inputs.projection);
    std::optional<BasemapLayer> basemap;
    if (!basemap_current)
        basemap = buildBasemapLayer(m_basemaps.get(inputs.detail), projection, inputs.graticule_step_deg);
    std::optional<DataLayer> layer;
    if (!data_current) layer = buildDataLayer(data, projection, inputs.data_options);
    Scene scene = sceneFor(projection);
    scene.basemap = basemap ? std::move(*basemap) : std::move(m_scene.basemap);
    scene.data = layer ? std::move(*layer) : std::move(m_scene.data);
    m_scene = std::move(scene);
    if (!basemap_current) {
        m_basemap_inputs = inputs;
        ++m_basemap_generation;
    }
    if (!data_current) {
        m_data_inputs = inputs;
        ++m_data_generation;
    }
    return m_scene;
}

}  // namespace pm
