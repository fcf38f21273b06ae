#pragma once

#include <glad/gl.h>

#include <utility>

// Move-only owners of GL object names: every name the renderer creates is deleted exactly once,
// in the context that is current when the owner dies.
namespace pm::render {

template <typename Traits>
class GlName {
public:
    GlName() : m_name(Traits::create()) {}
    explicit GlName(std::nullptr_t) {}
    ~GlName() { reset(); }
    GlName(GlName&& other) noexcept : m_name(std::exchange(other.m_name, 0)) {}
    GlName& operator=(GlName&& other) noexcept {
        if (this != &other) {
            reset();
            m_name = std::exchange(other.m_name, 0);
        }
        return *this;
    }
    GlName(const GlName&) = delete;
    GlName& operator=(const GlName&) = delete;

    GLuint get() const { return m_name; }
    explicit operator bool() const { return m_name != 0; }
    void reset() {
        if (m_name != 0) Traits::destroy(m_name);
        m_name = 0;
    }

private:
    GLuint m_name = 0;
};

struct BufferTraits {
    static GLuint create() {
        GLuint name = 0;
        glGenBuffers(1, &name);
        return name;
    }
    static void destroy(GLuint name) { glDeleteBuffers(1, &name); }
};
struct VertexArrayTraits {
    static GLuint create() {
        GLuint name = 0;
        glGenVertexArrays(1, &name);
        return name;
    }
    static void destroy(GLuint name) { glDeleteVertexArrays(1, &name); }
};
struct TextureTraits {
    static GLuint create() {
        GLuint name = 0;
        glGenTextures(1, &name);
        return name;
    }
    static void destroy(GLuint name) { glDeleteTextures(1, &name); }
};
struct FramebufferTraits {
    static GLuint create() {
        GLuint name = 0;
        glGenFramebuffers(1, &name);
        return name;
    }
    static void destroy(GLuint name) { glDeleteFramebuffers(1, &name); }
};
struct RenderbufferTraits {
    static GLuint create() {
        GLuint name = 0;
        glGenRenderbuffers(1, &name);
        return name;
    }
    static void destroy(GLuint name) { glDeleteRenderbuffers(1, &name); }
};
struct ProgramTraits {
    static GLuint create() { return glCreateProgram(); }
    static void destroy(GLuint name) { glDeleteProgram(name); }
};

using GlBuffer = GlName<BufferTraits>;
using GlVertexArray = GlName<VertexArrayTraits>;
using GlTexture = GlName<TextureTraits>;
using GlFramebuffer = GlName<FramebufferTraits>;
using GlRenderbuffer = GlName<RenderbufferTraits>;
using GlProgram = GlName<ProgramTraits>;

}  // namespace pm::render
