#pragma once
// The camera as C++ can drive it (the app's region buttons, a country's details, next a
// story): the views that fit a region preset, a country or a Web Mercator rectangle into the
// part of the map no panel covers, as {center: QGeoCoordinate, zoomLevel} for Qt Location.
#include "datasource.h"

#include <QGeoCoordinate>
#include <QObject>
#include <QRectF>
#include <QVariantList>

class Localization;

class CameraController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantList regions READ regions NOTIFY languageChanged)           // [{name, title}]
    Q_PROPERTY(QVariantMap regionTitles READ regionTitles NOTIFY languageChanged)  // name -> title

public:
    CameraController(DataRef data, Localization *localization, QObject *parent = nullptr);

    QVariantList regions() const;
    QVariantMap regionTitles() const;
    Q_INVOKABLE bool hasRegion(const QString &name) const;
    Q_INVOKABLE QGeoCoordinate labelCoordinate(const QString &key) const;
    // `free`: the part of a map of size `mapSize` that no panel covers.
    Q_INVOKABLE QVariantMap regionView(const QString &name, const QRectF &free, const QSizeF &mapSize) const;
    Q_INVOKABLE QVariantMap countryView(const QString &key, const QRectF &free, const QSizeF &mapSize) const;
    // The view that fits several countries (a story scene's camera); {} when none is known.
    QVariantMap countriesView(const QStringList &keys, const QRectF &free, const QSizeF &mapSize) const;
    // The view that fits a lon/lat box (left = min lon, top = min lat, right = max lon, bottom = max lat).
    QVariantMap boxView(const QRectF &lonLatBox, const QRectF &free, const QSizeF &mapSize) const;
    // The camera that fits a Web Mercator rectangle (unit square) into `free`.
    static QVariantMap fitView(const QRectF &mercator, const QRectF &free, const QSizeF &mapSize, double maxZoom);

signals:
    void languageChanged();

private:
    DataRef m_data;
    Localization *m_localization;
};
