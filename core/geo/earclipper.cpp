// Origin: this ear clipper follows mapbox/earcut (https://github.com/mapbox/earcut) closely:
// the same passes (ear search with z-order hashing, removal of duplicate and collinear points,
// curing of local self-intersections, splitting along a valid diagonal, holes joined by
// bridges) and many of its names (isEarHashed, cureLocalIntersections, eliminateHoles,
// findHoleBridge, sectorContainsSector, isValidDiagonal, middleInside, splitPolygon,
// indexCurve, sortByZ), written in C++ for geo::Mesh. earcut's licence notice:
//
// ISC License
//
// Copyright (c) 2016, Mapbox
//
// Permission to use, copy, modify, and/or distribute this software for any purpose
// with or without fee is hereby granted, provided that the above copyright notice
// and this permission notice appear in all copies.
//
// THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
// REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND
// FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
// INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS
// OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER
// TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF
// THIS SOFTWARE.
//
// Ear-clipping triangulation of polygons with holes, for geo::triangulate.
//
// The rings become circular doubly linked lists; each hole is joined to the outer ring by a
// bridge to a visible outer vertex, which makes one weakly simple ring. Ears are then cut
// while they contain no other vertex. For large rings the "contains no other vertex" test
// only visits vertices whose Morton (z-order) code lies within the candidate triangle's
// bounding box, which keeps the work close to linear. When no ear is found the ring is
// cleaned (duplicate and collinear points), then local self-intersections are cut, and as a
// last resort the ring is split along a valid diagonal and each half is triangulated.
#include "geometry.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace geo {
namespace {

struct Node {
    quint32 index; // vertex index in the mesh
    double x, y;
    Node *prev = nullptr, *next = nullptr;
    qint32 z = 0; // Morton code, when hashing
    Node *prevZ = nullptr, *nextZ = nullptr;
};

class EarClipper
{
public:
    explicit EarClipper(Mesh *mesh) : m_mesh(mesh) {}

    void run(const Polygon &polygon)
    {
        if (polygon.rings.isEmpty())
            return;
        Node *outer = ring(polygon.rings[0], true);
        if (!outer || outer->next == outer->prev)
            return;
        if (polygon.rings.size() > 1)
            outer = eliminateHoles(polygon, outer);

        const QRectF box = polygon.rings[0].boundingRect();
        m_hashed = polygon.rings[0].size() > 80;
        if (m_hashed) {
            m_minX = box.left();
            m_minY = box.top();
            const double size = std::max(box.width(), box.height());
            m_invSize = size > 0 ? 32767.0 / size : 0;
        }
        clip(outer, 0);
    }

private:
    Mesh *m_mesh;
    std::deque<Node> m_nodes; // stable addresses
    bool m_hashed = false;
    double m_minX = 0, m_minY = 0, m_invSize = 0;

    static double area(const Node *p, const Node *q, const Node *r)
    {
        return (q->y - p->y) * (r->x - q->x) - (q->x - p->x) * (r->y - q->y);
    }
    static bool equals(const Node *a, const Node *b) { return a->x == b->x && a->y == b->y; }
    static bool isDegenerate(const Node *p) { return equals(p, p->next) || area(p->prev, p, p->next) == 0; }

    Node *insert(quint32 index, double x, double y, Node *last)
    {
        m_nodes.push_back(Node{index, x, y});
        Node *p = &m_nodes.back();
        if (!last) {
            p->prev = p->next = p;
        } else {
            p->next = last->next;
            p->prev = last;
            last->next->prev = p;
            last->next = p;
        }
        return p;
    }

    static void remove(Node *p)
    {
        p->next->prev = p->prev;
        p->prev->next = p->next;
        if (p->prevZ)
            p->prevZ->nextZ = p->nextZ;
        if (p->nextZ)
            p->nextZ->prevZ = p->prevZ;
    }

    // Adds the ring's vertices to the mesh and links them with the requested winding.
    Node *ring(const Ring &r, bool clockwise)
    {
        const quint32 first = quint32(m_mesh->vertices.size());
        m_mesh->vertices += r;
        Node *last = nullptr;
        const bool keepOrder = clockwise == (signedRingArea(r) > 0);
        const int n = r.size();
        for (int k = 0; k < n; ++k) {
            const int i = keepOrder ? k : n - 1 - k;
            last = insert(first + quint32(i), r[i].x(), r[i].y(), last);
        }
        if (last && equals(last, last->next)) {
            Node *next = last->next;
            remove(last);
            last = next;
        }
        return last;
    }

