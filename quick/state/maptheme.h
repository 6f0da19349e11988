#pragma once
// The light or dark theme as QML sees it: the shared MapStyle palette (mapstyle.h) plus the
// few colours that only the interactive UI needs (panels, accents).
#include "mapstyle.h"

#include <QColor>
#include <QObject>

class MapTheme : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY changed)
    Q_PROPERTY(bool dark READ isDark NOTIFY changed)
    Q_PROPERTY(QColor ocean READ ocean NOTIFY changed)
    Q_PROPERTY(QColor graticule READ graticule NOTIFY changed)
    Q_PROPERTY(QColor border READ border NOTIFY changed)
    Q_PROPERTY(QColor vietnam READ vietnam NOTIFY changed)
    Q_PROPERTY(QColor vietnamOutline READ vietnamOutline NOTIFY changed)
    Q_PROPERTY(QColor text READ text NOTIFY changed)
    Q_PROPERTY(QColor textMuted READ textMuted NOTIFY changed)
    Q_PROPERTY(QColor textHalo READ textHalo NOTIFY changed)
    Q_PROPERTY(QColor panel READ panel NOTIFY changed)
    Q_PROPERTY(QColor panelBorder READ panelBorder NOTIFY changed)
    Q_PROPERTY(QColor control READ control NOTIFY changed)
    Q_PROPERTY(QColor accent READ accent NOTIFY changed)

public:
    explicit MapTheme(QObject *parent = nullptr);

    const MapStyle &style() const { return m_style; }
    QString name() const;
    void setName(const QString &name); // "light" or "dark"; other values are ignored
    bool isDark() const { return m_style.theme == MapStyle::Theme::Dark; }

    QColor ocean() const { return m_style.ocean; }
    QColor graticule() const { return m_style.graticule; }
    QColor border() const { return m_style.border; }
    QColor vietnam() const { return m_style.vietnam; }
    QColor vietnamOutline() const { return m_style.vietnamOutline; }
    QColor text() const { return m_style.text; }
    QColor textMuted() const;
    QColor textHalo() const { return m_style.textHalo; }
    QColor panel() const; // MapStyle's panel colour, opaque: the UI's panels sit beside the map
    QColor panelBorder() const;
    QColor control() const;
    QColor accent() const;

    Q_INVOKABLE void toggle();
    // Colour of a tier by key ("csp", "self", ...); transparent for an unknown key.
    Q_INVOKABLE QColor tierColor(const QString &tierKey) const;
    // Text colour readable on a tier's colour.
    Q_INVOKABLE QColor textOnTier(const QString &tierKey) const;

signals:
    void changed();

private:
    MapStyle m_style;
};

// Parses a tier key including "self" (tierFromKey leaves "self" out).
bool tierFromAnyKey(const QString &key, Tier *tier);
