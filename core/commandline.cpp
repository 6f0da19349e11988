#include "commandline.h"

#include "dataset.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QStringList kCommands = {"countries", "locate", "validate", "tiers", "changes", "summary", "derive-completion"};

struct Options {
    QHash<QString, QString> values;
    QStringList positional;
    QString error;

    QString value(const QString &name, const QString &fallback = {}) const { return values.value(name, fallback); }
};

Options parseOptions(const QStringList &args, const QStringList &known)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            o.positional << a;
            continue;
        }
        const QString name = a.mid(2);
        if (!known.contains(name)) {
            o.error = QStringLiteral("unknown option '%1'").arg(a);
            return o;
        }
        if (i + 1 >= args.size()) {
            o.error = QStringLiteral("option '%1' needs a value").arg(a);
            return o;
        }
        o.values.insert(name, args[++i]);
    }
    return o;
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

// Prints rows as CSV (with a header) or as a JSON array of objects.
void printTable(QTextStream &out, const QString &format, const QStringList &header, const QVector<QStringList> &rows)
{
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const QStringList &row : rows) {
            QJsonObject object;
            for (int i = 0; i < header.size(); ++i)
                object.insert(header[i], row[i]);
            array.append(object);
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    out << header.join(QLatin1Char(',')) << '\n';
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &f : row)
            fields << csvField(f);
        out << fields.join(QLatin1Char(',')) << '\n';
    }
}

DataPaths pathsFrom(const Options &o)
{
    DataPaths paths = DataPaths::defaults();
    paths.boundaries = o.value("boundaries", paths.boundaries);
    paths.relations = o.value("relations", paths.relations);
    return paths;
}

bool loadData(const Options &o, int parts, DataSet *data, QTextStream &err)
{
    *data = DataSet::load(pathsFrom(o), parts);
    for (const QString &e : data->errors + data->warnings)
        err << e << '\n';
    return data->errors.isEmpty();
}

bool formatOk(const Options &o, QTextStream &err)
{
    const QString f = o.value("format", "csv");
    if (f == QLatin1String("csv") || f == QLatin1String("json"))
        return true;
    err << QStringLiteral("unknown format '%1' (expected csv or json)\n").arg(f);
    return false;
}

QString number(double v, int decimals) { return QString::number(v, 'f', decimals); }

int countries(const Options &o, QTextStream &out, QTextStream &err)
{
    DataSet data;
    if (!formatOk(o, err) || !loadData(o, DataSet::Boundaries, &data, err))
        return formatOk(o, err) ? 1 : 2;
    QVector<QStringList> rows;
    for (const Country &c : data.boundaries.countries) {
        const QPointF label = c.labelLonLat();
        rows << QStringList{c.key, c.nameEn, c.nameVi, QString::number(c.polygons.size()), QString::number(c.vertexCount()),
                            QString::number(c.mesh.indices.size() / 3), number(label.x(), 4), number(label.y(), 4)};
    }
    printTable(out, o.value("format", "csv"), {"key", "name_en", "name_vi", "parts", "vertices", "triangles", "label_lon", "label_lat"}, rows);
    return 0;
}

int locate(const Options &o, QTextStream &out, QTextStream &err)
{
    bool okLon = false, okLat = false;
    const double lon = o.positional.value(0).toDouble(&okLon);
    const double lat = o.positional.value(1).toDouble(&okLat);
    if (o.positional.size() != 2 || !okLon || !okLat || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
        err << "usage: diplomap locate LON LAT (degrees, longitude first)\n";
        return 2;
    }
    DataSet data;
    if (!loadData(o, DataSet::Boundaries, &data, err))
        return 1;
    const QString key = data.boundaries.locate(lon, lat);
    if (key.isEmpty())
        return 1;
    out << key << '\n';
    return 0;
}

int validate(const Options &o, QTextStream &out, QTextStream &err)
{
    DataSet data;
    bool ok = loadData(o, DataSet::All, &data, err);
    if (ok) {
        for (const QString &key : data.keysMissingFromBoundaries()) {
            err << QStringLiteral("%1: key '%2' has events but no shape in %3\n").arg(pathsFrom(o).relations, key, pathsFrom(o).boundaries);
            ok = false;
        }
        for (const CountryInfo &c : data.table.all()) {
            if (c.kind == CountryKind::UnMember && !data.boundaries.country(c.key)) {
                err << QStringLiteral("%1: UN member %2 (%3) is missing\n").arg(pathsFrom(o).boundaries, c.key, c.nameEn);
                ok = false;
            }
        }
    }
    if (!ok)
        return 1;
    out << QStringLiteral("ok: %1 countries, %2 landmarks, %3 events, %4 highlights\n")
               .arg(data.boundaries.countries.size()).arg(data.boundaries.landmarks.size())
               .arg(data.relations.events.size()).arg(data.relations.highlights.size());
    return 0;
}

bool dateOption(const Options &o, const QString &name, QDate *date, QTextStream &err)
{
    QString error;
    if (!o.values.contains(name)) {
        err << QStringLiteral("missing --%1 YYYY-MM-DD\n").arg(name);
        return false;
    }
    if (!CommandLine::parseDate(o.value(name), date, &error)) {
        err << error << '\n';
        return false;
    }
    return true;
}

