#pragma once

#include <cstdint>
#include <future>
#include <memory>
#include <optional>

#include "core/scene.hpp"
#include "render/map_renderer.hpp"

namespace pm::app {

// A flight zooms across the basemap's mesh levels (one per factor of two in scale). Simplifying and
// tessellating a level of Natural Earth 1:50m takes 70-100 ms, which froze flights for 5-8 frames at
// each level; a thread prepares the level instead while the renderer draws with the nearest one it has.
class PlaybackMeshes {
public:
    PlaybackMeshes() = default;
    PlaybackMeshes(const PlaybackMeshes&) = delete;
    PlaybackMeshes& operator=(const PlaybackMeshes&) = delete;
    PlaybackMeshes(PlaybackMeshes&&) = default;
    PlaybackMeshes& operator=(PlaybackMeshes&&) = default;
    ~PlaybackMeshes();  // waits for a level being prepared

    // Hands a finished level to `renderer`. Returns whether the renderer took it: a picture kept on
    // screen was drawn with another level then.
    bool adopt(render::MapRenderer& renderer);
    // When the renderer lacks the level for `scale` and nothing is being prepared, starts preparing it
    // for `basemap` (uploaded as `basemap_id`) with `countries` highlighted.
    void request(const render::MapRenderer& renderer, const std::shared_ptr<const BasemapLayer>& basemap,
                 uint64_t basemap_id, double scale, const render::CountryHighlight& countries);
    bool busy() const { return m_job.valid(); }

private:
    std::future<std::shared_ptr<const render::MapRenderer::PreparedBasemap>> m_job;
    std::optional<int> m_failed_level;  // not tried again
    int m_job_level = 0;
};

}  // namespace pm::app
