#include "overlayplacer.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace {

bool isState(const Country &c) { return c.kind == CountryKind::UnMember || c.kind == CountryKind::State; }

bool overlapsAny(const QVector<QRectF> &taken, const QRectF &box)
{
    return std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(box); });
}

} // namespace

namespace overlays {

bool needsDot(const Country &country, double pixelsPerUnit, double unit)
{
    return isState(country) && std::sqrt(country.area()) * pixelsPerUnit < MapStyle::kTinyPx * unit;
}

bool canNeedDot(const Country &country)
{
    return needsDot(country, 1080, 1);
}

const geo::Polygon *mainPolygon(const Country &country)
{
    for (const geo::Polygon &p : country.polygons)
        if (geo::polygonBounds(p).contains(country.label) && geo::polygonContains(p, country.label))
            return &p;
    return nullptr;
}

QString labelText(const Country &country, bool hub, const QString &language)
{
    const QString name = language == QLatin1String("en") ? country.nameEn : country.nameVi;
    return hub ? name.toUpper() : name;
}

bool landmarkTextAbove(const BoundarySet &boundaries, int landmark)
{
    return std::none_of(boundaries.landmarks.cbegin(), boundaries.landmarks.cend(), [&](const Landmark &l) {
        return l.position.y() < boundaries.landmarks[landmark].position.y();
    });
}

QString landmarkOwner(const QString &ownerName)
{
    return QStringLiteral("(%1)").arg(ownerName);
}

Overlays place(const OverlayInput &in)
{
    Overlays out;
    if (!in.boundaries || in.camera.size.isEmpty())
        return out;
    const BoundarySet &boundaries = *in.boundaries;
    const double u = in.unit * in.textScale;
    const double s = in.camera.pixelsPerUnit;
    const QRectF view(QPointF(0, 0), in.camera.size);
    const double gap = 4 * u;
    const bool en = in.language == QLatin1String("en");
    QVector<QRectF> taken = in.reserved;

    // Landmarks, always shown: a marker and two lines to its right, above it for the northernmost.
    const QFontMetricsF landmarkMetrics(MapStyle::font(MapStyle::kLandmarkPx * u, true));
    const QFontMetricsF ownerMetrics(MapStyle::font(MapStyle::kLandmarkOwnerPx * u));
    for (int i = 0; i < boundaries.landmarks.size(); ++i) {
        const Landmark &l = boundaries.landmarks[i];
        PlacedLandmark p;
        p.index = i;
        p.at = in.camera.toPixelsNearest(l.position);
        p.name = en ? l.nameEn : l.nameVi;
        p.owner = landmarkOwner(in.hubName);
        p.above = landmarkTextAbove(boundaries, i);
        const double w = std::max(landmarkMetrics.horizontalAdvance(p.name), ownerMetrics.horizontalAdvance(p.owner));
        const double h = landmarkMetrics.height() + ownerMetrics.height();
        p.textBox = QRectF(p.at.x() + MapStyle::kLandmarkTextX * u, p.above ? p.at.y() + 4 * u - h : p.at.y() - 4 * u, w, h);
        if (p.textBox.right() > view.right() && p.at.x() - MapStyle::kLandmarkTextX * u - w >= view.left()) {
            p.left = true;
            p.textBox.moveRight(p.at.x() - MapStyle::kLandmarkTextX * u);
        }
        taken << p.textBox.united(QRectF(p.at - QPointF(8, 8) * u, QSizeF(16, 16) * u)).adjusted(-gap, -gap, gap, gap);
        out.landmarks << p;
    }

    // States too small to see: a dot at their label point.
    for (int i = 0; i < boundaries.countries.size(); ++i) {
        const Country &c = boundaries.countries[i];
        if (!needsDot(c, s, in.unit))
            continue;
        PlacedDot d;
        d.country = i;
        d.at = in.camera.toPixelsNearest(c.label);
        d.partner = tiers::isPartner(in.tiers.value(i, Tier::None));
        d.diameter = MapStyle::dotDiameter(d.partner) * u;
        d.borderWidth = MapStyle::dotBorder(d.partner) * u;
        if (view.adjusted(-d.diameter, -d.diameter, d.diameter, d.diameter).contains(d.at))
            out.dots << d;
    }
    if (!in.labels)
        return out;
    QVector<QRectF> dotBoxes; // a tiny partner's name goes beside its dot, never over another dot
    for (const PlacedDot &d : qAsConst(out.dots))
        dotBoxes << QRectF(d.at.x() - d.diameter / 2, d.at.y() - d.diameter / 2, d.diameter, d.diameter);
    // A label that reaches past its country: the map's text colours with a halo.
    const auto spill = [&in](PlacedLabel &label) {
        label.spills = true;
        label.color = in.style.text;
        label.halo = in.style.textHalo;
        label.halo.setAlpha(200);
    };

    // Names: the hub first, then by the tier table's rank, then the largest first.
    QVector<int> order;
    for (int i = 0; i < boundaries.countries.size(); ++i) {
        const Country &c = boundaries.countries[i];
        const Tier t = in.tiers.value(i, Tier::None);
        if (c.kind != CountryKind::Dependency && tiers::traits(t).labelled && (t != Tier::Hub || c.key == in.hubKey))
            order << i;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int ra = tiers::traits(in.tiers[a]).labelRank, rb = tiers::traits(in.tiers[b]).labelRank;
        return ra != rb ? ra < rb : boundaries.countries[a].area() > boundaries.countries[b].area();
    });
    for (const int i : qAsConst(order)) {
        const Country &c = boundaries.countries[i];
        const Tier tier = in.tiers[i];
        PlacedLabel label;
        label.country = i;
        label.hub = tier == Tier::Hub;
        label.bold = tiers::traits(tier).boldLabel;
        label.pixelSize = (label.hub ? MapStyle::kHubLabelPx : MapStyle::kLabelPx) * u;
        label.text = labelText(c, label.hub, in.language);
        const QFontMetricsF metrics(MapStyle::font(label.pixelSize, label.bold));
        double w = metrics.horizontalAdvance(label.text) + (label.hub ? MapStyle::kHubLetterSpacing * u * label.text.size() : 0);
        double h = metrics.height();
        const QPointF at = in.camera.toPixelsNearest(c.label);
        if (!view.contains(at))
            continue;
        if (label.hub) {
            w += 2 * MapStyle::kHubPaddingX * u;
            h += 2 * MapStyle::kHubPaddingY * u;
            const double off = MapStyle::kHubOffset * u;
            label.box = QRectF(at.x() + off, at.y() - off - h, w, h);
            label.color = QColor(Qt::white);
            taken << QRectF(at.x(), at.y() - h - off, w + off, h + off).adjusted(-gap, -gap / 2, gap, gap / 2);
            out.labels << label;
            continue;
        }
        const geo::Polygon *main = mainPolygon(c);
        const QSizeF room = (main ? geo::polygonBounds(*main) : c.bounds).size() * s;
        if (room.width() < w * 0.8) {
            // A tiny partner: its name to the right of its dot, else to the left, where it fits.
            if (!tiers::isPartner(tier) || !needsDot(c, s, in.unit))
                continue;
            const double beside = MapStyle::kDotPartner * u / 2 + gap + w / 2;
            for (const double side : {1.0, -1.0}) {
                const QRectF box(at.x() + side * beside - w / 2, at.y() - h / 2, w, h);
                const QRectF padded = box.adjusted(-gap, -gap / 2, gap, gap / 2);
                if (!view.contains(box) || overlapsAny(taken, padded) || overlapsAny(dotBoxes, padded))
                    continue;
                taken << padded;
                label.offset = QPointF(side * beside, 0);
                label.box = box;
                spill(label);
                out.labels << label;
                break;
            }
            continue;
        }
        // At the label point, else a little above, below or to a side while still inside the country.
        const QPointF candidates[] = {{0, 0}, {0, -1.1 * h}, {0, 1.1 * h}, {-0.35 * w, 0}, {0.35 * w, 0}, {0, -2.2 * h}, {0, 2.2 * h}};
        for (const QPointF &offset : candidates) {
            const QPointF p = at + offset;
            const QRectF box(p.x() - w / 2, p.y() - h / 2, w, h);
            const QRectF padded = box.adjusted(-gap, -gap / 2, gap, gap / 2);
            if (!view.contains(box) || overlapsAny(taken, padded)) // never cut by the edge (or a panel beside it)
                continue;
            if (!offset.isNull()) {
                QPointF m = in.camera.toMercator(p);
                if (m.y() < 0 || m.y() > 1)
                    continue;
                m.setX(m.x() - std::floor(m.x()));
                const QPointF lonLat = geo::lonLatFromMercator(m);
                if (boundaries.locate(lonLat.x(), lonLat.y()) != c.key)
                    continue;
            }
            taken << padded;
            label.offset = offset;
            label.box = box;
            if (room.width() < w * 1.15 || room.height() < h * 1.5) {
                spill(label);
            } else {
                const QColor fill = QColor::fromRgba(in.fills.value(i));
                label.color = MapStyle::textOn(fill);
                label.halo = MapStyle::haloOn(fill);
            }
            out.labels << label;
            break;
        }
    }
    return out;
}

} // namespace overlays
