#pragma once
// The light or dark theme as QML sees it: the shared MapStyle palette (mapstyle.h) plus the
// few colours that only the interactive UI needs (panels, accents), and the text size setting:
// a factor on every size of the screen's text and panels (the map's labels, dots and landmarks
// through the overlay placer, the panels through the QML's unit), from 1 to 2 in kTextScales'
// steps. Exports keep their own sizes.
#include "mapstyle.h"

#include <QColor>
#include <QObject>
#include <QSizeF>
#include <QVariantMap>

class MapTheme : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY changed)
    Q_PROPERTY(bool dark READ isDark NOTIFY changed)
    Q_PROPERTY(QColor ocean READ ocean NOTIFY changed)
    Q_PROPERTY(QColor graticule READ graticule NOTIFY changed)
    Q_PROPERTY(QColor border READ border NOTIFY changed)
    Q_PROPERTY(QColor hub READ hub NOTIFY changed)
    Q_PROPERTY(QColor hubOutline READ hubOutline NOTIFY changed)
    Q_PROPERTY(QColor hidden READ hidden NOTIFY changed)
    Q_PROPERTY(QColor text READ text NOTIFY changed)
    Q_PROPERTY(QColor textMuted READ textMuted NOTIFY changed)
    Q_PROPERTY(QColor textHalo READ textHalo NOTIFY changed)
    Q_PROPERTY(QColor panel READ panel NOTIFY changed)
    Q_PROPERTY(QColor panelBorder READ panelBorder NOTIFY changed)
    Q_PROPERTY(QColor control READ control NOTIFY changed)
    Q_PROPERTY(QColor accent READ accent NOTIFY changed)
    // MapStyle's sizes, in px at 1080p: the QML multiplies them by its unit as the C++ does.
    Q_PROPERTY(QVariantMap sizes READ sizes CONSTANT)
    // How long the side panel's counts take to count to a new date's values (ms).
    Q_PROPERTY(int countAnimationMs READ countAnimationMs CONSTANT)
    // The text size in use: the viewer's choice, else kPresentingTextScale while presenting
    // (full screen), else 1. The QML multiplies its unit by it.
    Q_PROPERTY(double textScale READ textScale NOTIFY textScaleChanged)
    Q_PROPERTY(bool presenting READ presenting WRITE setPresenting NOTIFY textScaleChanged)

public:
    explicit MapTheme(QObject *parent = nullptr);
    // The hub's colours come from its profile (the data).
    void setHub(const HubProfile &hub);

    const MapStyle &style() const { return m_style; }
    QString name() const;
    void setName(const QString &name); // "light" or "dark"; other values are ignored
    bool isDark() const { return m_style.theme == MapStyle::Theme::Dark; }

    QColor ocean() const { return m_style.ocean; }
    QColor graticule() const { return m_style.graticule; }
    QColor border() const { return m_style.border; }
    QColor hub() const { return m_style.hub; }
    QColor hubOutline() const { return m_style.hubOutline; }
    QColor hidden() const { return m_style.hidden; }
    QColor text() const { return m_style.text; }
    QColor textMuted() const;
    QColor textHalo() const { return m_style.textHalo; }
    QColor panel() const; // MapStyle's panel colour, opaque: the UI's panels sit beside the map
    QColor panelBorder() const;
    QColor control() const;
    QColor accent() const;
    static QVariantMap sizes();
    // The unit of a window or output of w x h pixels (MapStyle::unitFor): what MapStyle's sizes
    // are multiplied by, on screen as in every export.
    Q_INVOKABLE static double unitFor(double width, double height) { return MapStyle::unitFor(QSizeF(width, height)); }

    static constexpr double kTextScales[] = {1.0, 1.25, 1.5, 1.75, 2.0};
    static constexpr double kPresentingTextScale = 1.25;
    static constexpr int kCountAnimationMs = 700;
    static int countAnimationMs() { return kCountAnimationMs; }
    double textScale() const;
    double chosenTextScale() const { return m_chosenTextScale; } // 0: none chosen
    // A choice from the command line or the saved settings; 0 clears it, out of range is ignored.
    void setChosenTextScale(double scale);
    bool presenting() const { return m_presenting; }
    void setPresenting(bool presenting);
    // The next step up or down from the size in use (keys + and -): the viewer's choice, saved.
    Q_INVOKABLE void largerText();
    Q_INVOKABLE void smallerText();

    Q_INVOKABLE void toggle();
    // Colour of a tier by key ("csp", "hub", ...); transparent for an unknown key.
    Q_INVOKABLE QColor tierColor(const QString &tierKey) const;
    // Text colour readable on a tier's colour.
    Q_INVOKABLE QColor textOnTier(const QString &tierKey) const;

signals:
    void changed();
    void textScaleChanged();
    void textScaleChosen(double scale); // by the viewer's keys: what main.cpp saves

private:
    void chooseTextScale(double scale);

    HubProfile m_hub;
    MapStyle m_style;
    double m_chosenTextScale = 0;
    bool m_presenting = false;
};
