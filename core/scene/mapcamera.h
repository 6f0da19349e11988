#pragma once
// Where the map is seen from: a centre in unit Web Mercator, a scale (output pixels per world
// width) and the output size. The screen layer makes one from Qt Location's centre and zoom
// (256 px tiles), an export from a lon/lat box; both then place everything through it.
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

struct MapCamera {
    QPointF center{0.5, 0.5};  // unit Web Mercator
    double pixelsPerUnit = 256;
    QSizeF size;               // output pixels

    // Qt Location's camera: the world is 256 * 2^zoom pixels wide.
    static MapCamera fromZoom(double centerLon, double centerLat, double zoomLevel, const QSizeF &size);
    // The camera that shows the whole lon/lat box (left = min lon, top = min lat, right = max lon,
    // bottom = max lat; null = the world region) as large as fits, centred: when the aspect
    // ratios differ the shorter axis is extended symmetrically (see docs/EXPORT.md).
    static MapCamera fitting(const QRectF &lonLatBox, const QSizeF &size);
    static QRectF worldBox(); // the "world" region's box

    QRectF view() const;            // the visible Web Mercator rectangle
    QTransform transform() const;   // unit Web Mercator to output pixels
    QPointF toPixels(const QPointF &mercator) const { return transform().map(mercator); }
    // Output position of a Web Mercator point on the world copy nearest the centre.
    QPointF toPixelsNearest(const QPointF &mercator) const;
    QPointF toMercator(const QPointF &pixels) const;
};
