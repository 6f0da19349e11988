#pragma once
// Stills of a story's scenes for the presenter console ("image://story/INDEX/LANG/THEME"):
// the scene as it ends, drawn by the core QPainter renderer (MapRenderer), the pipeline of
// exports, at the size the Image asks for (default 960x540). An index past the story is empty.
#include <QQuickImageProvider>

class MapController;

class StoryPreview : public QQuickImageProvider
{
public:
    explicit StoryPreview(MapController *map);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    MapController *m_map;
};
