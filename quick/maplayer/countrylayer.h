#pragma once
// The map's country layer: every country filled with its colour, borders, the hub's outline,
// the selection and a graticule, drawn by one render node over a Qt Location Map. Bind
// `center` and `zoomLevel` to the Map's: the layer uses the same Web Mercator camera
// (256 px tiles), so it stays registered with Map.fromCoordinate at any zoom.
// Colour changes fade over `transitionDuration`; countries whose tier changed pulse.
// Taps come from a TapDetector on the Map's events (the Map keeps its gestures); hover comes as
// the layer's own events; colour changes are a ColorTransition (core/scene) played over time.
#include "countrycolors.h"
#include "layergeometry.h"
#include "mapcamera.h"
#include "tapdetector.h"

#include <QGeoCoordinate>
#include <QQuickItem>
#include <QPointer>
#include <QVariantAnimation>
#include <QVector>

#include <atomic>
#include <memory>

class MapController;

class CountryLayer : public QQuickItem
{
    Q_OBJECT
    Q_PROPERTY(MapController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY cameraChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY cameraChanged)
    Q_PROPERTY(double pixelsPerUnit READ pixelsPerUnit NOTIFY cameraChanged)
    // What MapStyle's line widths are multiplied by (the window's MapStyle::unitFor).
    Q_PROPERTY(double unit READ unit WRITE setUnit NOTIFY unitChanged)
    Q_PROPERTY(int transitionDuration READ transitionDuration WRITE setTransitionDuration NOTIFY durationsChanged)
    Q_PROPERTY(int pulseDuration READ pulseDuration WRITE setPulseDuration NOTIFY durationsChanged)
    Q_PROPERTY(bool animating READ isAnimating NOTIFY animatingChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    // The pointer over the layer (a mouse, not a touch): position and the country under it.
    Q_PROPERTY(bool hoverEnabled READ hoverEnabled WRITE setHoverEnabled NOTIFY hoverChanged)
    Q_PROPERTY(bool hovering READ isHovering NOTIFY hoverChanged)
    Q_PROPERTY(QPointF hoverPosition READ hoverPosition NOTIFY hoverChanged)
    Q_PROPERTY(QString hoveredKey READ hoveredKey NOTIFY hoverChanged)
    // What the layer lies on: bind the Map's colour. Opaque, it lets colour-only frames be
    // copied from the raster cache (CountryRenderNode); transparent (the default), every frame
    // is rasterised.
    Q_PROPERTY(QColor background READ background WRITE setBackground NOTIFY backgroundChanged)
    // Debug and test switch (issue 16): false draws every frame by rasterising the geometry
    // (CountryRenderNode); starts false when the environment has DIPLOMAP_RASTER_CACHE=0.
    Q_PROPERTY(bool rasterCache READ rasterCache WRITE setRasterCache NOTIFY rasterCacheChanged)

public:
    explicit CountryLayer(QQuickItem *parent = nullptr);
    ~CountryLayer() override;

    MapController *controller() const { return m_controller; }
    void setController(MapController *controller);
    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &center);
    double zoomLevel() const { return m_zoomLevel; }
    void setZoomLevel(double zoom);
    double pixelsPerUnit() const; // screen pixels per unit of Web Mercator (the world's width)
    double unit() const { return m_unit; }
    void setUnit(double unit);
    MapCamera camera() const;     // Qt Location's camera for the item's size
    int transitionDuration() const { return m_transitionDuration; }
    void setTransitionDuration(int ms);
    int pulseDuration() const { return m_pulseDuration; }
    void setPulseDuration(int ms);
    bool isAnimating() const { return m_animation.state() == QAbstractAnimation::Running; }
    bool isReady() const { return m_ready; }
    bool hoverEnabled() const { return m_hoverEnabled; }
    void setHoverEnabled(bool enabled);
    bool isHovering() const { return m_hovering; }
    QPointF hoverPosition() const { return m_hoverPosition; }
    QString hoveredKey() const { return m_hoveredKey; }
    QColor background() const { return m_background; }
    void setBackground(const QColor &color);
    bool rasterCache() const { return m_rasterCache; }
    void setRasterCache(bool enabled);

    // Item position of (lon, lat) on the world copy nearest the view's centre.
    Q_INVOKABLE QPointF project(double longitude, double latitude) const;
    Q_INVOKABLE QGeoCoordinate coordinateAt(double x, double y) const;
    Q_INVOKABLE QString keyAt(double x, double y) const; // country under an item position, or ""
    // The fill colour currently shown for a country (mid-fade while animating).
    Q_INVOKABLE QColor shownColor(const QString &key) const;
    const LayerGeometry *geometry() const { return m_geometry.get(); }

signals:
    void controllerChanged();
    void cameraChanged();
    void durationsChanged();
    void animatingChanged();
    void unitChanged();
    void readyChanged();
    void hoverChanged();
    void backgroundChanged();
    void rasterCacheChanged();
    // A click or tap on the map (not a drag): item position and the country there ("" for the sea).
    void tapped(double x, double y, const QString &key);

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void geometryChanged(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;
    void hoverEnterEvent(QHoverEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void hoverLeaveEvent(QHoverEvent *event) override;

private:
    void colorsChanged(const QVector<int> &changed, const QVector<int> &tierChanged);
    void animate(int elapsedMs);
    QPointF mercatorCenter() const;
    void frameSwapped();

    MapController *m_controller = nullptr;
    std::shared_ptr<const LayerGeometry> m_geometry;
    QGeoCoordinate m_center{0, 0};
    double m_zoomLevel = 2;
    double m_unit = 1;
    int m_transitionDuration = ColorTransition::kTierFadeMs;
    int m_pulseDuration = ColorTransition::kPulseMs;

    QVector<QRgb> m_shown;
    ColorTransition m_transition;
    bool m_colorsDirty = true;
    QVariantAnimation m_animation;

    void setHover(bool hovering, const QPointF &at);

    QColor m_background = Qt::transparent;
    bool m_rasterCache = qEnvironmentVariable("DIPLOMAP_RASTER_CACHE") != QLatin1String("0");
    bool m_hoverEnabled = true;
    bool m_hovering = false;
    QPointF m_hoverPosition;
    QString m_hoveredKey;
    TapDetector *m_taps; // in the parent's (the Map's) events

    std::atomic<bool> m_nodeBuilt{false};
    bool m_ready = false;
    QMetaObject::Connection m_frameConnection;
};
