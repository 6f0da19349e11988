#include "countrysearchmodel.h"

#include "countrycolors.h"
#include "countryframing.h"
#include "datesnapshot.h"
#include "interactionstate.h"
#include "localization.h"
#include "maptheme.h"
#include "modelrow.h"

#include <algorithm>

namespace {
// Short forms a presenter types that are neither a name nor the alpha-3 code.
struct ShortForms {
    const char *key;
    const char *forms; // ';'-separated
};
const ShortForms kShortForms[] = {
    {"GBR", "UK;GB;Britain;Great Britain;England;Anh;Nước Anh"},
    {"USA", "US;America;Mỹ;Hoa Kỳ"},
    {"KOR", "Korea;Nam Hàn;Hàn"},
    {"PRK", "DPRK;Bắc Hàn;Bắc Triều Tiên"},
    {"RUS", "Nga;Russian Federation"},
    {"CHN", "Trung Hoa;PRC"},
    {"ARE", "UAE;Emirates"},
    {"NLD", "Holland;Hà Lan"},
    {"CZE", "Czech Republic;Czechia;Cộng hòa Séc"},
    {"LAO", "Lào"},
    {"DEU", "Đức"},
    {"FRA", "Pháp"},
    {"JPN", "Nhật"},
    {"AUS", "Úc"},
    {"NZL", "NZ"},
};
} // namespace

CountrySearchModel::CountrySearchModel(const MapState &state, QObject *parent)
    : QAbstractListModel(parent)
    , m_state(state)
{
    // Names and tiers change with the language and the date, not which rows match.
    connect(state.localization, &Localization::languageChanged, this, [this] {
        if (!m_keys.isEmpty())
            emit dataChanged(index(0), index(m_keys.size() - 1));
    });
    connect(state.snapshot, &DateSnapshot::changed, this, [this] {
        if (!m_keys.isEmpty())
            emit dataChanged(index(0), index(m_keys.size() - 1), {TierNameRole, ColorRole});
    });
    connect(state.data.source(), &DataSource::replaced, this, &CountrySearchModel::rebuild);
    connect(state.theme, &MapTheme::changed, this, [this] {
        if (!m_keys.isEmpty())
            emit dataChanged(index(0), index(m_keys.size() - 1), {ColorRole});
    });
}

QString CountrySearchModel::fold(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    out.reserve(decomposed.size());
    bool space = true; // no leading space
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) { // đ, Đ
            out += QLatin1Char('d');
            space = false;
        } else if (c.isLetterOrNumber()) {
            out += c.toLower();
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QVector<CountrySearchModel::Entry> CountrySearchModel::entries() const
{
    const DataSet &data = *m_state.data;
    QVector<Entry> list;
    for (int i = 0; i < data.boundaries.countries.size(); ++i) {
        const Country &c = data.boundaries.countries[i];
        Entry e{c.key, {fold(c.key), fold(c.nameVi), fold(c.nameEn)}, tiers::isPartner(m_state.snapshot->tierOf(i)), false};
        if (const CountryInfo *info = data.table.byKey(c.key))
            e.names << fold(info->atlasName);
        for (const ShortForms &s : kShortForms)
            if (c.key == QLatin1String(s.key))
                for (const QString &form : QString::fromUtf8(s.forms).split(QLatin1Char(';')))
                    e.names << fold(form);
        list << e;
    }
    for (int i = 0; i < data.boundaries.landmarks.size(); ++i) {
        const Landmark &l = data.boundaries.landmarks[i];
        list << Entry{framing::landmarkKey(i), {fold(l.nameVi), fold(l.nameEn)}, true, true};
    }
    return list;
}

int CountrySearchModel::rankOf(const Entry &e, const QString &query)
{
    int best = -1;
    for (int n = 0; n < e.names.size(); ++n) {
        const QString &name = e.names[n];
        int rank = -1;
        if (name == query)
            rank = n == 0 && !e.landmark ? 1 : 0; // a name as typed before a code ("Nga": Russia, not NGA)
        else if (name.startsWith(query))
            rank = 2;
        else if (name.contains(QLatin1Char(' ') + query))
            rank = 3; // a word starts with it
        else if (query.size() >= 3 && name.contains(query))
            rank = 4;
        if (rank >= 0 && (best < 0 || rank < best))
            best = rank;
    }
    return best;
}

void CountrySearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    rebuild();
}

void CountrySearchModel::rebuild()
{
    const QString q = fold(m_query);
    struct Hit {
        int rank;
        bool partner;
        QString sortName;
        QString key;
    };
    QVector<Hit> hits;
    if (!q.isEmpty()) {
        for (const Entry &e : entries()) {
            const int rank = rankOf(e, q);
            if (rank >= 0)
                hits << Hit{rank, e.partner, e.names.value(e.landmark ? 0 : 1), e.key};
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.partner != b.partner)
            return a.partner;
        return a.sortName < b.sortName;
    });
    QStringList keys;
    for (int i = 0; i < hits.size() && i < kMaxResults; ++i)
        keys << hits[i].key;
    if (keys == m_keys)
        return;
    const int before = m_keys.size();
    beginResetModel();
    m_keys = keys;
    endResetModel();
    if (before != m_keys.size())
        emit countChanged();
}

int CountrySearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_keys.size();
}

QVariant CountrySearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DataSet &data = *m_state.data;
    const Localization *l = m_state.localization;
    const QString &key = m_keys[index.row()];
    const int landmark = m_state.interaction->landmarkIndex(key);
    const int country = data.boundaries.indexOf(key);
    QString vi, en;
    Tier tier = Tier::None;
    if (landmark >= 0) {
        vi = data.boundaries.landmarks[landmark].nameVi;
        en = data.boundaries.landmarks[landmark].nameEn;
        tier = m_state.snapshot->tierOf(data.boundaries.indexOf(data.boundaries.landmarks[landmark].owner));
    } else if (country >= 0) {
        vi = data.boundaries.countries[country].nameVi;
        en = data.boundaries.countries[country].nameEn;
        tier = m_state.snapshot->tierOf(country);
    }
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return l->name(vi, en);
    case OtherNameRole: return l->isEnglish() ? vi : en;
    case KeyRole: return key;
    case TierNameRole:
        return landmark >= 0 ? l->string(QStringLiteral("landmarkOf")).arg(m_state.interaction->landmarkOwnerName(landmark))
                             : l->tierName(tier);
    case ColorRole:
        return country < 0 ? m_state.theme->style().tierColor(tier)
                           : QColor::fromRgba(countrycolors::fill(data.boundaries.countries[country], tier, m_state.theme->style()));
    }
    return {};
}

QHash<int, QByteArray> CountrySearchModel::roleNames() const
{
    return {{KeyRole, "key"}, {NameRole, "name"}, {OtherNameRole, "otherName"}, {TierNameRole, "tierName"}, {ColorRole, "color"}};
}

QVariantMap CountrySearchModel::get(int row) const
{
    return modelRow(this, row);
}
