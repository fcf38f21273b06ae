#include <ostream>

#include "app/cli.hpp"
#include "app/commands.hpp"
#include "app/gl_context.hpp"
#include "app/inset_picture.hpp"
#include "app/png_writer.hpp"
#include "core/image.hpp"
#include "core/map_view.hpp"
#include "core/resources.hpp"
#include "core/text_metrics.hpp"
#include "render/map_renderer.hpp"

namespace pm::app {

int renderPng(const DataSet& data, const MapView& view, const std::string& output, std::ostream& out,
              std::ostream& err) {
    (void)err;
    // The context first: without a display this fails at once, before the map is composed.
    GlWindowOptions options;
    options.width = 64;
    options.height = 64;
    options.title = "partnermap render";
    options.visible = false;
    options.resizable = false;
    options.vsync = false;
    const GlWindow window(options);

    BasemapCache basemaps;
    const std::unique_ptr<TextMetrics> regular = makeDefaultTextMetrics(false);
    const std::unique_ptr<TextMetrics> bold = makeDefaultTextMetrics(true);
    // Laid out at the export size, so the PNG shows exactly what the SVG of this view shows.
    const ComposedMap map = composeMap(data, view, basemaps, *regular, *bold);

    render::MapRenderer renderer(shaderPath(""));
    render::DrawState state;
    state.theme = view.theme;
    state.overlay_scale = map.overlay_options.scale;
    Image image = renderer.renderImage(map.scene, map.overlay, map.transform, view.width, view.height, state);
    if (const std::optional<InsetToDraw> inset = InsetToDraw::of(map)) drawInset(*inset, renderer, state, image);
    writeMapPng(image, output);
    out << output << ": " << view.width << "x" << view.height << " PNG\n";
    return kExitOk;
}

}  // namespace pm::app
