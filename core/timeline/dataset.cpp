#include "dataset.h"

DataPaths DataPaths::defaults()
{
    return {geodataPath(QStringLiteral("hub.json")), geodataPath(QStringLiteral("countries.csv")), geodataPath(QStringLiteral("worldview.csv")),
            geodataPath(QStringLiteral("countries-50m.json")), geodataPath(QStringLiteral("relations.csv")),
            geodataPath(QStringLiteral("highlights.csv"))};
}

QString DataPaths::detailedBoundaries()
{
    return geodataPath(QStringLiteral("countries-10m.fgb"));
}

DataSet DataSet::load(const DataPaths &paths, int parts)
{
    DataSet data;
    data.hub = HubProfile::load(paths.hub, &data.errors);
    data.table = CountryTable::load(paths.countries, &data.errors);
    if (!data.hub.key.isEmpty() && !data.table.byKey(data.hub.key))
        data.errors << QStringLiteral("%1: key: '%2' is not in %3").arg(paths.hub, data.hub.key, paths.countries);
    if (parts & Boundaries) {
        data.worldview = Worldview::load(paths.worldview, &data.errors);
        if (data.errors.isEmpty()) {
            BoundaryResult result = BoundaryLoader::load(paths.boundaries, data.table, data.worldview);
            data.boundaries = std::move(result.set);
            data.errors << result.errors;
            data.warnings << result.warnings;
        }
    }
    if (parts & Relations) {
        QSet<QString> keys;
        for (const CountryInfo &c : data.table.all())
            keys.insert(c.key);
        data.relations = RelationData::load(paths.relations, paths.highlights, keys);
        data.errors << data.relations.errors;
        for (const RelationEvent &e : qAsConst(data.relations.events))
            if (!data.hub.key.isEmpty() && e.key == data.hub.key)
                data.errors << QStringLiteral("%1:%2: '%3' is the hub (%4): it has no relation with itself")
                                   .arg(paths.relations).arg(e.line).arg(e.key, paths.hub);
        data.timeline = RelationTimeline(data.relations.events, data.table, data.hub.key);
    }
    return data;
}

QStringList DataSet::keysMissingFromBoundaries() const
{
    QSet<QString> shown;
    for (const Country &c : boundaries.countries)
        shown.insert(c.key);
    for (const WorldviewRule &rule : worldview.rules)
        if (rule.action == WorldviewRule::Action::Transfer && shown.contains(rule.to))
            shown.insert(rule.from);
    QStringList missing;
    for (const RelationEvent &e : relations.events)
        if (!shown.contains(e.key) && !missing.contains(e.key))
            missing << e.key;
    return missing;
}