int tiers(const Options &o, QTextStream &out, QTextStream &err)
{
    QDate date;
    if (!formatOk(o, err) || !dateOption(o, "date", &date, err))
        return 2;
    DataSet data;
    if (!loadData(o, DataSet::All, &data, err))
        return 1;
    QVector<QStringList> rows;
    for (const Country &c : data.boundaries.countries) {
        const RelationEvent *e = data.timeline.eventAt(c.key, date);
        rows << QStringList{c.key, c.nameEn, c.nameVi, tierKey(data.timeline.tierAt(c.key, date)),
                            e ? e->date.toString() : QString(), c.sovereign};
    }
    printTable(out, o.value("format", "csv"), {"key", "name_en", "name_vi", "tier", "since", "sovereign"}, rows);
    return 0;
}

QString kindKey(TierChange::Kind kind)
{
    switch (kind) {
    case TierChange::Kind::New: return QStringLiteral("new");
    case TierChange::Kind::Upgrade: return QStringLiteral("upgrade");
    case TierChange::Kind::Downgrade: return QStringLiteral("downgrade");
    }
    return {};
}

int changes(const Options &o, QTextStream &out, QTextStream &err)
{
    QDate from, to;
    if (!formatOk(o, err) || !dateOption(o, "from", &from, err) || !dateOption(o, "to", &to, err))
        return 2;
    DataSet data;
    if (!loadData(o, DataSet::Relations, &data, err))
        return 1;
    QVector<QStringList> rows;
    for (const TierChange &c : data.timeline.changes(from, to)) {
        const CountryInfo *info = data.table.byKey(c.key);
        rows << QStringList{c.key, info->nameEn, info->nameVi, tierKey(c.from), tierKey(c.to), c.date.toString(), kindKey(c.kind)};
    }
    printTable(out, o.value("format", "csv"), {"key", "name_en", "name_vi", "from", "to", "date", "kind"}, rows);
    return 0;
}

int summary(const Options &o, QTextStream &out, QTextStream &err)
{
    QDate date;
    if (!formatOk(o, err) || !dateOption(o, "date", &date, err))
        return 2;
    DataSet data;
    if (!loadData(o, DataSet::Relations, &data, err))
        return 1;
    const TierCounts counts = data.timeline.countsAt(date);
    QVector<QStringList> rows;
    for (const Tier t : {Tier::Special, Tier::CSP, Tier::SP, Tier::CP, Tier::Relations, Tier::None})
        rows << QStringList{tierKey(t), QString::number(counts.perTier.value(t))};
    rows << QStringList{"partners", QString::number(counts.partners)};
    rows << QStringList{"with_relations", QString::number(counts.withRelations)};
    printTable(out, o.value("format", "csv"), {"tier", "count"}, rows);
    return 0;
}

int deriveCompletion(const Options &o, QTextStream &out, QTextStream &err)
{
    if (!o.values.contains("detail") || !o.values.contains("out")) {
        err << "usage: diplomap derive-completion --detail FILE --out FILE [--boundaries BASE]\n";
        return 2;
    }
    // Both files are loaded with the worldview's transfers but without any completion.
    const DataPaths paths = pathsFrom(o);
    QStringList errors;
    const CountryTable table = CountryTable::load(paths.countries, &errors);
    Worldview rules = Worldview::load(paths.worldview, &errors);
    rules.rules.erase(std::remove_if(rules.rules.begin(), rules.rules.end(),
                                     [](const WorldviewRule &r) { return r.action == WorldviewRule::Action::Complete; }),
                      rules.rules.end());
    BoundaryResult detail, bare;
    if (errors.isEmpty()) {
        detail = BoundaryLoader::load(o.value("detail"), table, rules);
        bare = BoundaryLoader::load(paths.boundaries, table, rules);
        errors << detail.errors << bare.errors;
        for (const QString &w : detail.warnings + bare.warnings)
            err << w << '\n';
    }
    for (const QString &e : errors)
        err << e << '\n';
    if (!errors.isEmpty())
        return 1;
    QString error;
    if (!BoundaryLoader::writeCompletion(bare.set, detail.set, table, o.value("out"), &error)) {
        err << error << '\n';
        return 1;
    }
    out << "wrote " << o.value("out") << '\n';
    return 0;
}

} // namespace

bool CommandLine::parseDate(const QString &text, QDate *date, QString *error)
{
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid() || text.size() != 10) {
        *error = QStringLiteral("invalid date '%1' (expected YYYY-MM-DD)").arg(text);
        return false;
    }
    return true;
}

bool CommandLine::isCommand(const QString &word)
{
    return kCommands.contains(word);
}

int CommandLine::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString command = args.value(0);
    const Options o = parseOptions(args.mid(1), {"boundaries", "relations", "format", "date", "from", "to", "detail", "out"});
    if (!o.error.isEmpty()) {
        err << "diplomap " << command << ": " << o.error << '\n';
        return 2;
    }
    if (command == QLatin1String("countries")) return countries(o, out, err);
    if (command == QLatin1String("locate")) return locate(o, out, err);
    if (command == QLatin1String("validate")) return validate(o, out, err);
    if (command == QLatin1String("tiers")) return tiers(o, out, err);
    if (command == QLatin1String("changes")) return changes(o, out, err);
    if (command == QLatin1String("summary")) return summary(o, out, err);
    if (command == QLatin1String("derive-completion")) return deriveCompletion(o, out, err);
    err << "unknown command '" << command << "'\n";
    return 2;
}
