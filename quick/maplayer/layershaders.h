#pragma once
// The country layer's GLSL (OpenGL ES 2 / GLSL 1.20 subset, as Qt Quick's own shaders).
// Fills carry a country index per vertex; colours come from a lookup texture whose texel
// i + 1 holds country i (texel 0: no country, the raster cache's index 0).

namespace LayerShaders {

const char *const kFillVertex = R"(
attribute highp vec2 a_position;
attribute highp float a_country;
uniform highp mat4 u_matrix;
uniform highp float u_shift;
varying highp float v_country;
void main()
{
    v_country = a_country;
    gl_Position = u_matrix * vec4(a_position.x + u_shift, a_position.y, 0.0, 1.0);
}
)";

const char *const kFillFragment = R"(
uniform sampler2D u_colors;
uniform highp float u_textureWidth;
uniform lowp float u_opacity;
varying highp float v_country;
void main()
{
    gl_FragColor = texture2D(u_colors, vec2((v_country + 1.5) / u_textureWidth, 0.5)) * u_opacity;
}
)";

// The raster cache's fills: country index + 1 as bytes in RGB (RasterCache), not blended.
const char *const kIndexFragment = R"(
varying highp float v_country;
void main()
{
    highp float index = floor(v_country + 0.5) + 1.0;
    highp float b = floor(index / 65536.0);
    highp float g = floor((index - b * 65536.0) / 256.0);
    highp float r = index - b * 65536.0 - g * 256.0;
    gl_FragColor = vec4(r, g, b, 0.0) / 255.0;
}
)";

// The raster cache's colour texture (RasterCache): a pixel's country from the index texture,
// and its layers from the bottom: background (opaque), graticule (coverage in the index
// texture's alpha), fill, lines. Shared by the full composition and kRecolourFragment.
const char *const kCompose = R"(
uniform lowp vec4 u_graticule;
uniform lowp vec4 u_background;
highp float countryAt(lowp vec4 cell)
{
    highp vec3 bytes = floor(cell.rgb * 255.0 + 0.5);
    return bytes.r + bytes.g * 256.0 + bytes.b * 65536.0;
}
lowp vec4 compose(lowp vec4 fill, lowp float graticule, lowp vec4 lines)
{
    lowp vec4 color = fill + u_graticule * graticule * (1.0 - fill.a);
    color = lines + color * (1.0 - lines.a);
    return color + u_background * (1.0 - color.a);
}
)";

// A changed country's fill triangles recomposed into the colour texture (kFillVertex, no
// blending): only where the index texture holds this country (another's that overlaps stays).
const char *const kRecolourFragment = R"(
uniform sampler2D u_colors;
uniform sampler2D u_index;
uniform sampler2D u_lines;
uniform highp float u_textureWidth;
uniform highp vec2 u_size;
varying highp float v_country;
void main()
{
    highp vec2 at = gl_FragCoord.xy / u_size;
    lowp vec4 cell = texture2D(u_index, at);
    if (abs(countryAt(cell) - floor(v_country + 1.5)) > 0.5)
        discard;
    lowp vec4 fill = texture2D(u_colors, vec2((v_country + 1.5) / u_textureWidth, 0.5));
    gl_FragColor = compose(fill, cell.a, texture2D(u_lines, at));
}
)";

// Each segment is a quad widened on screen: constant width in pixels at any zoom.
const char *const kLineVertex = R"(
attribute highp vec2 a_position;
attribute highp vec2 a_direction;
attribute highp vec2 a_corner;
uniform highp mat4 u_matrix;
uniform highp float u_shift;
uniform highp vec2 u_pixelToClip;
uniform highp float u_extent;
varying highp float v_across;
void main()
{
    highp vec4 p = u_matrix * vec4(a_position.x + u_shift, a_position.y, 0.0, 1.0);
    highp vec2 normal = vec2(-a_direction.y, a_direction.x);
    highp vec2 offset = (normal * a_corner.x + a_direction * a_corner.y) * u_extent;
    p.xy += offset * u_pixelToClip * p.w;
    v_across = a_corner.x * u_extent;
    gl_Position = p;
}
)";

// Antialiased across the line: coverage from the distance to its centre, in device pixels.
const char *const kLineFragment = R"(
uniform lowp vec4 u_color;
uniform highp float u_halfWidth;
uniform highp float u_pixelSize;
varying highp float v_across;
void main()
{
    highp float coverage = clamp((u_halfWidth - abs(v_across)) / u_pixelSize + 0.5, 0.0, 1.0);
    gl_FragColor = u_color * coverage;
}
)";

} // namespace LayerShaders
