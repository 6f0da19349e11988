#pragma once
// What the viewer does with the map: the selected and the hovered country, the highlighted and
// the hidden tiers, whether names show. Keys are validated against the boundaries; the hub's
// landmarks (its archipelagos) can be hovered and selected too, by the key framing::landmarkKey(index).
#include "countrycolors.h"
#include "countryframing.h"
#include "datasource.h"

#include <QObject>
#include <QSet>

class DateSnapshot;
class Localization;

class InteractionState : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString selectedKey READ selectedKey WRITE select NOTIFY selectionChanged)
    Q_PROPERTY(QString hoveredKey READ hoveredKey WRITE setHoveredKey NOTIFY hoverChanged)
    Q_PROPERTY(QString hoveredName READ hoveredName NOTIFY hoverTextChanged)
    Q_PROPERTY(QString hoveredTier READ hoveredTier NOTIFY hoverTextChanged)
    Q_PROPERTY(QString hoveredTierName READ hoveredTierName NOTIFY hoverTextChanged)
    Q_PROPERTY(QString highlightedTier READ highlightedTier WRITE setHighlightedTier NOTIFY tierFilterChanged)
    Q_PROPERTY(QStringList hiddenTiers READ hiddenTiers NOTIFY tierFilterChanged)
    Q_PROPERTY(bool showLabels READ showLabels WRITE setShowLabels NOTIFY showLabelsChanged)

public:
    InteractionState(DataRef data, DateSnapshot *snapshot, Localization *localization,
                     QObject *parent = nullptr);

    QString selectedKey() const { return m_selectedKey; }
    Q_INVOKABLE void select(const QString &key); // an unknown or empty key clears the selection
    Q_INVOKABLE void clearSelection() { select(QString()); }
    // The landmark of a "landmark:N" key (framing::landmarkKey); -1 for any other key.
    int landmarkIndex(const QString &key) const { return framing::landmarkIndex(m_data->boundaries, key); }
    int selectedLandmark() const { return landmarkIndex(m_selectedKey); }
    bool isKnownKey(const QString &key) const;
    QString landmarkOwnerName(int landmark) const; // in the UI language
    int selectedIndex() const { return m_data->boundaries.indexOf(m_selectedKey); }
    QString hoveredKey() const { return m_hoveredKey; }
    void setHoveredKey(const QString &key);
    int hoveredIndex() const { return m_data->boundaries.indexOf(m_hoveredKey); }
    QString hoveredName() const;
    QString hoveredTier() const;
    QString hoveredTierName() const;
    QString highlightedTier() const { return m_highlightedTier; }
    void setHighlightedTier(const QString &tierKey); // empty: none
    QStringList hiddenTiers() const;
    bool isTierHidden(Tier tier) const { return m_hiddenTiers.contains(tier); }
    Q_INVOKABLE void toggleTierHidden(const QString &tierKey);
    bool showLabels() const { return m_showLabels; }
    void setShowLabels(bool show);
    // The filter the colour rule applies (countrycolors).
    ColorFilter colorFilter() const;

signals:
    void selectionChanged();
    void hoverChanged();     // another country (or none) is hovered
    void hoverTextChanged(); // the tooltip's name or tier reads differently
    void tierFilterChanged();
    void showLabelsChanged();

private:
    DataRef m_data;
    DateSnapshot *m_snapshot;
    Localization *m_localization;
    QString m_selectedKey;
    QString m_hoveredKey;
    QString m_highlightedTier;
    QSet<Tier> m_hiddenTiers;
    bool m_showLabels = true;
};
