#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/scene_cache.hpp"
#include "render/map_renderer.hpp"

namespace pm::app {

// A scene to build: the data and the inputs of its layers.
struct SceneRequest {
    std::shared_ptr<const DataSet> data;
    SceneInputs inputs;
    // > 0: also prepare the basemap's meshes for this scale (pixels per map unit), so that the window
    // never simplifies and tessellates them itself.
    double basemap_scale = 0;
};

struct BuiltScene {
    SceneInputs inputs;
    std::shared_ptr<const Scene> scene;  // null when building failed
    bool basemap_rebuilt = false;
    bool data_rebuilt = false;
    uint64_t basemap_id = 0;  // names the scene's basemap (SceneCache::basemapGeneration)
    std::shared_ptr<const render::MapRenderer::PreparedBasemap> prepared_basemap;
    double milliseconds = 0;
    std::string error;  // e.g. a custom PROJ string that PROJ rejects
};

// Builds scenes on a thread of its own so that a rebuild never freezes the window. Only the newest
// request counts: requests that arrive while one is being built replace each other. Layers whose
// inputs did not change are reused (SceneCache).
class SceneWorker {
public:
    explicit SceneWorker(BasemapCache& basemaps);
    ~SceneWorker();
    SceneWorker(const SceneWorker&) = delete;
    SceneWorker& operator=(const SceneWorker&) = delete;

    void request(SceneRequest request);
    // The newest finished scene since the last call, if any.
    std::optional<BuiltScene> take();
    bool busy() const;

private:
    void run(std::stop_token stop);

    SceneCache m_cache;  // used by the worker thread only
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::optional<SceneRequest> m_pending;
    std::optional<BuiltScene> m_done;
    bool m_working = false;
    std::jthread m_thread;
};

}  // namespace pm::app
