// What the panels ask for: opening files, exports, flights, presenter mode.
#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <chrono>

#include "app/app_session.hpp"
#include "app/error_text.hpp"
#include "app/inputs.hpp"
#include "app/png_writer.hpp"
#include "core/dataset_files.hpp"
#include "core/dataset_subset.hpp"
#include "core/problem.hpp"

namespace pm::app {

namespace {

std::string savedMessage(const std::string& lang, const std::string& path) {
    return (lang == "de" ? "Gespeichert: " : "Saved: ") + path;
}

}  // namespace

void AppSession::handleRequests() {
    ui::UiRequests& requests = m_state.requests;
    if (!requests.open_files.empty()) {
        const std::vector<std::string> files = std::move(requests.open_files);
        requests.open_files.clear();
        openFiles(files);
    }
    if (requests.open_bundled) {
        requests.open_bundled = false;
        openFiles({});
    }
    if (requests.export_request) {
        const ui::ExportRequest request = *requests.export_request;
        requests.export_request.reset();
        startExport(request);
    }
    if (requests.fly_to_partnership) {
        flyToPartnership(*requests.fly_to_partnership);
        requests.fly_to_partnership.reset();
    }
    if (requests.fit_view) {
        requests.fit_view = false;
        m_navigator.fit();
    }
    if (requests.toggle_presenter) {
        requests.toggle_presenter = false;
        setPresenter(!m_state.presenter.active);
    }
    if (requests.save_tour) {
        requests.save_tour = false;
        saveTour();
    }
    if (requests.quit) {
        requests.quit = false;
        if (!m_options.kiosk) m_quit = true;
    }
}

void AppSession::openFiles(const std::vector<std::string>& files) {
    if (m_loading.valid()) return;  // one load at a time; the panel shows the result of the first
    // Parsing (and geocoding a spreadsheet) happens on a thread: the window keeps drawing meanwhile.
    m_loading = std::async(std::launch::async, [this, files] {
        Loaded loaded;
        loaded.files = files;
        try {
            loaded.data = std::make_shared<const DataSet>(m_inputs.loadData(files, loaded.problems));
        } catch (const DataError& error) {
            loaded.problems = error.problems();
            loaded.error = firstLine(error);
        } catch (const std::exception& error) {
            loaded.error = error.what();
        }
        return loaded;
    });
}

void AppSession::finishLoading() {
    if (!m_loading.valid() || m_loading.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
    Loaded loaded = m_loading.get();
    m_state.data.problems = std::move(loaded.problems);
    m_state.data.last_error = loaded.error;
    if (!loaded.data) {
        // The current data stays; the problems go to the Data panel.
        m_state.windows.data = true;
        m_state.status_line = loaded.error;
        return;
    }
    const size_t count = loaded.data->partnerships.size();
    replaceData(std::move(loaded.data), std::move(loaded.files));
    m_state.status_line = (m_state.ui_lang == "de" ? "Geladen: " : "Loaded: ") + std::to_string(count) +
                          (m_state.ui_lang == "de" ? " Partnerschaften" : " partnerships");
}

void AppSession::writeInBackground(std::string path, std::function<void(const std::string& path)> write) {
    m_state.export_state.running = true;
    m_export_write =
        std::async(std::launch::async, [path = std::move(path), write = std::move(write), lang = m_state.ui_lang] {
            try {
                write(path);
                return savedMessage(lang, path);
            } catch (const std::exception& error) {
                return firstLine(error);
            }
        });
}

void AppSession::startExport(const ui::ExportRequest& request) {
    ui::ExportState& state = m_state.export_state;
    if (state.running) return;
    const int width = request.width > 0 ? request.width : m_map_rect.width;
    const int height = request.height > 0 ? request.height : m_map_rect.height;
    state.message.clear();
    state.progress = 0;
    const std::shared_ptr<const DataSet> data = m_state.data.data;
    switch (request.kind) {
        case ui::ExportKind::Csv:
        case ui::ExportKind::GeoJson: {
            const std::vector<size_t> visible = m_derived.get().visible;
            writeInBackground(request.path, [data, visible](const std::string& path) {
                saveDataSetFile(subsetOfPartnerships(*data, visible), path);
            });
            return;
        }
        case ui::ExportKind::Svg: {
            const MapView view = currentView(width, height, request.inset);
            writeInBackground(request.path, [this, data, view](const std::string& path) {
                writeFileAtomically(path, renderMapSvg(*data, view, m_basemaps));
            });
            return;
        }
        case ui::ExportKind::Png: {
            state.running = true;
            const MapView view = currentView(width, height, request.inset);
            m_export_path = request.path;
            m_export_size = {width, height};
            // Scene and layout on a thread; the tiles then render one per frame, the PNG is written on a thread.
            m_export_compose = std::async(std::launch::async, [this, view, data] {
                const std::unique_ptr<TextMetrics> regular = makeDefaultTextMetrics(false);
                const std::unique_ptr<TextMetrics> bold = makeDefaultTextMetrics(true);
                return composeMap(*data, view, m_basemaps, *regular, *bold);
            });
            return;
        }
    }
}

void AppSession::continueExport() {
    ui::ExportState& state = m_state.export_state;
    try {
        if (m_export_compose.valid() &&
            m_export_compose.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            const ComposedMap map = m_export_compose.get();
            render::DrawState draw;
            draw.theme = m_state.map.theme;
            draw.show_graticule = m_state.map.graticule;
            m_export_image = std::make_unique<Image>(m_export_size.first, m_export_size.second);
            m_export_inset = InsetToDraw::of(map);
            m_export_draw = draw;
            m_export_job = m_renderer->beginExport(map.scene, map.overlay, map.transform, m_export_size.first,
                                                   m_export_size.second, draw);
        }
        if (m_export_job) {
            // One tile per frame keeps the window responsive during large exports.
            m_export_job->drawNextTile(*m_export_image);
            state.progress = static_cast<double>(m_export_job->tilesDone()) / m_export_job->tileCount();
            if (m_export_job->finished()) {
                m_export_job.reset();
                if (m_export_inset) drawInset(*m_export_inset, *m_renderer, m_export_draw, *m_export_image);
                m_export_inset.reset();
                std::shared_ptr<const Image> image = std::move(m_export_image);
                writeInBackground(m_export_path, [image](const std::string& path) { writeMapPng(*image, path); });
            }
        }
    } catch (const std::exception& error) {
        m_export_job.reset();
        m_export_image.reset();
        m_export_inset.reset();
        state.running = false;
        state.message = firstLine(error);
        m_state.status_line = state.message;
    }
    if (m_export_write.valid() && m_export_write.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        state.message = m_export_write.get();
        state.running = false;
        state.progress = 1;
        m_state.status_line = state.message;
    }
}

}  // namespace pm::app
