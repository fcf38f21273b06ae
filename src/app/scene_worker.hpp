#pragma once

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/map_view.hpp"
#include "core/scene.hpp"

namespace pm::app {

// What a scene is built from. Equal requests give equal scenes.
struct SceneRequest {
    std::shared_ptr<const DataSet> data;
    uint64_t data_generation = 0;  // changes whenever `data` is replaced
    ProjectionSpec projection;
    BasemapDetail detail = BasemapDetail::Medium50m;
    PartnershipFilter filter;
    std::vector<double> rings_km;
    double link_tolerance = 500.0;
    double graticule_step_deg = 30.0;

    bool sameBasemap(const SceneRequest& other) const;
    bool sameData(const SceneRequest& other) const;
};

struct BuiltScene {
    SceneRequest request;
    std::shared_ptr<const Scene> scene;  // null when building failed
    bool basemap_rebuilt = false;
    bool data_rebuilt = false;
    double milliseconds = 0;
    std::string error;  // e.g. a custom PROJ string that PROJ rejects
};

// Builds scenes on a thread of its own so that a rebuild never freezes the window. Only the newest
// request counts: requests that arrive while one is being built replace each other. The basemap
// layer is reused when only the data or the filters change, and the data layer when only the
// basemap detail changes.
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

    // The same work on the calling thread (benchmarks, tests).
    static BuiltScene build(const SceneRequest& request, const BuiltScene* previous, BasemapCache& basemaps);

private:
    void run(std::stop_token stop);

    BasemapCache& m_basemaps;
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::optional<SceneRequest> m_pending;
    std::optional<BuiltScene> m_done;
    bool m_working = false;
    std::jthread m_thread;
};

}  // namespace pm::app
