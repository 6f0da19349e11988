#include "countrylayer.h"

#include "countryrendernode.h"
#include "fillcolors.h"
#include "interactionstate.h"
#include "mapcontroller.h"
#include "maptheme.h"

#include <QDateTime>
#include <QLineF>
#include <QMouseEvent>
#include <QQuickWindow>
#include <QTouchEvent>
#include <QtMath>

namespace {


} // namespace

CountryLayer::CountryLayer(QQuickItem *parent)
    : QQuickItem(parent)
    , m_taps(new TapDetector(this))
{
    connect(m_taps, &TapDetector::tapped, this, [this](const QPointF &at) { emit tapped(at.x(), at.y(), keyAt(at.x(), at.y())); });
    setFlag(ItemHasContents, true);
    setAcceptHoverEvents(true);
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this] { animate(m_animation.currentTime()); });
    connect(&m_animation, &QAbstractAnimation::finished, this, [this] { animate(m_animation.duration()); });
    connect(&m_animation, &QAbstractAnimation::stateChanged, this, &CountryLayer::animatingChanged);
}

CountryLayer::~CountryLayer() = default;

void CountryLayer::setController(MapController *controller)
{
    if (controller == m_controller)
        return;
    if (m_controller) {
        m_controller->colors()->disconnect(this);
        m_controller->interaction()->disconnect(this);
        m_controller->theme()->disconnect(this);
        m_controller->state().data.source()->disconnect(this);
    }
    m_controller = controller;
    m_geometry.reset();
    if (m_controller) {
        m_geometry = std::make_shared<const LayerGeometry>(LayerGeometry::build(m_controller->data().boundaries));
        m_shown = m_controller->colors()->all();
        m_transition = ColorTransition::settled(m_shown);
        connect(m_controller->colors(), &FillColors::changed, this, &CountryLayer::colorsChanged);
        connect(m_controller->interaction(), &InteractionState::selectionChanged, this, &QQuickItem::update);
        connect(m_controller->theme(), &MapTheme::changed, this, &QQuickItem::update);
        // New boundaries (a reload): new buffers, the colours settled (relations alone: a fade).
        connect(m_controller->state().data.source(), &DataSource::replaced, this, [this](bool boundariesChanged) {
            if (!boundariesChanged)
                return;
            m_geometry = std::make_shared<const LayerGeometry>(LayerGeometry::build(m_controller->data().boundaries));
            m_animation.stop();
            m_shown = m_controller->colors()->all();
            m_transition = ColorTransition::settled(m_shown);
            m_colorsDirty = true;
            update();
        });
    }
    m_colorsDirty = true;
    update();
    emit controllerChanged();
}

void CountryLayer::setCenter(const QGeoCoordinate &center)
{
    if (!center.isValid() || center == m_center)
        return;
    m_center = center;
    update();
    emit cameraChanged();
}

void CountryLayer::setZoomLevel(double zoom)
{
    if (qFuzzyCompare(zoom, m_zoomLevel))
        return;
    m_zoomLevel = zoom;
    update();
    emit cameraChanged();
}

void CountryLayer::setUnit(double unit)
{
    if (unit <= 0 || qFuzzyCompare(unit, m_unit))
        return;
    m_unit = unit;
    update();
    emit unitChanged();
}

double CountryLayer::pixelsPerUnit() const
{
    return camera().pixelsPerUnit;
}

MapCamera CountryLayer::camera() const
{
    return MapCamera::fromZoom(m_center.longitude(), m_center.latitude(), m_zoomLevel, QSizeF(width(), height()));
}

void CountryLayer::setBackground(const QColor &color)
{
    if (color == m_background)
        return;
    m_background = color;
    update();
    emit backgroundChanged();
}

void CountryLayer::setRasterCache(bool enabled)
{
    if (enabled == m_rasterCache)
        return;
    m_rasterCache = enabled;
    update();
    emit rasterCacheChanged();
}

void CountryLayer::setTransitionDuration(int ms)
{
    if (ms == m_transitionDuration)
        return;
    m_transitionDuration = std::max(0, ms);
    emit durationsChanged();
}

void CountryLayer::setPulseDuration(int ms)
{
    if (ms == m_pulseDuration)
        return;
    m_pulseDuration = std::max(0, ms);
    emit durationsChanged();
}

QPointF CountryLayer::mercatorCenter() const
{
    return geo::mercatorFromLonLat(m_center.longitude(), m_center.latitude());
}

QPointF CountryLayer::project(double longitude, double latitude) const
{
    return camera().toPixelsNearest(geo::mercatorFromLonLat(longitude, latitude));
}

QGeoCoordinate CountryLayer::coordinateAt(double x, double y) const
{
    QPointF p = camera().toMercator(QPointF(x, y));
    if (p.y() < 0 || p.y() > 1)
        return {};
    p.setX(p.x() - std::floor(p.x()));
    const QPointF lonLat = geo::lonLatFromMercator(p);
    return QGeoCoordinate(lonLat.y(), lonLat.x());
}

QString CountryLayer::keyAt(double x, double y) const
{
    const QGeoCoordinate c = coordinateAt(x, y);
    return m_controller && c.isValid() ? m_controller->keyAt(c.longitude(), c.latitude()) : QString();
}

QColor CountryLayer::shownColor(const QString &key) const
{
    const int i = m_controller ? m_controller->data().boundaries.indexOf(key) : -1;
    return i >= 0 && i < m_shown.size() ? QColor::fromRgba(m_shown[i]) : QColor();
}

