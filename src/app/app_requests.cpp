// What the panels ask for: opening files, exports, flights, presenter mode.
#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <chrono>

#include "app/app_session.hpp"
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
    std::vector<Problem> warnings;
    try {
        auto data = std::make_shared<const DataSet>(m_inputs.loadData(files, warnings));
        replaceData(std::move(data), files);
        m_state.data.problems = warnings;
        m_state.data.last_error.clear();
        m_state.status_line = (m_state.ui_lang == "de" ? "Geladen: " : "Loaded: ") +
                              std::to_string(m_data->partnerships.size()) +
                              (m_state.ui_lang == "de" ? " Partnerschaften" : " partnerships");
    } catch (const DataError& error) {
        // The current data stays; the problems go to the Data panel.
        m_state.data.problems = error.problems();
        m_state.data.last_error =
            error.problems().empty() ? std::string(error.what()) : error.problems().front().toString();
        m_state.windows.data = true;
        m_state.status_line = m_state.data.last_error;
    } catch (const std::exception& error) {
        m_state.data.problems.clear();
        m_state.data.last_error = error.what();
        m_state.windows.data = true;
        m_state.status_line = error.what();
    }
}

void AppSession::startExport(const ui::ExportRequest& request) {
    ui::ExportState& state = m_state.export_state;
    if (state.running) return;
    const int width = request.width > 0 ? request.width : m_map_rect.width;
    const int height = request.height > 0 ? request.height : m_map_rect.height;
    const std::string lang = m_state.ui_lang;
    state.message.clear();
    state.progress = 0;
    switch (request.kind) {
        case ui::ExportKind::Csv:
        case ui::ExportKind::GeoJson: {
            try {
                DataSet subset = subsetOfPartnerships(*m_data, m_visible);
                saveDataSetFile(subset, request.path);
                state.message = savedMessage(lang, request.path);
            } catch (const DataError& error) {
                state.message = error.problems().empty() ? error.what() : error.problems().front().toString();
            } catch (const std::exception& error) {
                state.message = error.what();
            }
            return;
        }
        case ui::ExportKind::Svg: {
            state.running = true;
            const MapView view = currentView(width, height);
            const auto data = m_data;
            const std::string path = request.path;
            m_export_write = std::async(std::launch::async, [this, view, data, path, lang] {
                try {
                    writeFileAtomically(path, renderMapSvg(*data, view, m_basemaps));
                    return savedMessage(lang, path);
                } catch (const DataError& error) {
                    return error.problems().empty() ? std::string(error.what()) : error.problems().front().toString();
                } catch (const std::exception& error) {
                    return std::string(error.what());
                }
            });
            return;
        }
        case ui::ExportKind::Png: {
            state.running = true;
            const MapView view = currentView(width, height);
            const auto data = m_data;
            m_export_path = request.path;
            m_export_size = {width, height};
            // Scene and layout on a worker thread; the tiles then render one per frame.
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
    const std::string lang = m_state.ui_lang;
    try {
        if (m_export_compose.valid() &&
            m_export_compose.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            const ComposedMap map = m_export_compose.get();
            render::DrawState draw;
            draw.theme = m_state.map.theme;
            draw.show_graticule = m_state.map.graticule;
            m_export_image = std::make_unique<Image>(m_export_size.first, m_export_size.second);
            m_export_job = m_renderer->beginExport(map.scene, map.overlay, map.transform, m_export_size.first,
                                                   m_export_size.second, draw);
        }
        if (m_export_job) {
            // One tile per frame keeps the window responsive during large exports.
            m_export_job->drawNextTile(*m_export_image);
            state.progress = static_cast<double>(m_export_job->tilesDone()) / m_export_job->tileCount();
            if (m_export_job->finished()) {
                m_export_job.reset();
                std::shared_ptr<Image> image = std::move(m_export_image);
                const std::string path = m_export_path;
                m_export_write = std::async(std::launch::async, [image, path, lang] {
                    try {
                        writeMapPng(*image, path);
                        return savedMessage(lang, path);
                    } catch (const DataError& error) {
                        return error.problems().empty() ? std::string(error.what())
                                                        : error.problems().front().toString();
                    } catch (const std::exception& error) {
                        return std::string(error.what());
                    }
                });
            }
        }
    } catch (const std::exception& error) {
        m_export_job.reset();
        m_export_image.reset();
        state.running = false;
        state.message = error.what();
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
