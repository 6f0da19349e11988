#include "storypreview.h"

#include "mapcontroller.h"
#include "maprenderer.h"
#include "storyplayer.h"
#include "storytimeline.h"
#include "timelinecontroller.h"

#include <QPainter>

#include <algorithm>

StoryPreview::StoryPreview(MapController *map)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_map(map)
{
}

QImage StoryPreview::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QStringList parts = id.split(QLatin1Char('/'));
    const QVector<StoryScene> &scenes = m_map->story()->story().scenes;
    const int index = parts.value(0).toInt();
    const QSize out = requestedSize.isValid() && !requestedSize.isEmpty() ? requestedSize.boundedTo(QSize(1920, 1080)) : QSize(960, 540);
    *size = out;
    QImage image(out, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (index < 0 || index >= scenes.size() || !m_map->ok())
        return image;
    const StoryScene &s = scenes[index];
    MapRenderer::Options options;
    options.date = std::clamp(s.date, m_map->timeline()->minimumDate(), m_map->timeline()->maximumDate());
    options.language = parts.value(1, QStringLiteral("vi"));
    MapStyle::themeFromName(parts.value(2), &options.theme);
    options.bare = true;
    const DataSet &data = m_map->data();
    options.lonLatBox = StoryTimeline::lonLatBox(s.camera, data.boundaries);
    const MapRenderer renderer(data.boundaries, data.timeline, data.hub, out, options);
    QPainter painter(&image);
    renderer.paint(&painter);
    return image;
}