void CountryLayer::colorsChanged(const QVector<int> &, const QVector<int> &tierChanged)
{
    const QVector<QRgb> &now = m_controller->colors()->all();
    const bool pulse = !tierChanged.isEmpty() && m_pulseDuration > 0;
    const int fade = tierChanged.isEmpty() ? ColorTransition::kQuickFadeMs : m_transitionDuration;
    if (m_shown.size() != now.size() || !isVisible() || !window() || (fade <= 0 && !pulse)) {
        m_animation.stop();
        m_shown = now;
        m_transition = ColorTransition::settled(now);
        m_colorsDirty = true;
        update();
        return;
    }
    m_transition = ColorTransition{m_shown, now, pulse ? tierChanged : QVector<int>(), fade, m_pulseDuration,
                                   m_controller->theme()->style().hubOutline.rgba()};
    m_animation.stop();
    m_animation.setDuration(m_transition.durationMs());
    m_animation.start();
}

void CountryLayer::animate(int elapsedMs)
{
    m_shown = m_transition.at(elapsedMs);
    m_colorsDirty = true;
    update();
}

void CountryLayer::geometryChanged(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChanged(newGeometry, oldGeometry);
    update();
}

void CountryLayer::itemChange(ItemChange change, const ItemChangeData &value)
{
    if (change == ItemParentHasChanged) {
        m_taps->watch(value.item);
    }
    if (change == ItemSceneChange) {
        disconnect(m_frameConnection);
        if (value.window)
            m_frameConnection = connect(value.window, &QQuickWindow::frameSwapped, this, &CountryLayer::frameSwapped,
                                        Qt::QueuedConnection);
    }
    QQuickItem::itemChange(change, value);
}

void CountryLayer::setHoverEnabled(bool enabled)
{
    if (enabled == m_hoverEnabled)
        return;
    m_hoverEnabled = enabled;
    setAcceptHoverEvents(enabled);
    if (!enabled)
        setHover(false, {});
    emit hoverChanged();
}

void CountryLayer::setHover(bool hovering, const QPointF &at)
{
    const QString key = hovering ? keyAt(at.x(), at.y()) : QString();
    if (hovering == m_hovering && at == m_hoverPosition && key == m_hoveredKey)
        return;
    m_hovering = hovering;
    m_hoverPosition = at;
    m_hoveredKey = key;
    emit hoverChanged();
}

void CountryLayer::hoverEnterEvent(QHoverEvent *event)
{
    setHover(m_hoverEnabled, event->posF());
    event->ignore(); // the map items above and below still get theirs
}

void CountryLayer::hoverMoveEvent(QHoverEvent *event)
{
    setHover(m_hoverEnabled, event->posF());
    event->ignore();
}

void CountryLayer::hoverLeaveEvent(QHoverEvent *event)
{
    setHover(false, {});
    event->ignore();
}

void CountryLayer::frameSwapped()
{
    const bool empty = !m_geometry || m_geometry->countryCount == 0;
    if (!m_ready && m_controller && (m_nodeBuilt || empty)) {
        m_ready = true;
        emit readyChanged();
    }
}

QSGNode *CountryLayer::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    if (!m_geometry || m_geometry->countryCount == 0 || width() <= 0 || height() <= 0) {
        delete old;
        return nullptr;
    }
    auto *node = static_cast<CountryRenderNode *>(old);
    if (node && node->geometry() != m_geometry.get()) { // a new controller: new buffers
        delete node;
        node = nullptr;
    }
    if (!node) {
        node = new CountryRenderNode(m_geometry);
        m_colorsDirty = true;
    }

    CountryRenderNode::Frame frame;
    const double w = width(), h = height();
    const double s = pixelsPerUnit();
    const QPointF c = mercatorCenter();
    frame.rect = QRectF(0, 0, w, h);
    frame.camera.translate(float(w / 2 - c.x() * s), float(h / 2 - c.y() * s));
    frame.camera.scale(float(s), float(s));
    frame.devicePixelRatio = window() ? float(window()->effectiveDevicePixelRatio()) : 1.0f;
    frame.level = m_geometry->levelFor(s * frame.devicePixelRatio);
    // The view in unit Web Mercator, with room for the widest outline and its antialiasing.
    const double margin = 8 * std::max(1.0, m_unit) / s;
    const QRectF view(c.x() - w / 2 / s - margin, c.y() - h / 2 / s - margin, w / s + 2 * margin, h / s + 2 * margin);
    for (int k = -2; k <= 2; ++k) {
        if (k + m_geometry->minX >= view.right() || k + m_geometry->maxX <= view.left())
            continue;
        CountryRenderNode::Copy copy;
        copy.shift = float(k);
        m_geometry->visibleRanges(frame.level, view, k, &copy.fills, &copy.outlines);
        frame.copies << copy;
    }

    const MapStyle &style = m_controller->theme()->style();
    const double unit = m_unit;
    frame.borderWidth = float(MapStyle::kBorderWidth * unit);
    frame.outlineWidth = float(MapStyle::kHubOutlineWidth * unit);
    frame.selectionWidth = float(MapStyle::kSelectionWidth * unit);
    frame.graticuleWidth = float(MapStyle::kGraticuleWidth * unit);
    frame.border = style.border;
    frame.graticule = style.graticule;
    frame.outline = style.hubOutline;
    frame.selection = style.selection;
    frame.hub = m_controller->hubIndex();
    frame.selected = m_controller->interaction()->selectedIndex();
    frame.background = m_background;
    frame.rasterCache = m_rasterCache;
    node->setFrame(frame);
    if (m_colorsDirty) {
        node->setColors(m_shown);
        m_colorsDirty = false;
    }
    node->markDirty(QSGNode::DirtyMaterial);
    m_nodeBuilt = true;
    return node;
}
