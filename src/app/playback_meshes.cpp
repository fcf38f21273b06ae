#include "app/playback_meshes.hpp"

#include <chrono>
#include <exception>

namespace pm::app {

PlaybackMeshes::~PlaybackMeshes() {
    if (m_job.valid()) m_job.wait();
}

bool PlaybackMeshes::adopt(render::MapRenderer& renderer) {
    if (!m_job.valid() || m_job.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
    try {
        return renderer.adoptBasemap(m_job.get());  // not if the basemap changed meanwhile
    } catch (const std::exception&) {
        m_failed_level = m_job_level;  // the renderer keeps drawing with the nearest level
        return false;
    }
}

void PlaybackMeshes::request(const render::MapRenderer& renderer, const std::shared_ptr<const BasemapLayer>& basemap,
                             uint64_t basemap_id, double scale, const render::CountryHighlight& countries) {
    const int level = render::MapRenderer::basemapLevel(scale);
    if (m_job.valid() || !basemap || renderer.basemapReadyFor(scale) || m_failed_level == level) return;
    m_job_level = level;
    // The worker gets a copy of the countries: the next frame's may differ while it runs.
    m_job = std::async(std::launch::async, [basemap, basemap_id, scale, countries] {
        return render::MapRenderer::prepareBasemap(*basemap, basemap_id, scale, &countries);
    });
}

}  // namespace pm::app
