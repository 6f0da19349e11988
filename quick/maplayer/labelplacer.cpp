#include "labelplacer.h"

#include "countrylayer.h"
#include "countrylistmodel.h"
#include "landmarklistmodel.h"
#include "localization.h"
#include "datesnapshot.h"
#include "fillcolors.h"
#include "maptheme.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

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
    if (m_model) {
        const MapState &old = m_model->state();
        for (QObject *o : std::initializer_list<QObject *>{old.data.source(), old.snapshot, old.colors, old.localization, old.theme})
            o->disconnect(this);
    }
    m_model = model;
    if (m_model) {
        // What is placed, and in which colours, follows the tiers, the fills, the language and the theme.
        const MapState &state = m_model->state();
        connect(state.snapshot, &DateSnapshot::changed, this, &LabelPlacer::schedule);
        connect(state.colors, &FillColors::changed, this, &LabelPlacer::schedule);
        connect(state.localization, &Localization::languageChanged, this, &LabelPlacer::schedule);
        connect(state.theme, &MapTheme::changed, this, &LabelPlacer::schedule);
        connect(state.theme, &MapTheme::textScaleChanged, this, &LabelPlacer::schedule);
        connect(state.data.source(), &DataSource::replaced, this, &LabelPlacer::schedule);
    }
    schedule();
    emit changed();
}

void LabelPlacer::setDots(CountryListModel *dots)
{
    if (dots == m_dots)
        return;
    m_dots = dots;
    schedule();
    emit changed();
}

void LabelPlacer::setLandmarks(LandmarkListModel *landmarks)
{
    if (landmarks == m_landmarks)
        return;
    m_landmarks = landmarks;
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
    const MapState &state = m_model->state();
    const DataSet &data = *state.data;
    OverlayInput in;
    in.boundaries = &data.boundaries;
    in.tiers = state.snapshot->tiers();
    in.fills = state.colors->all();
    in.hubKey = data.hub.key;
    in.hubName = state.localization->hubName();
    in.language = state.localization->language();
    in.style = state.theme->style();
    in.camera = m_layer->camera();
    in.unit = m_unit;
    in.textScale = state.theme->textScale();
    const Overlays placement = overlays::place(in);
    m_model->setPlacement(placement);
    if (m_dots)
        m_dots->setPlacement(placement);
    if (m_landmarks)
        m_landmarks->setPlacement(placement);
    if (placement.labels.size() != m_placedCount) {
        m_placedCount = placement.labels.size();
        emit placedCountChanged();
    }
    emit placed();
}
