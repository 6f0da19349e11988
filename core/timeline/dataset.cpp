#include "dataset.h"

#include <algorithm>

DataPaths DataPaths::defaults()
{
    return {geodataPath(QStringLiteral("hub.json")), geodataPath(QStringLiteral("countries.csv")), geodataPath(QStringLiteral("worldview.csv")),
            geodataPath(QStringLiteral("countries-50m.json")), geodataPath(QStringLiteral("relations.csv")),
            geodataPath(QStringLiteral("highlights.csv")), geodataPath(QStringLiteral("establishment.csv")),
            geodataPath(QStringLiteral("sources.csv"))};
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
            BoundaryResult result = BoundaryLoader::load(paths.boundaries, data.table, data.worldview,
                                                          parts & Meshes ? BoundaryLoader::Meshes::Build : BoundaryLoader::Meshes::Skip);
            data.boundaries = std::move(result.set);
            data.errors << result.errors;
            data.warnings << result.warnings;
        }
    }
    if (parts & Relations) {
        QSet<QString> keys;
        for (const CountryInfo &c : data.table.all())
            keys.insert(c.key);
        data.sources = SourceTable::load(paths.sources, &data.errors);
        const SourceTable *sources = data.sources.size() > 0 ? &data.sources : nullptr; // else one error, not one per citation
        data.relations = RelationData::load(paths.relations, paths.highlights, keys, sources);
        data.errors << data.relations.errors;
        data.establishment = EstablishmentData::load(paths.establishment, keys, sources);
        data.errors << data.establishment.errors;
        const RelationHistory history = RelationHistory::build(data.relations.events, paths.relations, data.establishment.events,
                                                               paths.establishment, data.establishment.keys, data.table, data.hub.key);
        // A file that could not be read at all already has its error: no second one per state.
        auto unread = [](const QStringList &errors, bool empty) { return empty && !errors.isEmpty(); };
        if (!unread(data.relations.errors, data.relations.events.isEmpty()) && !unread(data.establishment.errors, data.establishment.events.isEmpty()))
            data.errors << history.errors;
        data.timeline = RelationTimeline(history.byKey, data.table, data.hub.key);
        data.coverage = history.coverage;
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
    for (const QString &key : timeline.states())
        if (!shown.contains(key))
            missing << key;
    std::sort(missing.begin(), missing.end());
    return missing;
}
