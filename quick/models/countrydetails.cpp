#include "countrydetails.h"

#include "localization.h"
#include "datesnapshot.h"
#include "interactionstate.h"
#include "maptheme.h"
#include "timelinecontroller.h"

namespace {
void addSources(const QString &field, QStringList *sources)
{
    for (const QString &part : field.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString s = part.trimmed();
        if (!s.isEmpty() && !sources->contains(s))
            *sources << s;
    }
}
} // namespace

CountryDetails::CountryDetails(const MapState &state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    connect(state.interaction, &InteractionState::selectionChanged, this, &CountryDetails::refresh);
    connect(state.snapshot, &DateSnapshot::changed, this, [this](const QVector<int> &changed) {
        if (changed.contains(m_state.interaction->selectedIndex()))
            refresh();
    });
    connect(state.localization, &Localization::languageChanged, this, &CountryDetails::refresh);
    connect(state.theme, &MapTheme::changed, this, &CountryDetails::refresh);
    connect(state.data.source(), &DataSource::replaced, this, &CountryDetails::refresh);
}

void CountryDetails::refresh()
{
    const DataSet &data = *m_state.data;
    const Localization *l = m_state.localization;
    const MapStyle &style = m_state.theme->style();
    const int index = m_state.interaction->selectedIndex();
    for (QString *s : {&m_key, &m_name, &m_otherName, &m_nameVi, &m_nameEn, &m_tier, &m_tierName, &m_since, &m_framework, &m_sovereignName, &m_note})
        s->clear();
    m_tierColor = QColor();
    m_history.clear();
    m_highlights.clear();
    m_sources.clear();
    const int landmark = m_state.interaction->selectedLandmark();
    if (landmark >= 0)
        showLandmark(landmark);
    if (index >= 0) {
        const Country &c = data.boundaries.countries[index];
        const Tier tier = m_state.snapshot->tierOf(index);
        const RelationEvent *current = m_state.snapshot->eventOf(index);
        m_key = c.key;
        m_nameVi = c.nameVi;
        m_nameEn = c.nameEn;
        m_name = l->name(c.nameVi, c.nameEn);
        m_otherName = l->isEnglish() ? c.nameVi : c.nameEn;
        m_tier = tierKey(tier);
        m_tierName = l->tierName(tier);
        m_tierColor = style.tierColor(tier);
        m_since = current ? l->formatPartialDate(current->date) : QString();
        if (current)
            m_framework = l->name(current->frameworkVi, current->frameworkEn);
        if (m_framework.isEmpty() && tier != Tier::None && tier != Tier::Hub)
            m_framework = m_tierName;
        if (c.kind == CountryKind::Dependency) {
            const CountryInfo *sovereign = data.table.byKey(c.sovereign);
            if (sovereign)
                m_sovereignName = l->name(sovereign->nameVi, sovereign->nameEn);
        }
        const QDate date = m_state.timeline->date();
        for (const RelationEvent &e : data.timeline.history(c.key)) {
            const QString framework = l->name(e.frameworkVi, e.frameworkEn);
            m_history << QVariantMap{{"date", l->formatPartialDate(e.date)},
                                     {"tier", tierKey(e.tier)},
                                     {"tierName", l->tierName(e.tier)},
                                     {"color", style.tierColor(e.tier)},
                                     {"framework", framework},
                                     {"current", current && e.line == current->line && e.key == current->key},
                                     {"future", !e.date.isBaseline() && e.date.start() > date}};
            addSources(e.source, &m_sources);
        }
        const QString owner = data.timeline.tierOwner(c.key);
        for (const Highlight &h : data.relations.highlights) {
            if (h.key != owner)
                continue;
            m_highlights << QVariantMap{{"date", l->formatPartialDate(h.date)},
                                        {"kind", h.kind},
                                        {"kindName", l->string(QStringLiteral("kind_") + h.kind)},
                                        {"text", l->name(h.textVi, h.textEn)}};
            addSources(h.source, &m_sources);
        }
    }
    emit changed();
}

void CountryDetails::showLandmark(int landmark)
{
    const Landmark &l = m_state.data->boundaries.landmarks[landmark];
    const Localization *loc = m_state.localization;
    const QString owner = m_state.interaction->landmarkOwnerName(landmark);
    const Tier tier = m_state.snapshot->tierOf(m_state.data->boundaries.indexOf(l.owner));
    m_key = InteractionState::landmarkKey(landmark);
    m_nameVi = l.nameVi;
    m_nameEn = l.nameEn;
    m_name = loc->name(l.nameVi, l.nameEn);
    m_otherName = loc->isEnglish() ? l.nameVi : l.nameEn;
    m_tier = tierKey(tier);
    m_tierName = loc->string(QStringLiteral("landmarkOf")).arg(owner);
    m_tierColor = m_state.theme->style().tierColor(tier);
    m_note = loc->string(QStringLiteral("landmarkNote")).arg(m_name, owner);
}
