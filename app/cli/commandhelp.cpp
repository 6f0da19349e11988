#include "commandhelp.h"

#include <QVector>

#include <algorithm>
#include <utility>

namespace {

using Option = std::pair<const char *, const char *>; // flag with its value, what it does

const Option kBoundaries{"--boundaries FILE", "boundaries, any OGR vector source; default: the bundled 1:50m data"};
const Option kRelations{"--relations FILE", "partnership framework events; default: the bundled relations.csv"};
const Option kEstablishment{"--establishment FILE", "establishment, break and succession events; default: the bundled establishment.csv"};
const Option kSources{"--sources FILE", "the sources that rows cite; default: the bundled sources.csv"};
const Option kFormat{"--format csv|json", "output format (default csv)"};
const Option kDate{"--date YYYY-MM-DD", "the date"};
const Option kHub{"--hub FILE", "the hub profile; default: the bundled hub.json"};
const Option kHelp{"-h, --help", "print this help and exit"};

struct Command {
    const char *name;
    const char *synopsis; // after "diplomap NAME "
    const char *summary;  // one line
    QVector<Option> options;
    const char *exitOne;  // what exit status 1 means
};

const QVector<Command> &table()
{
    static const QVector<Command> commands = {
        {"countries", "[--boundaries FILE] [--format csv|json]",
         "every country on the map: key, names, parts, vertices, triangles, label lon/lat",
         {kBoundaries, kFormat}, "invalid data"},
        {"locate", "LON LAT [--boundaries FILE]",
         "the key of the country at a point (degrees, longitude first)",
         {{"LON LAT", "the point, longitude from -180 to 180 then latitude from -90 to 90"},
          {"--boundaries FILE", "boundaries; default: the bundled 1:10m data, the most detailed"}},
         "no country there, or invalid data"},
        {"validate", "[--hub FILE] [--relations FILE] [--establishment FILE] [--sources FILE] [--boundaries FILE]",
         "check all data: every problem on a line naming its file, line and value",
         {kHub, kRelations, kEstablishment, kSources, kBoundaries}, "invalid data"},
        {"tiers", "--date YYYY-MM-DD [--format csv|json] [--hub FILE] [--relations FILE] [--establishment FILE] [--sources FILE] [--boundaries FILE]",
         "every country's tier on a date: key, names, tier, since, sovereign",
         {kDate, kFormat, kHub, kRelations, kEstablishment, kSources, kBoundaries}, "invalid data"},
        {"changes", "--from YYYY-MM-DD --to YYYY-MM-DD [--format csv|json] [--relations FILE] [--establishment FILE] [--sources FILE]",
         "tier changes between two dates: key, names, from, to, date, kind",
         {{"--from YYYY-MM-DD", "changes after this date"}, {"--to YYYY-MM-DD", "up to this date, included"},
          kFormat, kRelations, kEstablishment, kSources},
         "invalid data"},
        {"summary", "--date YYYY-MM-DD [--format csv|json] [--hub FILE] [--relations FILE] [--establishment FILE] [--sources FILE]",
         "counts per tier on a date, partners and countries with relations",
         {kDate, kFormat, kHub, kRelations, kEstablishment, kSources}, "invalid data"},
        {"tier-table", "[--format csv|json]",
         "the tier table: key, partner or not, labelled, label rank, colours per theme, names",
         {kFormat}, "not used"},
        {"derive-completion", "--detail FILE --out FILE [--boundaries BASE]",
         "write what BASE lacks from a more detailed FILE as GeoJSON (geodata/SOURCES.md)",
         {{"--detail FILE", "the more detailed boundaries"}, {"--out FILE", "the GeoJSON to write"},
          {"--boundaries BASE", "the boundaries to complete; default: the bundled 1:50m data"}},
         "invalid data, or the file cannot be written"},
        {"export", "--date YYYY-MM-DD --out FILE [--format png|svg|pdf] [--size WxH] [--lang vi|en] "
                   "[--theme light|dark] [--region NAME | --bbox MINLON,MINLAT,MAXLON,MAXLAT] [--bare | --chart] "
                   "[--hub FILE] [--boundaries FILE] [--relations FILE] [--establishment FILE] [--sources FILE]",
         "the map on a date as PNG, SVG or PDF, without a window",
         {kDate, {"--out FILE", "the file to write (replaced atomically)"},
          {"--format png|svg|pdf", "default: from the file's extension"},
          {"--size WxH", "pixels, or 1080p, 4k, 8k, a4, a3 (pages at 300 dpi); default 1920x1080"},
          {"--lang vi|en", "language of the title and legend (default vi)"},
          {"--theme light|dark", "default light"},
          {"--region NAME", "a preset view (diplomap --help lists the regions)"},
          {"--bbox MINLON,MINLAT,MAXLON,MAXLAT", "the view as a box in degrees"},
          {"--bare", "the map alone: no title, legend or labels"},
          {"--chart", "add the history chart (relations and partners per tier since the hub's history start)"},
          kHub, {"--boundaries FILE", "boundaries; default: the bundled data that suits the size"}, kRelations, kEstablishment, kSources},
         "invalid data, or the file cannot be written"},
        {"export-video", "(--from YYYY-MM-DD --to YYYY-MM-DD | --story FILE|year:YYYY|history) --out FILE [--format mp4|webm|gif|png-seq] [--size WxH] "
                         "[--fps N] [--duration S | --days-per-second N] [--hold S] [--region NAME | --bbox MINLON,MINLAT,MAXLON,MAXLAT] "
                         "[--lang vi|en] [--theme light|dark] [--bare] [--hub FILE] [--boundaries FILE] [--relations FILE] [--establishment FILE] [--sources FILE]",
         "a date range played as on screen, or a story, as MP4, WebM, GIF or numbered PNG frames, without a window",
         {{"--from YYYY-MM-DD", "the first date"}, {"--to YYYY-MM-DD", "the last date (after --from)"},
          {"--story FILE|year:YYYY|history", "or: a story (docs/STORIES.md), the year in review of YYYY or the history by decades: "
                                             "each scene's camera move (1.5 s), date animation if any, hold and caption in turn"},
          {"--out FILE", "the file to write (replaced only when complete); a folder for png-seq"},
          {"--format mp4|webm|gif|png-seq", "default: from the file's extension"},
          {"--size WxH", "pixels from 320x180 to 3840x2160, or 720p, 1080p, 4k; default 1920x1080"},
          {"--fps N", "frames per second: 24, 25, 30 or 60 (default 30)"},
          {"--duration S", "seconds the dates take from --from to --to (default 10)"},
          {"--days-per-second N", "or: how many days pass each second (the duration follows)"},
          {"--hold S", "seconds on the first date before, and on the last after (default 1); with --story: "
                       "each scene's on its date, after its animation if any (default 3)"},
          {"--region NAME", "a preset view (diplomap --help lists the regions)"},
          {"--bbox MINLON,MINLAT,MAXLON,MAXLAT", "the view as a box in degrees"},
          {"--lang vi|en", "language of the title and legend (default vi)"},
          {"--theme light|dark", "default light"},
          {"--bare", "the map alone: no title, legend or labels"},
          kHub, kBoundaries, kRelations, kEstablishment, kSources},
         "invalid data, or the file cannot be written"},
    };
    return commands;
}

const Command *find(const QString &name)
{
    const QVector<Command> &commands = table();
    const auto it = std::find_if(commands.begin(), commands.end(), [&name](const Command &c) { return name == QLatin1String(c.name); });
    return it == commands.end() ? nullptr : &*it;
}

// Two columns: the first as wide as its widest entry (at most `cap`), then the text.
QString columns(const QVector<std::pair<QString, QString>> &rows, int cap)
{
    int width = 0;
    for (const auto &row : rows)
        if (row.first.size() <= cap)
            width = std::max(width, int(row.first.size()));
    QString text;
    for (const auto &row : rows) {
        text += QStringLiteral("  ") + row.first;
        text += row.first.size() > width ? QStringLiteral("\n  ") + QString(width, QLatin1Char(' ')) : QString(width - row.first.size(), QLatin1Char(' '));
        text += QStringLiteral("  ") + row.second + QLatin1Char('\n');
    }
    return text;
}

} // namespace

