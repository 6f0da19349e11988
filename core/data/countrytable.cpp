#include "countrytable.h"

#include "csvreader.h"

CountryTable CountryTable::load(const QString &path, QStringList *errors)
{
    CountryTable table;
    CsvTable csv = readCsvFile(path);
    const QStringList columns = {"key", "atlas_id", "atlas_name", "name_en", "name_vi", "kind", "sovereign", "source"};
    if (csv.requireColumns(columns)) {
        const int cKey = csv.column("key"), cId = csv.column("atlas_id"), cName = csv.column("atlas_name"),
                  cEn = csv.column("name_en"), cVi = csv.column("name_vi"), cKind = csv.column("kind"),
                  cSov = csv.column("sovereign"), cSource = csv.column("source");
        static const QHash<QString, CountryKind> kinds = {{"un", CountryKind::UnMember},
                                                          {"state", CountryKind::State},
                                                          {"dependency", CountryKind::Dependency},
                                                          {"historical", CountryKind::Historical},
                                                          {"other", CountryKind::Other}};
        for (const CsvRow &row : csv.rows) {
            CountryInfo info;
            info.key = row.fields[cKey];
            info.atlasId = row.fields[cId];
            info.atlasName = row.fields[cName];
            info.nameEn = row.fields[cEn];
            info.nameVi = row.fields[cVi];
            info.sovereign = row.fields[cSov];
            info.source = row.fields[cSource];
            if (info.key.size() != 3 || info.key.toUpper() != info.key) {
                csv.errors << csv.where(row, cKey) + QStringLiteral(": key '%1' is not three capital letters").arg(info.key);
                continue;
            }
            if (!kinds.contains(row.fields[cKind])) {
                csv.errors << csv.where(row, cKind) + QStringLiteral(": unknown kind '%1'").arg(row.fields[cKind]);
                continue;
            }
            info.kind = kinds.value(row.fields[cKind]);
            if (info.nameEn.isEmpty() || info.nameVi.isEmpty()) {
                csv.errors << csv.where(row, info.nameEn.isEmpty() ? cEn : cVi) + QStringLiteral(": missing name for %1").arg(info.key);
                continue;
            }
            if (table.m_byKey.contains(info.key)) {
                csv.errors << csv.where(row, cKey) + QStringLiteral(": duplicate key '%1'").arg(info.key);
                continue;
            }
            const int index = table.m_countries.size();
            if (info.kind == CountryKind::Historical && !(info.atlasId.isEmpty() && info.atlasName.isEmpty())) {
                csv.errors << csv.where(row, cId) + QStringLiteral(": historical state %1 has no boundary feature: atlas_id and atlas_name stay empty").arg(info.key);
                continue;
            }
            table.m_byKey.insert(info.key, index);
            if (!info.atlasId.isEmpty())
                table.m_byId.insert(info.atlasId, index);
            else if (info.kind != CountryKind::Historical)
                table.m_byName.insert(info.atlasName, index);
            table.m_countries << info;
        }
        for (const CsvRow &row : csv.rows) {
            const QString sovereign = row.fields[cSov];
            if (!sovereign.isEmpty() && !table.m_byKey.contains(sovereign))
                csv.errors << csv.where(row, cSov) + QStringLiteral(": unknown sovereign '%1'").arg(sovereign);
        }
    }
    *errors << csv.errors;
    return table;
}

const CountryInfo *CountryTable::byKey(const QString &key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.constEnd() ? nullptr : &m_countries[*it];
}

const CountryInfo *CountryTable::match(const QString &atlasId, const QString &atlasName) const
{
    if (atlasId.isEmpty()) {
        const auto it = m_byName.constFind(atlasName);
        return it == m_byName.constEnd() ? nullptr : &m_countries[*it];
    }
    const QList<int> candidates = m_byId.values(atlasId);
    if (candidates.size() == 1)
        return &m_countries[candidates.first()];
    for (const int i : candidates)
        if (m_countries[i].atlasName == atlasName)
            return &m_countries[i];
    return nullptr;
}