    // Removes duplicate and collinear points between start and end.
    Node *filter(Node *start, Node *end = nullptr)
    {
        if (!start)
            return start;
        if (!end)
            end = start;
        Node *p = start;
        bool again;
        do {
            again = false;
            if (isDegenerate(p)) {
                remove(p);
                p = end = p->prev;
                if (p == p->next)
                    break;
                again = true;
            } else {
                p = p->next;
            }
        } while (again || p != end);
        return end;
    }

    void triangle(const Node *a, const Node *b, const Node *c)
    {
        m_mesh->indices << a->index << b->index << c->index;
    }

    void clip(Node *ear, int pass)
    {
        if (!ear)
            return;
        if (m_hashed && pass == 0)
            indexCurve(ear);
        Node *stop = ear;
        while (ear->prev != ear->next) {
            Node *prev = ear->prev;
            Node *next = ear->next;
            if (m_hashed ? isEarHashed(ear) : isEar(ear)) {
                triangle(prev, ear, next);
                remove(ear);
                // A neighbour the cut left collinear goes at once: a collinear chain (the base
                // of a sawtooth once its teeth are cut) is never an ear, and walking it after
                // every cut made the clipping quadratic.
                if (next->next != prev && isDegenerate(next)) {
                    Node *after = next->next;
                    remove(next);
                    next = after;
                }
                if (prev->prev != next && isDegenerate(prev))
                    remove(prev);
                ear = next->next;
                stop = next->next;
                continue;
            }
            ear = next;
            if (ear == stop) {
                if (pass == 0) {
                    clip(filter(ear), 1);
                } else if (pass == 1) {
                    clip(cureLocalIntersections(filter(ear)), 2);
                } else {
                    split(ear);
                }
                break;
            }
        }
    }

    static bool pointInTriangle(double ax, double ay, double bx, double by, double cx, double cy, double px, double py)
    {
        return (cx - px) * (ay - py) >= (ax - px) * (cy - py) && (ax - px) * (by - py) >= (bx - px) * (ay - py)
            && (bx - px) * (cy - py) >= (cx - px) * (by - py);
    }

    bool blocks(const Node *p, const Node *a, const Node *b, const Node *c) const
    {
        return p != a && p != c && pointInTriangle(a->x, a->y, b->x, b->y, c->x, c->y, p->x, p->y)
            && area(p->prev, p, p->next) >= 0;
    }

    bool isEar(const Node *ear) const
    {
        const Node *a = ear->prev, *b = ear, *c = ear->next;
        if (area(a, b, c) >= 0)
            return false; // reflex
        for (const Node *p = c->next; p != a; p = p->next)
            if (blocks(p, a, b, c))
                return false;
        return true;
    }

    bool isEarHashed(const Node *ear) const
    {
        const Node *a = ear->prev, *b = ear, *c = ear->next;
        if (area(a, b, c) >= 0)
            return false;
        const double minX = std::min({a->x, b->x, c->x}), minY = std::min({a->y, b->y, c->y});
        const double maxX = std::max({a->x, b->x, c->x}), maxY = std::max({a->y, b->y, c->y});
        const qint32 minZ = zOrder(minX, minY), maxZ = zOrder(maxX, maxY);
        const Node *p = ear->prevZ, *n = ear->nextZ;
        while (p && p->z >= minZ && n && n->z <= maxZ) {
            if (blocks(p, a, b, c) || blocks(n, a, b, c))
                return false;
            p = p->prevZ;
            n = n->nextZ;
        }
        for (; p && p->z >= minZ; p = p->prevZ)
            if (blocks(p, a, b, c))
                return false;
        for (; n && n->z <= maxZ; n = n->nextZ)
            if (blocks(n, a, b, c))
                return false;
        return true;
    }

    Node *cureLocalIntersections(Node *start)
    {
        Node *p = start;
        do {
            Node *a = p->prev, *b = p->next->next;
            if (!equals(a, b) && intersects(a, p, p->next, b) && locallyInside(a, b) && locallyInside(b, a)) {
                triangle(a, p, b);
                remove(p);
                remove(p->next);
                p = start = b;
            }
            p = p->next;
        } while (p != start);
        return filter(p);
    }

    void split(Node *start)
    {
        Node *a = start;
        do {
            for (Node *b = a->next->next; b != a->prev; b = b->next) {
                if (a->index != b->index && isValidDiagonal(a, b)) {
                    Node *c = splitPolygon(a, b);
                    a = filter(a, a->next);
                    c = filter(c, c->next);
                    clip(a, 0);
                    clip(c, 0);
                    return;
                }
            }
            a = a->next;
        } while (a != start);
    }

