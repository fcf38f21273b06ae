# Generates the OpenGL 3.3 core loader with Debian's python3-glad at build time.
# Debian's interpreter is used explicitly: other python3 installs lack glad.
# --reproducible makes glad use its bundled Khronos XML instead of the network.
set(GLAD_PYTHON /usr/bin/python3 CACHE FILEPATH "Python interpreter that has the glad module")
set(GLAD_OUT "${CMAKE_CURRENT_BINARY_DIR}/glad")
add_custom_command(
  OUTPUT "${GLAD_OUT}/src/gl.c" "${GLAD_OUT}/include/glad/gl.h" "${GLAD_OUT}/include/KHR/khrplatform.h"
  COMMAND "${GLAD_PYTHON}" -m glad --api gl:core=3.3 --out-path "${GLAD_OUT}" --reproducible --quiet c
  COMMENT "Generating the OpenGL 3.3 core loader with glad"
  VERBATIM)
add_library(glad STATIC "${GLAD_OUT}/src/gl.c")
target_include_directories(glad SYSTEM PUBLIC "${GLAD_OUT}/include")
set_target_properties(glad PROPERTIES POSITION_INDEPENDENT_CODE ON)
target_link_libraries(glad PUBLIC ${CMAKE_DL_LIBS})
