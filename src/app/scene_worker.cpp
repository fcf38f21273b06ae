#include "app/scene_worker.hpp"

#include <chrono>

namespace pm::app {

SceneWorker::SceneWorker(BasemapCache& basemaps)
    : m_cache(basemaps), m_thread([this](std::stop_token stop) { run(stop); }) {}

SceneWorker::~SceneWorker() {
    m_thread.request_stop();
    m_wake.notify_all();
}

void SceneWorker::request(SceneRequest request) {
    {
        const std::lock_guard lock(m_mutex);
        m_pending = std::move(request);
    }
    m_wake.notify_all();
}

std::optional<BuiltScene> SceneWorker::take() {
    const std::lock_guard lock(m_mutex);
    std::optional<BuiltScene> done = std::move(m_done);
    m_done.reset();
    return done;
}

bool SceneWorker::busy() const {
    const std::lock_guard lock(m_mutex);
    return m_working || m_pending.has_value();
}

void SceneWorker::run(std::stop_token stop) {
    while (!stop.stop_requested()) {
        SceneRequest request;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, stop, [this] { return m_pending.has_value(); });
            if (stop.stop_requested()) return;
            request = std::move(*m_pending);
            m_pending.reset();
            m_working = true;
        }
        const auto start = std::chrono::steady_clock::now();
        BuiltScene built;
        built.inputs = request.inputs;
        try {
            const uint64_t basemaps = m_cache.basemapGeneration(), layers = m_cache.dataGeneration();
            // A copy: the window keeps drawing the previous scene while the cache moves on.
            built.scene = std::make_shared<const Scene>(m_cache.update(*request.data, request.inputs));
            built.basemap_rebuilt = m_cache.basemapGeneration() != basemaps;
            built.data_rebuilt = m_cache.dataGeneration() != layers;
            built.basemap_id = m_cache.basemapGeneration();
            if (request.basemap_scale > 0) {
                const auto countries = render::CountryHighlight::of(built.scene->data);
                built.prepared_basemap = render::MapRenderer::prepareBasemap(built.scene->basemap, built.basemap_id,
                                                                             request.basemap_scale, &countries);
            }
        } catch (const std::exception& error) {
            built.error = error.what();
        }
        built.milliseconds =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        const std::lock_guard lock(m_mutex);
        m_done = std::move(built);
        m_working = false;
    }
}

}  // namespace pm::app
