#include "labelplacer.h"

#include "countrylayer.h"
#include "countrylistmodel.h"
#include "landmarklistmodel.h"
#include "localization.h"
#include "mapcontroller.h"

#include <QFont>
#include <QFontMetricsF>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace {

int tierRank(Tier tier)
{
    switch (tier) {
    case Tier::Self: return 0;
    case Tier::CSP: return 1;
    case Tier::Special: return 2;
    case Tier::SP: return 3;
    case Tier::CP: return 4;
    default: return 5;
    }
}

QFont labelFont(double pixelSize, bool bold)
{
    QFont font(QStringLiteral("Noto Sans"));
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

} // namespace

LabelPlacer::LabelPlacer(QObject *parent)
    : QObject(parent)
{
}

void LabelPlacer::setLayer(CountryLayer *layer)
{
    if (layer == m_layer)
        return;
    if (m_layer)
        m_layer->disconnect(this);
    m_layer = layer;
    if (m_layer) {
        connect(m_layer, &CountryLayer::cameraChanged, this, &LabelPlacer::schedule);
        connect(m_layer, &QQuickItem::widthChanged, this, &LabelPlacer::schedule);
        connect(m_layer, &QQuickItem::heightChanged, this, &LabelPlacer::schedule);
    }
    schedule();
    emit changed();
}

void LabelPlacer::setModel(CountryListModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_room.clear();
    if (m_model) {
        const BoundarySet &boundaries = m_model->controller()->data().boundaries;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Country &c = boundaries.countries[m_model->boundaryIndex(row)];
            QSizeF room = c.bounds.size();
            for (const geo::Polygon &p : c.polygons) {
                const QRectF b = geo::polygonBounds(p);
                if (b.contains(c.label) && geo::polygonContains(p, c.label)) {
                    room = b.size();
                    break;
                }
            }
            m_room << room;
        }
        // Tiers and names change with the date and the language.
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QVector<int> &roles) {
                    if (!roles.contains(CountryListModel::PlacedRole))
                        schedule();
                });
    }
    schedule();
    emit changed();
}

void LabelPlacer::setUnit(double unit)
{
    if (qFuzzyCompare(unit, m_unit) || unit <= 0)
        return;
    m_unit = unit;
    schedule();
    emit changed();
}

void LabelPlacer::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        place();
    });
}

void LabelPlacer::place()
{
    if (!m_layer || !m_model || m_layer->width() <= 0)
        return;
    MapController *controller = m_model->controller();
    const BoundarySet &boundaries = controller->data().boundaries;
    const double scale = m_layer->pixelsPerUnit();
    const QRectF view(0, 0, m_layer->width(), m_layer->height());
    const double gap = 4 * m_unit;

    // Archipelago labels come first: they are always shown (see MapScreen.qml).
    QVector<QRectF> taken;
    const QFontMetricsF landmarkMetrics(labelFont(kLandmarkPx * m_unit, true));
    const QFontMetricsF ownerMetrics(labelFont(kLandmarkOwnerPx * m_unit, false));
    const LandmarkListModel *landmarks = controller->landmarks();
    for (int row = 0; row < landmarks->rowCount(); ++row) {
        const QVariantMap l = landmarks->get(row);
        const QPointF at = m_layer->project(l.value("longitude").toDouble(), l.value("latitude").toDouble());
        const double w = std::max(landmarkMetrics.horizontalAdvance(l.value("name").toString()),
                                  ownerMetrics.horizontalAdvance(l.value("owner").toString()));
        const double h = landmarkMetrics.height() + ownerMetrics.height();
        const bool above = l.value("above").toBool();
        const QRectF text(at.x() + kLandmarkTextX * m_unit, above ? at.y() + 4 * m_unit - h : at.y() - 4 * m_unit, w, h);
        taken << text.united(QRectF(at.x() - 8 * m_unit, at.y() - 8 * m_unit, 16 * m_unit, 16 * m_unit)).adjusted(-gap, -gap, gap, gap);
    }

    QVector<int> order;
    for (int row = 0; row < m_model->rowCount(); ++row)
        order << row;
    auto tierOfRow = [&](int row) { return controller->tierOf(m_model->boundaryIndex(row)); };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int ra = tierRank(tierOfRow(a)), rb = tierRank(tierOfRow(b));
        if (ra != rb)
            return ra < rb;
        return boundaries.countries[m_model->boundaryIndex(a)].area() > boundaries.countries[m_model->boundaryIndex(b)].area();
    });

    QVector<bool> placed(m_model->rowCount(), false);
    QVector<QPointF> offsets(m_model->rowCount());
    QVector<bool> spills(m_model->rowCount(), false);
    for (const int row : qAsConst(order)) {
        const Tier tier = tierOfRow(row);
        const bool hub = tier == Tier::Self;
        if (!hub && (tier < Tier::CP || tier > Tier::Special))
            continue;
        const Country &c = boundaries.countries[m_model->boundaryIndex(row)];
        const QPointF lonLat = c.labelLonLat();
        const QPointF at = m_layer->project(lonLat.x(), lonLat.y());
        const double px = (hub ? kHubLabelPx : kLabelPx) * m_unit;
        const QFontMetricsF metrics(labelFont(px, CountryListModel::labelBold(tier)));
        const QString text = m_model->data(m_model->index(row), CountryListModel::LabelTextRole).toString();
        double w = metrics.horizontalAdvance(text) + (hub ? kHubLetterSpacing * m_unit * text.size() : 0);
        double h = metrics.height();
        if (!hub && m_room[row].width() * scale < w * 0.8)
            continue;
        if (!view.contains(at))
            continue;
        if (hub) {
            w += 2 * kHubPaddingX * m_unit;
            h += 2 * kHubPaddingY * m_unit;
            taken << QRectF(at.x(), at.y() - h - kHubOffset * m_unit, w + kHubOffset * m_unit, h + kHubOffset * m_unit)
                         .adjusted(-gap, -gap / 2, gap, gap / 2);
            placed[row] = true;
            continue;
        }
        // At the label point, else a little above, below or to a side while still inside the country.
        const QPointF candidates[] = {{0, 0}, {0, -1.1 * h}, {0, 1.1 * h}, {-0.35 * w, 0}, {0.35 * w, 0}, {0, -2.2 * h}, {0, 2.2 * h}};
        for (const QPointF &offset : candidates) {
            const QPointF p = at + offset;
            const QRectF padded = QRectF(p.x() - w / 2, p.y() - h / 2, w, h).adjusted(-gap, -gap / 2, gap, gap / 2);
            if (std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(padded); }))
                continue;
            if (!offset.isNull()) {
                const QGeoCoordinate where = m_layer->coordinateAt(p.x(), p.y());
                if (!where.isValid() || boundaries.locate(where.longitude(), where.latitude()) != c.key)
                    continue;
            }
            taken << padded;
            placed[row] = true;
            offsets[row] = offset;
            spills[row] = m_room[row].width() * scale < w * 1.15 || m_room[row].height() * scale < h * 1.5;
            break;
        }
    }
    m_model->setPlaced(placed, offsets, spills);
    const int count = int(std::count(placed.cbegin(), placed.cend(), true));
    if (count != m_placedCount) {
        m_placedCount = count;
        emit placedCountChanged();
    }
}
