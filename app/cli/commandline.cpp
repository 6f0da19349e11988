#include "commandline.h"

#include "commandhelp.h"
#include "dataset.h"
#include "regions.h"
#include "snapshotexporter.h"
#include "videocommand.h"

#include <QDate>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Options {
    QHash<QString, QString> values;
    QStringList positional;
    QString error;

    QString value(const QString &name, const QString &fallback = {}) const { return values.value(name, fallback); }
};

// `flags` take no value: they are stored as "1".
Options parseOptions(const QStringList &args, const QStringList &known, const QStringList &flags = {})
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            o.positional << a;
            continue;
        }
        const QString name = a.mid(2);
        if (flags.contains(name)) {
            o.values.insert(name, QStringLiteral("1"));
            continue;
        }
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

DataPaths pathsFrom(const Options &o, bool detailed = false)
{
    return CommandLine::dataPaths(o.values, detailed);
}

bool loadData(const Options &o, int parts, DataSet *data, QTextStream &err, bool detailed = false)
{
    *data = DataSet::load(pathsFrom(o, detailed), parts);
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
    if (!formatOk(o, err))
        return 2;
    DataSet data;
    if (!loadData(o, DataSet::Boundaries | DataSet::Meshes, &data, err))
        return 1;
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
    // Written so that NaN fails: it compares false with everything.
    if (o.positional.size() != 2 || !okLon || !okLat || !(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
        err << CommandHelp::usageLine(QStringLiteral("locate"));
        return 2;
    }
    DataSet data;
    if (!loadData(o, DataSet::Boundaries, &data, err, true)) // the coastline as precisely as the data has it
        return 1;
    const QString key = data.boundaries.locate(lon, lat);
    if (key.isEmpty())
        return 1;
    out << key << '\n';
    return 0;
}

// How precisely the states' relations are dated (docs/DATA.md), printed by `validate` even when
// the data has errors.
void printCoverage(const EstablishmentCoverage &n, QTextStream &out)
{
    out << QStringLiteral("establishment dates of %1 states: %2 to the day, %3 to the month, %4 to the year, "
                          "%5 only confirmed by a date, %6 without relations, %7 missing\n")
               .arg(n.day + n.month + n.year + n.confirmed + n.none + n.missing)
               .arg(n.day).arg(n.month).arg(n.year).arg(n.confirmed).arg(n.none).arg(n.missing);
}

int validate(const Options &o, QTextStream &out, QTextStream &err)
{
    DataSet data;
    bool ok = loadData(o, DataSet::All, &data, err);
    printCoverage(data.coverage, out);
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
    out << QStringLiteral("ok: %1 countries, %2 landmarks, %3 establishment events, %4 framework events, %5 highlights, %6 sources\n")
               .arg(data.boundaries.countries.size()).arg(data.boundaries.landmarks.size())
               .arg(data.establishment.events.size()).arg(data.relations.events.size())
               .arg(data.relations.highlights.size()).arg(data.sources.size());
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

int tiersAt(const Options &o, QTextStream &out, QTextStream &err)
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

int changes(const Options &o, QTextStream &out, QTextStream &err)
{
    QDate from, to;
    if (!formatOk(o, err) || !dateOption(o, "from", &from, err) || !dateOption(o, "to", &to, err))
        return 2;
    if (from > to) {
        err << "diplomap changes: --from " << from.toString(Qt::ISODate) << " is after --to " << to.toString(Qt::ISODate) << '\n';
        return 2;
    }
    DataSet data;
    if (!loadData(o, DataSet::Relations, &data, err))
        return 1;
    QVector<QStringList> rows;
    for (const TierChange &c : data.timeline.changes(from, to)) {
        const CountryInfo *info = data.table.byKey(c.key);
        rows << QStringList{c.key, info->nameEn, info->nameVi, tierKey(c.from), tierKey(c.to), c.date.toString(), changeKindKey(c.kind)};
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
    for (const Tier t : tiers::stateTiers())
        rows << QStringList{tierKey(t), QString::number(counts.perTier.value(t))};
    rows << QStringList{"partners", QString::number(counts.partners)};
    rows << QStringList{"with_relations", QString::number(counts.withRelations)};
    printTable(out, o.value("format", "csv"), {"tier", "count"}, rows);
    return 0;
}

// The tier table itself, for the palette check and for people.
int tierTable(const Options &o, QTextStream &out, QTextStream &err)
{
    if (!formatOk(o, err))
        return 2;
    QVector<QStringList> rows;
    for (const Tier t : tiers::stateTiers()) {
        const TierTraits &tr = tiers::traits(t);
        rows << QStringList{tierKey(t), tr.partner ? "yes" : "no", tr.labelled ? "yes" : "no", QString::number(tr.labelRank),
                            tiers::color(t, false).name(), tiers::color(t, true).name(), tiers::shortName(t, "vi"),
                            tiers::shortName(t, "en"), tiers::name(t, "vi"), tiers::name(t, "en")};
    }
    printTable(out, o.value("format", "csv"),
               {"key", "partner", "labelled", "label_rank", "light", "dark", "short_vi", "short_en", "name_vi", "name_en"}, rows);
    return 0;
}

int deriveCompletion(const Options &o, QTextStream &out, QTextStream &err)
{
    if (!o.values.contains("detail") || !o.values.contains("out")) {
        err << CommandHelp::usageLine(QStringLiteral("derive-completion"));
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

// Sizes: WxH in pixels, or a preset.
bool parseSize(const QString &text, SnapshotOptions *s, QString *error)
{
    static const QHash<QString, QSize> pixels = {
        {"1080p", {1920, 1080}}, {"4k", {3840, 2160}}, {"8k", {7680, 4320}}};
    static const QHash<QString, QSizeF> pagesMm = {{"a4", {297, 210}}, {"a3", {420, 297}}}; // landscape
    const QString name = text.toLower();
    if (pixels.contains(name)) {
        s->size = pixels.value(name);
        return true;
    }
    if (pagesMm.contains(name)) {
        const QSizeF mm = pagesMm.value(name);
        s->pageSizeMm = mm;
        s->size = QSize(qRound(mm.width() / 25.4 * 300), qRound(mm.height() / 25.4 * 300)); // 300 dpi
        return true;
    }
    const QStringList parts = name.split(QLatin1Char('x'));
    bool okW = false, okH = false;
    const int w = parts.value(0).toInt(&okW), h = parts.value(1).toInt(&okH);
    if (parts.size() != 2 || !okW || !okH) {
        *error = QStringLiteral("invalid size '%1' (expected WxH in pixels, or 1080p, 4k, 8k, a4, a3)").arg(text);
        return false;
    }
    s->size = QSize(w, h);
    return true;
}

bool parseBox(const QString &text, QRectF *box, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(','));
    double v[4] = {};
    bool ok = parts.size() == 4;
    for (int i = 0; ok && i < 4; ++i)
        v[i] = parts[i].trimmed().toDouble(&ok);
    if (!ok || !(v[0] < v[2]) || !(v[1] < v[3])) {
        *error = QStringLiteral("invalid box '%1' (expected MINLON,MINLAT,MAXLON,MAXLAT in degrees, min < max)").arg(text);
        return false;
    }
    *box = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
    return true;
}

int exportMap(const Options &o, QTextStream &out, QTextStream &err)
{
    SnapshotOptions s;
    QString error;
    if (!o.values.contains("out")) {
        err << CommandHelp::usageLine(QStringLiteral("export"));
        return 2;
    }
    if (!dateOption(o, "date", &s.date, err))
        return 2;
    s.outPath = o.value("out");
    if (o.values.contains("format") ? !SnapshotOptions::formatFromName(o.value("format"), &s.format)
                                    : !SnapshotOptions::formatFromPath(s.outPath, &s.format)) {
        err << (o.values.contains("format")
                    ? QStringLiteral("unknown format '%1' (expected png, svg or pdf)").arg(o.value("format"))
                    : QStringLiteral("unknown format for '%1' (expected a .png, .svg or .pdf file, or --format)").arg(s.outPath))
            << '\n';
        return 2;
    }
    if (o.values.contains("size") && !parseSize(o.value("size"), &s, &error)) {
        err << error << '\n';
        return 2;
    }
    if (s.format != SnapshotOptions::Format::Pdf)
        s.pageSizeMm = QSizeF();
    s.language = o.value("lang", "vi");
    if (o.values.contains("theme") && !MapStyle::themeFromName(o.value("theme"), &s.theme)) {
        err << QStringLiteral("unknown theme '%1' (expected light or dark)").arg(o.value("theme")) << '\n';
        return 2;
    }
    if (o.values.contains("region") && o.values.contains("bbox")) {
        err << "give --region or --bbox, not both\n";
        return 2;
    }
    if (o.values.contains("region")) {
        const Region *region = Regions::find(o.value("region"));
        if (!region) {
            QStringList names;
            for (const Region &r : Regions::all())
                names << r.name;
            err << QStringLiteral("unknown region '%1' (expected %2)").arg(o.value("region"), names.join(QStringLiteral(", "))) << '\n';
            return 2;
        }
        s.lonLatBox = region->lonLatBox;
    }
    if (o.values.contains("bbox") && !parseBox(o.value("bbox"), &s.lonLatBox, &error)) {
        err << error << '\n';
        return 2;
    }
    s.bare = o.values.contains("bare");
    s.chart = o.values.contains("chart");
    if (!SnapshotExporter::validate(s, &error)) {
        err << error << '\n';
        return 2;
    }
    // The exporter picks the bundled boundaries by output size unless a file is given.
    DataSet data;
    if (!loadData(o, o.values.contains("boundaries") ? DataSet::Boundaries | DataSet::Relations : DataSet::Relations, &data, err))
        return 1;
    if (!s.bare && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << "export draws text and needs a QGuiApplication (use --bare for the map alone)\n";
        return 1;
    }
    if (!SnapshotExporter::write(data, s, &error)) {
        err << error << '\n';
        return 1;
    }
    const QSize size = SnapshotExporter::outputSize(s);
    out << QStringLiteral("wrote %1 (%2x%3)").arg(s.outPath).arg(size.width()).arg(size.height()) << '\n';
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
    return CommandHelp::contains(word);
}

int CommandLine::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString command = args.value(0);
    if (args.mid(1).contains(QStringLiteral("--help")) || args.mid(1).contains(QStringLiteral("-h"))) {
        out << CommandHelp::help(command);
        return 0;
    }
    const Options o = parseOptions(args.mid(1), {"hub", "boundaries", "relations", "establishment", "sources", "format", "date", "from", "to", "detail", "out",
                                                 "size", "lang", "theme", "region", "bbox", "fps", "duration", "days-per-second", "hold", "story"},
                                   {"bare", "chart"});
    if (!o.error.isEmpty()) {
        err << "diplomap " << command << ": " << o.error << '\n';
        return 2;
    }
    if (isCommand(command) && command != QLatin1String("locate") && !o.positional.isEmpty()) {
        err << "diplomap " << command << ": unexpected argument '" << o.positional.first() << "'\n";
        return 2;
    }
    if (command == QLatin1String("countries")) return countries(o, out, err);
    if (command == QLatin1String("locate")) return locate(o, out, err);
    if (command == QLatin1String("validate")) return validate(o, out, err);
    if (command == QLatin1String("tiers")) return tiersAt(o, out, err);
    if (command == QLatin1String("tier-table")) return tierTable(o, out, err);
    if (command == QLatin1String("changes")) return changes(o, out, err);
    if (command == QLatin1String("summary")) return summary(o, out, err);
    if (command == QLatin1String("derive-completion")) return deriveCompletion(o, out, err);
    if (command == QLatin1String("export")) return exportMap(o, out, err);
    if (command == QLatin1String("export-video")) return VideoCommand::run(o.values, out, err);
    err << "unknown command '" << command << "'\n";
    return 2;
}

DataPaths CommandLine::dataPaths(const QHash<QString, QString> &options, bool detailed)
{
    DataPaths paths = DataPaths::defaults();
    paths.hub = options.value("hub", paths.hub);
    paths.boundaries = options.value("boundaries", detailed ? DataPaths::detailedBoundaries() : paths.boundaries);
    paths.relations = options.value("relations", paths.relations);
    paths.establishment = options.value("establishment", paths.establishment);
    paths.sources = options.value("sources", paths.sources);
    return paths;
}