    Node *eliminateHoles(const Polygon &polygon, Node *outer)
    {
        QVector<Node *> holes;
        for (int i = 1; i < polygon.rings.size(); ++i) {
            Node *list = ring(polygon.rings[i], false);
            if (!list)
                continue;
            if (list == list->next)
                continue;
            holes << leftmost(list);
        }
        std::sort(holes.begin(), holes.end(), [](const Node *a, const Node *b) { return a->x < b->x; });
        for (Node *hole : holes)
            outer = eliminateHole(hole, outer);
        return outer;
    }

    Node *eliminateHole(Node *hole, Node *outer)
    {
        Node *bridge = findHoleBridge(hole, outer);
        if (!bridge)
            return outer;
        Node *bridgeReverse = splitPolygon(bridge, hole);
        filter(bridgeReverse, bridgeReverse->next);
        return filter(bridge, bridge->next);
    }

    // An outer vertex visible from the hole's leftmost point (David Eberly's method).
    Node *findHoleBridge(Node *hole, Node *outer) const
    {
        Node *p = outer;
        const double hx = hole->x, hy = hole->y;
        double qx = -std::numeric_limits<double>::infinity();
        Node *m = nullptr;
        do {
            if (hy <= p->y && hy >= p->next->y && p->next->y != p->y) {
                const double x = p->x + (hy - p->y) * (p->next->x - p->x) / (p->next->y - p->y);
                if (x <= hx && x > qx) {
                    qx = x;
                    m = p->x < p->next->x ? p : p->next;
                    if (x == hx)
                        return m; // the hole touches the outer ring
                }
            }
            p = p->next;
        } while (p != outer);
        if (!m)
            return nullptr;

        const Node *stop = m;
        const double mx = m->x, my = m->y;
        double tanMin = std::numeric_limits<double>::infinity();
        p = m;
        do {
            if (hx >= p->x && p->x >= mx && hx != p->x
                && pointInTriangle(hy < my ? hx : qx, hy, mx, my, hy < my ? qx : hx, hy, p->x, p->y)) {
                const double tan = std::abs(hy - p->y) / (hx - p->x);
                if (locallyInside(p, hole)
                    && (tan < tanMin || (tan == tanMin && (p->x > m->x || (p->x == m->x && sectorContainsSector(m, p)))))) {
                    m = p;
                    tanMin = tan;
                }
            }
            p = p->next;
        } while (p != stop);
        return m;
    }

    static bool sectorContainsSector(const Node *m, const Node *p)
    {
        return area(m->prev, m, p->prev) < 0 && area(p->next, m, m->next) < 0;
    }

    static Node *leftmost(Node *start)
    {
        Node *p = start, *left = start;
        do {
            if (p->x < left->x || (p->x == left->x && p->y < left->y))
                left = p;
            p = p->next;
        } while (p != start);
        return left;
    }

    bool isValidDiagonal(const Node *a, const Node *b) const
    {
        return a->next->index != b->index && a->prev->index != b->index && !intersectsPolygon(a, b)
            && ((locallyInside(a, b) && locallyInside(b, a) && middleInside(a, b)
                 && (area(a->prev, a, b->prev) != 0 || area(a, b->prev, b) != 0))
                || (equals(a, b) && area(a->prev, a, a->next) > 0 && area(b->prev, b, b->next) > 0));
    }

    static int sign(double v) { return v > 0 ? 1 : v < 0 ? -1 : 0; }
    static bool onSegment(const Node *p, const Node *q, const Node *r)
    {
        return q->x <= std::max(p->x, r->x) && q->x >= std::min(p->x, r->x) && q->y <= std::max(p->y, r->y)
            && q->y >= std::min(p->y, r->y);
    }

    static bool intersects(const Node *p1, const Node *q1, const Node *p2, const Node *q2)
    {
        const int o1 = sign(area(p1, q1, p2)), o2 = sign(area(p1, q1, q2));
        const int o3 = sign(area(p2, q2, p1)), o4 = sign(area(p2, q2, q1));
        if (o1 != o2 && o3 != o4)
            return true;
        return (o1 == 0 && onSegment(p1, p2, q1)) || (o2 == 0 && onSegment(p1, q2, q1))
            || (o3 == 0 && onSegment(p2, p1, q2)) || (o4 == 0 && onSegment(p2, q1, q2));
    }

