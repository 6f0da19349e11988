#pragma once
// Runs the shared overlay placer (overlays::place, core/scene) for the screen's camera and
// writes its answer into the label model (placed, offset, colours) and the tiny states' model
// (dots), so that QML draws exactly what an export of the same view draws. Sizes follow `unit`
// (the window's MapStyle::unitFor, Theme.unitFor in the QML) and the theme's text scale.
#include "landmarklistmodel.h"

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QSizeF>
#include <QVector>

class CountryLayer;
class CountryListModel;

class LabelPlacer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(CountryLayer *layer READ layer WRITE setLayer NOTIFY changed)
    Q_PROPERTY(CountryListModel *model READ model WRITE setModel NOTIFY changed)
    Q_PROPERTY(CountryListModel *dots READ dots WRITE setDots NOTIFY changed) // the tiny states
    Q_PROPERTY(LandmarkListModel *landmarks READ landmarks WRITE setLandmarks NOTIFY changed) // which side their text goes
    Q_PROPERTY(double unit READ unit WRITE setUnit NOTIFY changed)
    Q_PROPERTY(int placedCount READ placedCount NOTIFY placedCountChanged)

public:
    explicit LabelPlacer(QObject *parent = nullptr);

    CountryLayer *layer() const { return m_layer; }
    void setLayer(CountryLayer *layer);
    CountryListModel *model() const { return m_model; }
    void setModel(CountryListModel *model);
    CountryListModel *dots() const { return m_dots; }
    void setDots(CountryListModel *dots);
    LandmarkListModel *landmarks() const { return m_landmarks; }
    void setLandmarks(LandmarkListModel *landmarks);
    double unit() const { return m_unit; }
    void setUnit(double unit);
    int placedCount() const { return m_placedCount; }

    Q_INVOKABLE void place(); // now; it also runs once per event-loop turn after any change
    bool isPending() const { return m_scheduled; } // a placement is scheduled

signals:
    void changed();
    void placedCountChanged();
    void placed(); // after every placement

private:
    void schedule();

    QPointer<CountryLayer> m_layer;
    QPointer<CountryListModel> m_model;
    QPointer<CountryListModel> m_dots;
    QPointer<LandmarkListModel> m_landmarks;
    double m_unit = 1;
    bool m_scheduled = false;
    int m_placedCount = 0;
};
