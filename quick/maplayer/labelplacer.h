#pragma once
// Decides which country labels show for the current camera: a label shows when its country is
// wide enough on screen for it and it overlaps no label of higher priority (Vietnam first,
// then by tier, then by area) nor an archipelago label. Writes the answer into the label
// model's `placed` role. Sizes follow `unit` (the screen height / 1080), as in the QML.
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
    Q_PROPERTY(double unit READ unit WRITE setUnit NOTIFY changed)
    Q_PROPERTY(int placedCount READ placedCount NOTIFY placedCountChanged)

public:
    explicit LabelPlacer(QObject *parent = nullptr);

    // Text sizes in pixels at unit 1 (a 1080-pixel-high screen); the QML uses the same.
    static constexpr double kLabelPx = 15;
    static constexpr double kHubLabelPx = 19;
    static constexpr double kLandmarkPx = 13;
    static constexpr double kLandmarkOwnerPx = 12;
    // Vietnam's label is a badge north-east of its label point, joined to it by a short line.
    static constexpr double kHubOffset = 14;
    static constexpr double kHubPaddingX = 12;
    static constexpr double kHubPaddingY = 4;
    static constexpr double kHubLetterSpacing = 1.5;
    // Archipelago labels: to the right of the marker, above it for the northernmost.
    static constexpr double kLandmarkTextX = 12;

    CountryLayer *layer() const { return m_layer; }
    void setLayer(CountryLayer *layer);
    CountryListModel *model() const { return m_model; }
    void setModel(CountryListModel *model);
    double unit() const { return m_unit; }
    void setUnit(double unit);
    int placedCount() const { return m_placedCount; }

    Q_INVOKABLE void place(); // now; it also runs once per event-loop turn after any change

signals:
    void changed();
    void placedCountChanged();

private:
    void schedule();

    QPointer<CountryLayer> m_layer;
    QPointer<CountryListModel> m_model;
    double m_unit = 1;
    QVector<QSizeF> m_room; // per row: size of the polygon holding the label, unit Web Mercator
    bool m_scheduled = false;
    int m_placedCount = 0;
};
