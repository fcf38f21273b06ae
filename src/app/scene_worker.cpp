#include "app/scene_worker.hpp"

#include <chrono>

#include "core/projection.hpp"

namespace pm::app {

namespace {

bool sameProjection(const ProjectionSpec& a, const ProjectionSpec& b) {
    return a.id == b.id && a.centre == b.centre && a.custom_proj == b.custom_proj;
}

}  // namespace

bool SceneRequest::sameBasemap(const SceneRequest& other) const {
    return sameProjection(projection, other.projection) && detail == other.detail &&
           graticule_step_deg == other.graticule_step_deg;
}

bool SceneRequest::sameData(const SceneRequest& other) const {
    return sameProjection(projection, other.projection) && data_generation == other.data_generation &&
           filter == other.filter && rings_km == other.rings_km && link_tolerance == other.link_tolerance;
}

SceneWorker::SceneWorker(BasemapCache& basemaps)
    : m_basemaps(basemaps), m_thread([this](std::stop_token stop) { run(stop); }) {}

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

BuiltScene SceneWorker::build(const SceneRequest& request, const BuiltScene* previous, BasemapCache& basemaps) {
    const auto start = std::chrono::steady_clock::now();
    BuiltScene built;
    built.request = request;
    try {
        const Projection projection(request.projection);
        auto scene = std::make_shared<Scene>();
        scene->projection = projection.spec();
        if (const ProjectionInfo* info = findProjection(request.projection.id)) {
            scene->projection_name_de = info->name_de;
            scene->projection_name_en = info->name_en;
        } else {
            scene->projection_name_de = scene->projection_name_en = projection.projString();
        }
        const bool reuse_basemap = previous && previous->scene && previous->request.sameBasemap(request);
        if (reuse_basemap) {
            scene->basemap = previous->scene->basemap;
        } else {
            scene->basemap = buildBasemapLayer(basemaps.get(request.detail), projection, request.graticule_step_deg);
            built.basemap_rebuilt = true;
        }
        const bool reuse_data = previous && previous->scene && previous->request.sameData(request);
        if (reuse_data) {
            scene->data = previous->scene->data;
        } else {
            DataLayerOptions options;
            options.filter = request.filter;
            options.ring_radii_km = request.rings_km;
            options.link_tolerance = request.link_tolerance;
            scene->data = buildDataLayer(*request.data, projection, options);
            built.data_rebuilt = true;
        }
        built.scene = std::move(scene);
    } catch (const std::exception& error) {
        built.error = error.what();
    }
    built.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return built;
}

void SceneWorker::run(std::stop_token stop) {
    std::optional<BuiltScene> last;
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
        BuiltScene built = build(request, last ? &*last : nullptr, m_basemaps);
        if (built.scene) last = built;
        const std::lock_guard lock(m_mutex);
        m_done = std::move(built);
        m_working = false;
    }
}

}  // namespace pm::app
