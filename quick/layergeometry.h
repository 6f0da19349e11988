#pragma once
// The vertex data of the country layer, built once from the boundaries: fills as indexed
// triangles with a per-vertex country index (colours come from a lookup), and outlines as
// quads around every ring segment that a shader widens to a constant width on screen.
// All positions are in unit Web Mercator; nothing here depends on the camera or the date.
//
// Levels of detail: level 0 is the data as loaded; each further level is simplified
// (Douglas-Peucker, per ring) to a coarser tolerance and triangulated again. The layer draws
// the coarsest level whose tolerance stays under half a pixel, so a world view draws a
// fraction of the triangles with no visible difference. All levels share the buffers.
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
    struct Level {
        double tolerance = 0;  // unit Web Mercator; 0 for the data as loaded
        Range fill;            // into fillIndices
        Range allOutlines;     // into lineIndices: every country's rings
        QVector<Range> outlines; // per country, into lineIndices
    };

    QVector<FillVertex> fillVertices;
    QVector<quint32> fillIndices;
    QVector<LineVertex> lineVertices;
    QVector<quint32> lineIndices;
    QVector<Level> levels;   // finest first
    Range graticule;         // meridians and parallels, into lineIndices
    int countryCount = 0;
    double minX = 0, maxX = 1; // horizontal extent of everything drawn (x may pass 1)

    static const QVector<double> &tolerances(); // of the levels, finest first
    // The coarsest level whose tolerance is at most `maxErrorPx` on screen.
    int levelFor(double pixelsPerUnit, double maxErrorPx = 0.5) const;
    static LayerGeometry build(const BoundarySet &boundaries, double graticuleStepDegrees = 30);
};
