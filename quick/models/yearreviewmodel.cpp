#include "yearreviewmodel.h"

#include "datesnapshot.h"
#include "localization.h"
#include "maptheme.h"
#include "modelrow.h"
#include "textformat.h"
#include "timelinecontroller.h"

#include <algorithm>

YearReviewModel::YearReviewModel(const MapState &state, QObject *parent)
    : QAbstractListModel(parent)
    , m_state(state)
{
    dateChanged();
    connect(state.timeline, &TimelineController::dateChanged, this, &YearReviewModel::dateChanged);
    connect(state.snapshot, &DateSnapshot::countsChanged, this, &YearReviewModel::totalsChanged);
    connect(state.localization, &Localization::languageChanged, this, &YearReviewModel::reset);
    connect(state.theme, &MapTheme::changed, this, &YearReviewModel::totalsChanged);
}

int YearReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant YearReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Highlight &h = *m_rows[index.row()];
    const Localization *l = m_state.localization;
    switch (role) {
    case KindRole: return h.kind;
    case KindNameRole: return l->string(QStringLiteral("kind_") + h.kind);
    case DateRole: return h.date.precision == PartialDate::Precision::Year ? QString() : l->formatShortDate(h.date);
    case Qt::DisplayRole:
    case TextRole: return l->name(h.textVi, h.textEn);
    case CountryRole: {
        const CountryInfo *info = h.key.isEmpty() ? nullptr : m_state.data->table.byKey(h.key);
        return info ? l->name(info->nameVi, info->nameEn) : QString();
    }
    case KeyRole: return h.key;
    case SourcesRole: {
        return textformat::sources(m_state.data->sources, h.source, l->language());
    }
    }
    return {};
}

QHash<int, QByteArray> YearReviewModel::roleNames() const
{
    return {{KindRole, "kind"}, {KindNameRole, "kindName"}, {DateRole, "date"},
            {TextRole, "text"}, {CountryRole, "country"},   {KeyRole, "key"},
            {SourcesRole, "sources"}};
}

QVariantMap YearReviewModel::get(int row) const
{
    return modelRow(this, row);
}

QString YearReviewModel::title() const
{
    return m_state.localization->string(QStringLiteral("yearReview")).arg(m_year);
}

QString YearReviewModel::empty() const
{
    return m_state.localization->string(QStringLiteral("yearReviewNone")).arg(m_year);
}

QString YearReviewModel::totalsHeading() const
{
    return m_state.localization->string(QStringLiteral("hubTotalsOn")).arg(m_state.localization->formatDate(m_state.timeline->date()));
}

int YearReviewModel::partners() const
{
    return m_state.snapshot->counts().partners;
}

int YearReviewModel::withRelations() const
{
    return m_state.snapshot->counts().withRelations;
}

QVariantList YearReviewModel::tiers() const
{
    QVariantList list;
    for (const Tier t : tiers::dataTiers()) {
        if (t == Tier::None)
            continue;
        list << QVariantMap{{"tier", tierKey(t)},
                            {"name", m_state.localization->tierName(t)},
                            {"color", m_state.theme->style().tierColor(t)},
                            {"count", m_state.snapshot->counts().perTier.value(t)}};
    }
    return list;
}

void YearReviewModel::dateChanged()
{
    if (m_state.timeline->date().year() != m_year)
        reset();
    else
        emit totalsChanged(); // the heading's date
}

void YearReviewModel::reset()
{
    beginResetModel();
    m_year = m_state.timeline->date().year();
    m_rows.clear();
    for (const Highlight &h : m_state.data->relations.highlights)
        if (!h.date.isBaseline() && h.date.year == m_year)
            m_rows << &h;
    // Summary lines first (in file order), then the rest by date.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Highlight *a, const Highlight *b) {
        const bool sa = a->kind == QLatin1String("summary"), sb = b->kind == QLatin1String("summary");
        if (sa != sb)
            return sa;
        return !sa && a->date < b->date;
    });
    endResetModel();
    emit yearChanged();
    emit totalsChanged();
}