QStringList CommandHelp::commands()
{
    QStringList names;
    for (const Command &c : table())
        names << QLatin1String(c.name);
    return names;
}

bool CommandHelp::contains(const QString &command)
{
    return find(command) != nullptr;
}

QString CommandHelp::overview()
{
    QVector<std::pair<QString, QString>> rows;
    for (const Command &c : table())
        rows.append({QLatin1String(c.name), QLatin1String(c.summary)});
    return columns(rows, 20);
}

QString CommandHelp::usageLine(const QString &command)
{
    const Command *c = find(command);
    return c ? QStringLiteral("usage: diplomap %1 %2\n").arg(command, QLatin1String(c->synopsis)) : QString();
}

QString CommandHelp::help(const QString &command)
{
    const Command *c = find(command);
    if (!c)
        return {};
    QVector<std::pair<QString, QString>> rows;
    for (const Option &o : c->options)
        rows.append({QLatin1String(o.first), QLatin1String(o.second)});
    rows.append({QLatin1String(kHelp.first), QLatin1String(kHelp.second)});
    QString summary = QLatin1String(c->summary);
    summary[0] = summary[0].toUpper();
    return usageLine(command) + summary + QStringLiteral(".\n\nOptions:\n") + columns(rows, 22)
         + QStringLiteral("\nExit status:\n  0  done\n  1  %1\n  2  usage error\n").arg(QLatin1String(c->exitOne));
}

QString CommandHelp::version()
{
    return QStringLiteral("diplomap " DIPLOMAP_VERSION "\n");
}
