#pragma once
// The country key table (geodata/countries.csv): every boundary feature's stable key
// (ISO 3166-1 alpha-3, or an X-prefixed key of ours), names, and whether it is a UN
// member, another state, a dependency of a sovereign, a state of the past (historical: never
// drawn, never counted, only a predecessor in establishment.csv), or neither (other: a place
// that is not a state, such as Antarctica: no tier, drawn neutral, never counted).
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

enum class CountryKind { UnMember, State, Dependency, Historical, Other };

struct CountryInfo {
    QString key;
    QString atlasId;   // ISO numeric id as written in world-atlas, empty when the feature has none
    QString atlasName; // the feature's name in world-atlas
    QString nameEn;
    QString nameVi;
    CountryKind kind = CountryKind::Other;
    QString sovereign; // the sovereign's key for a dependency, the key itself for a state
    QString source;

    bool isState() const { return kind == CountryKind::UnMember || kind == CountryKind::State; }
};

class CountryTable
{
public:
    // Loads and checks the table; problems are appended to errors as "file:line:column: message".
    static CountryTable load(const QString &path, QStringList *errors);

    const QVector<CountryInfo> &all() const { return m_countries; }
    const CountryInfo *byKey(const QString &key) const;
    // Matches a boundary feature: by id when it has one (and by name too where world-atlas
    // gives one id to two features, as 036 for Australia and Ashmore and Cartier), else by name.
    const CountryInfo *match(const QString &atlasId, const QString &atlasName) const;

private:
    QVector<CountryInfo> m_countries;
    QHash<QString, int> m_byKey;
    QMultiHash<QString, int> m_byId;
    QHash<QString, int> m_byName;
};
