#include <iostream>

#include "app/app.hpp"
#include "app/app_session.hpp"
#include "app/cli.hpp"
#include "app/gl_context.hpp"
#include "render/map_renderer.hpp"

namespace pm::app {

int runApp(const AppOptions& options, const Inputs& inputs, std::ostream&, std::ostream& err) {
    try {
        AppSession session(options, inputs, err);
        while (session.frame()) {
        }
        return kExitOk;
    } catch (const GlContextError& error) {
        err << "partnermap: " << error.what() << '\n';
        return kExitBadData;
    } catch (const render::ShaderError& error) {
        err << "partnermap: " << error.what() << '\n';
        return kExitBadData;
    }
}

}  // namespace pm::app
