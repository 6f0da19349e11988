#pragma once
// What the details panel shows for the selected country on the current date: names in both
// languages, tier, since when, the framework's wording, since when it has had diplomatic
// relations, how they came down to today's state and who held them before 1976, the history
// (establishment, breaks, successions and frameworks, notes in the UI language), highlights
// and sources (publisher, title and date, from sources.csv).
#include <QColor>
#include "mapstate.h"
#include "mapstyle.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>


class CountryDetails : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString key READ key NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)         // in the UI language
    Q_PROPERTY(QString otherName READ otherName NOTIFY changed) // in the other language
    Q_PROPERTY(QString nameVi READ nameVi NOTIFY changed)
    Q_PROPERTY(QString nameEn READ nameEn NOTIFY changed)
    Q_PROPERTY(QString tier READ tier NOTIFY changed)
    Q_PROPERTY(QString tierName READ tierName NOTIFY changed)
    Q_PROPERTY(QColor tierColor READ tierColor NOTIFY changed)
    Q_PROPERTY(QColor tierTextColor READ tierTextColor NOTIFY changed) // legible on tierColor
    Q_PROPERTY(QString since READ since NOTIFY changed)
    Q_PROPERTY(QString framework READ framework NOTIFY changed)
    Q_PROPERTY(QString relationsSince READ relationsSince NOTIFY changed) // "Quan hệ ngoại giao từ 18/1/1950", or ""
    Q_PROPERTY(QString lineage READ lineage NOTIFY changed) // "Kế thừa từ Liên Xô (30/1/1950)", or ""
    Q_PROPERTY(QString heldBy READ heldBy NOTIFY changed)   // who established them before 1976, or ""
    Q_PROPERTY(QString sovereignName READ sovereignName NOTIFY changed) // for a dependency, else ""
    Q_PROPERTY(QString note READ note NOTIFY changed) // for a landmark: whose territory it is
    Q_PROPERTY(QVariantList history READ history NOTIFY changed)
    Q_PROPERTY(QVariantList highlights READ highlights NOTIFY changed)
    Q_PROPERTY(QStringList sources READ sources NOTIFY changed)

public:
    explicit CountryDetails(const MapState &state, QObject *parent = nullptr);

    bool active() const { return !m_key.isEmpty(); }
    QString key() const { return m_key; }
    QString name() const { return m_name; }
    QString otherName() const { return m_otherName; }
    QString nameVi() const { return m_nameVi; }
    QString nameEn() const { return m_nameEn; }
    QString tier() const { return m_tier; }
    QString tierName() const { return m_tierName; }
    QColor tierColor() const { return m_tierColor; }
    QColor tierTextColor() const { return MapStyle::textOn(m_tierColor); }
    QString since() const { return m_since; }
    QString framework() const { return m_framework; }
    QString relationsSince() const { return m_relationsSince; }
    QString lineage() const { return m_lineage; }
    QString heldBy() const { return m_heldBy; }
    QString sovereignName() const { return m_sovereignName; }
    QString note() const { return m_note; }
    QVariantList history() const { return m_history; }
    QVariantList highlights() const { return m_highlights; }
    QStringList sources() const { return m_sources; }

signals:
    void changed();

private:
    void refresh(); // from the selection, the date, the language and the theme
    void showLandmark(int landmark); // one of the hub's archipelagos
    // relationsSince, lineage, heldBy; `since` cleared when the current tier (`current`) began with the relations
    void showRelations(const QString &key, const QDate &date, const RelationEvent *current);
    void addSources(const QString &field);

    MapState m_state;
    QString m_key, m_name, m_otherName, m_nameVi, m_nameEn, m_tier, m_tierName, m_since, m_framework, m_sovereignName, m_note;
    QString m_relationsSince, m_lineage, m_heldBy;
    QColor m_tierColor;
    QVariantList m_history;
    QVariantList m_highlights;
    QStringList m_sources;
};
