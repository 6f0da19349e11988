#include "countrydetails.h"

#include "countryframing.h"
#include "localization.h"
#include "datesnapshot.h"
#include "interactionstate.h"
#include "maptheme.h"
#include "textformat.h"
#include "timelinecontroller.h"

#include <QSet>

#include <algorithm>

namespace {

QString eventKindKey(RelationEvent::Kind kind)
{
    switch (kind) {
    case RelationEvent::Kind::Framework: return {};
    case RelationEvent::Kind::Established: return QStringLiteral("event_established");
    case RelationEvent::Kind::Confirmed: return QStringLiteral("event_confirmed");
    case RelationEvent::Kind::Broken: return QStringLiteral("event_broken");
    case RelationEvent::Kind::Restored: return QStringLiteral("event_restored");
    case RelationEvent::Kind::Succession: return QStringLiteral("event_succession");
    }
    return {};
}

} // namespace

// Each source once, as a reader sees it (textformat::source).
void CountryDetails::addSources(const QString &field)
{
    for (const QString &text : textformat::sources(m_state.data->sources, field, m_state.localization->language()))
        if (!m_sources.contains(text))
            m_sources << text;
}

void CountryDetails::showRelations(const QString &key, const QDate &date, const RelationEvent *current)
{
    const DataSet &data = *m_state.data;
    const Localization *l = m_state.localization;
    const RelationEvent *since = data.timeline.relationsSince(key, date);
    if (!since)
        return;
    const bool confirmed = since->kind == RelationEvent::Kind::Confirmed; // the establishment date is not known
    m_relationsSince = l->string(QLatin1String(confirmed ? "relationsBy" : "relationsSince")).arg(l->formatPartialDate(since->date));
    // A tier that began with the relations themselves: the relations line says when, once.
    if (!confirmed && current && current->kind != RelationEvent::Kind::Framework && current->date == since->date)
        m_since.clear();
    // Each predecessor once, with the date its own relation began (Germany: the GDR's and the FRG's).
    const QVector<RelationEvent> &history = data.timeline.history(key);
    QStringList predecessors;
    QSet<QString> listed;
    for (const RelationEvent &e : history) {
        if (e.kind != RelationEvent::Kind::Succession || e.date.start() > date || listed.contains(e.predecessor))
            continue;
        listed.insert(e.predecessor);
        const CountryInfo *p = data.table.byKey(e.predecessor);
        const auto from = std::find_if(history.begin(), history.end(), [&e](const RelationEvent &h) {
            return h.key == e.predecessor && h.kind == RelationEvent::Kind::Established;
        });
        QString text = p ? l->name(p->nameVi, p->nameEn) : e.predecessor;
        if (from != history.end())
            text += QStringLiteral(" (%1)").arg(l->formatPartialDate(from->date));
        predecessors << text;
    }
    if (!predecessors.isEmpty())
        m_lineage = l->string(QStringLiteral("inheritedFrom")).arg(predecessors.join(QStringLiteral(", ")));
    if (since->heldBy == QLatin1String("DRV") || since->heldBy == QLatin1String("PRG"))
        m_heldBy = l->string(QStringLiteral("heldBy_") + since->heldBy);
}

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
    for (QString *s : {&m_key, &m_name, &m_otherName, &m_nameVi, &m_nameEn, &m_tier, &m_tierName, &m_since, &m_framework, &m_sovereignName,
                       &m_note, &m_relationsSince, &m_lineage, &m_heldBy})
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
        const bool state = c.kind != CountryKind::Other; // Antarctica, the Siachen Glacier: no tier
        m_tier = state ? tierKey(tier) : QString();
        m_tierName = state ? l->tierName(tier) : l->string(QStringLiteral("notState"));
        m_tierColor = state ? style.tierColor(tier) : style.nonState;
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
        showRelations(c.key, date, current);
        const QString owner = data.timeline.tierOwner(c.key);
        for (const RelationEvent &e : data.timeline.history(c.key)) {
            const QString framework = l->name(e.frameworkVi, e.frameworkEn);
            const CountryInfo *state = data.table.byKey(e.key == owner ? e.predecessor : e.key);
            const QString stateName = state ? l->name(state->nameVi, state->nameEn) : QString();
            // What happened: the tier for a framework, the event (with the predecessor's name) otherwise.
            QString what = e.kind == RelationEvent::Kind::Framework ? l->tierName(e.tier) : l->string(eventKindKey(e.kind));
            if (e.kind == RelationEvent::Kind::Succession)
                what = what.arg(stateName);
            m_history << QVariantMap{{"date", l->formatPartialDate(e.date)},
                                     {"tier", tierKey(e.tier)},
                                     {"tierName", what},
                                     {"color", style.tierColor(e.tier)},
                                     {"framework", framework},
                                     {"state", e.key == owner ? QString() : stateName}, // a predecessor's event
                                     {"note", l->name(e.noteVi, e.noteEn)},
                                     {"current", &e == current},
                                     {"future", e.date.start() > date}};
            addSources(e.source);
        }
        for (const Highlight &h : data.relations.highlights) {
            if (h.key != owner)
                continue;
            m_highlights << QVariantMap{{"date", l->formatPartialDate(h.date)},
                                        {"kind", h.kind},
                                        {"kindName", l->string(QStringLiteral("kind_") + h.kind)},
                                        {"text", l->name(h.textVi, h.textEn)}};
            addSources(h.source);
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
    m_key = framing::landmarkKey(landmark);
    m_nameVi = l.nameVi;
    m_nameEn = l.nameEn;
    m_name = loc->name(l.nameVi, l.nameEn);
    m_otherName = loc->isEnglish() ? l.nameVi : l.nameEn;
    m_tier = tierKey(tier);
    m_tierName = loc->string(QStringLiteral("landmarkOf")).arg(owner);
    m_tierColor = m_state.theme->style().tierColor(tier);
    m_note = loc->string(QStringLiteral("landmarkNote")).arg(m_name, owner);
}