    static bool intersectsPolygon(const Node *a, const Node *b)
    {
        const Node *p = a;
        do {
            if (p->index != a->index && p->next->index != a->index && p->index != b->index
                && p->next->index != b->index && intersects(p, p->next, a, b))
                return true;
            p = p->next;
        } while (p != a);
        return false;
    }

    static bool locallyInside(const Node *a, const Node *b)
    {
        return area(a->prev, a, a->next) < 0 ? area(a, b, a->next) >= 0 && area(a, a->prev, b) >= 0
                                             : area(a, b, a->prev) < 0 || area(a, a->next, b) < 0;
    }

    static bool middleInside(const Node *a, const Node *b)
    {
        const Node *p = a;
        bool inside = false;
        const double px = (a->x + b->x) / 2, py = (a->y + b->y) / 2;
        do {
            if (((p->y > py) != (p->next->y > py)) && p->next->y != p->y
                && (px < (p->next->x - p->x) * (py - p->y) / (p->next->y - p->y) + p->x))
                inside = !inside;
            p = p->next;
        } while (p != a);
        return inside;
    }

    // Joins two vertices with a diagonal: two rings result; returns the copy of b.
    Node *splitPolygon(Node *a, Node *b)
    {
        m_nodes.push_back(Node{a->index, a->x, a->y});
        Node *a2 = &m_nodes.back();
        m_nodes.push_back(Node{b->index, b->x, b->y});
        Node *b2 = &m_nodes.back();
        Node *an = a->next, *bp = b->prev;
        a->next = b;
        b->prev = a;
        a2->next = an;
        an->prev = a2;
        b2->next = a2;
        a2->prev = b2;
        bp->next = b2;
        b2->prev = bp;
        return b2;
    }

    qint32 zOrder(double x0, double y0) const
    {
        quint32 x = quint32((x0 - m_minX) * m_invSize);
        quint32 y = quint32((y0 - m_minY) * m_invSize);
        x = (x | (x << 8)) & 0x00FF00FF;
        x = (x | (x << 4)) & 0x0F0F0F0F;
        x = (x | (x << 2)) & 0x33333333;
        x = (x | (x << 1)) & 0x55555555;
        y = (y | (y << 8)) & 0x00FF00FF;
        y = (y | (y << 4)) & 0x0F0F0F0F;
        y = (y | (y << 2)) & 0x33333333;
        y = (y | (y << 1)) & 0x55555555;
        return qint32(x | (y << 1));
    }

    // Links the ring's nodes in z-order (prevZ/nextZ), sorted with a linked-list merge sort.
    void indexCurve(Node *start)
    {
        Node *p = start;
        do {
            if (p->z == 0)
                p->z = zOrder(p->x, p->y);
            p->prevZ = p->prev;
            p->nextZ = p->next;
            p = p->next;
        } while (p != start);
        p->prevZ->nextZ = nullptr;
        p->prevZ = nullptr;
        sortByZ(p);
    }

    static Node *sortByZ(Node *list)
    {
        int inSize = 1;
        int merges;
        do {
            Node *p = list;
            list = nullptr;
            Node *tail = nullptr;
            merges = 0;
            while (p) {
                ++merges;
                Node *q = p;
                int pSize = 0;
                for (int i = 0; i < inSize && q; ++i) {
                    ++pSize;
                    q = q->nextZ;
                }
                int qSize = inSize;
                while (pSize > 0 || (qSize > 0 && q)) {
                    Node *e;
                    if (pSize != 0 && (qSize == 0 || !q || p->z <= q->z)) {
                        e = p;
                        p = p->nextZ;
                        --pSize;
                    } else {
                        e = q;
                        q = q->nextZ;
                        --qSize;
                    }
                    if (tail)
                        tail->nextZ = e;
                    else
                        list = e;
                    e->prevZ = tail;
                    tail = e;
                }
                p = q;
            }
            tail->nextZ = nullptr;
            inSize *= 2;
        } while (merges > 1);
        return list;
    }
};

} // namespace

Mesh triangulate(const QVector<Polygon> &polygons)
{
    Mesh mesh;
    int total = 0;
    for (const Polygon &p : polygons)
        for (const Ring &r : p.rings)
            total += r.size();
    mesh.vertices.reserve(total);
    mesh.indices.reserve(total * 3);
    for (const Polygon &p : polygons) {
        EarClipper(&mesh).run(p);
        mesh.polygonEnds << mesh.indices.size();
    }
    return mesh;
}

} // namespace geo
