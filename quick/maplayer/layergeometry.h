#pragma once
// The vertex data of the country layer, built once from the boundaries: fills as indexed
// triangles with a per-vertex country index (colours come from a lookup), and outlines as
// quads around every ring segment that a shader widens to a constant width on screen.
// All positions are in unit Web Mercator; nothing here depends on the camera or the date.
//
// Levels of detail: level 0 is the data as loaded; each further level is simplified
// (Douglas-Peucker, per ring) to a coarser tolerance and triangulated again. The layer draws
// the coarsest level whose tolerance stays under half a pixel, so a world view draws a
// fraction of the triangles with no visible difference. Each level has arrays of its own
// (built in parallel, uploaded once); a frame draws from one level.
//
// Parts: every polygon of every country is a part with its own bounds and, per level, its own
// index ranges, laid out country by country. A frame draws only the parts in view (ranges
// merged where they nearly touch), so a zoomed-in view or a partly visible world copy costs
// what it shows.
#include <QPointF>
#include <QRectF>
#include <QVector>
#include <QtGlobal>

struct BoundarySet;

struct LayerGeometry {
    struct FillVertex {
        float x, y;
        float country; // index into BoundarySet::countries
    };
    struct LineVertex {
        float x, y;   // segment end point
        float dx, dy; // unit direction of the segment
        float side;   // -1 left, +1 right of the segment
        float end;    // -1 at its start, +1 at its end
    };
    struct Range {
        int first = 0; // into an index array
        int count = 0;
    };
    // Quads around line segments, two triangles each.
    struct Lines {
        QVector<LineVertex> vertices;
        QVector<quint32> indices;
        void addSegment(const QPointF &a, const QPointF &b);
    };
    struct Level {
        double tolerance = 0;  // unit Web Mercator; 0 for the data as loaded
        QVector<FillVertex> fillVertices;
        QVector<quint32> fillIndices;
        Lines lines;             // every country's rings
        QVector<Range> outlines; // per country, into lines.indices
        QVector<Range> fills;    // per country, into fillIndices
        QVector<Range> partFills, partOutlines; // per part, into fillIndices and lines.indices (empty where it vanished)
    };

    QVector<Level> levels;   // finest first
    Lines graticule;         // meridians and parallels
    QVector<QRectF> partBounds; // unit Web Mercator, as loaded (every level lies inside)
    int countryCount = 0;
    double minX = 0, maxX = 1; // horizontal extent of everything drawn (x may pass 1)

    // The level geo::detailLevelFor chooses (the same rule as every export).
    int levelFor(double pixelsPerUnit) const;
    // The index ranges of `level` to draw for the parts that meet `view` once shifted right by
    // `shift` world widths (view and shift in unit Web Mercator). Ranges at most `gap`
    // indices apart are merged: one draw call costs more than a few hidden triangles.
    void visibleRanges(int level, const QRectF &view, double shift, QVector<Range> *fills, QVector<Range> *outlines,
                       int gap = 768) const;
    static LayerGeometry build(const BoundarySet &boundaries, double graticuleStepDegrees = 30);
    qint64 bytes() const; // of all vertex and index arrays
};
