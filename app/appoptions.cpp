#include "appoptions.h"

#include "commandhelp.h"
#include "commandline.h"
#include "filecheck.h"
#include "textformat.h"
#include "mapstyle.h"
#include "regions.h"

#include <QRegularExpression>

namespace {

QString regionNames()
{
    QStringList names;
    for (const Region &r : Regions::all())
        names << r.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

AppOptions AppOptions::parse(const QStringList &args)
{
    AppOptions o;
    auto fail = [&o](const QString &message) {
        o.error = message;
        return o;
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--fullscreen")) {
            o.fullscreen = true;
            continue;
        }
        if (a == QLatin1String("--year-review")) {
            o.yearReview = true;
            continue;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            o.help = true;
            continue;
        }
        if (a == QLatin1String("--version")) {
            o.version = true;
            continue;
        }
        if (a == QLatin1String("--presenter")) {
            o.presenter = true;
            continue;
        }
        static const QStringList withValue = {"--date", "--lang", "--theme", "--region", "--select", "--screenshot", "--size", "--story", "--scene", "--text-scale"};
        if (!withValue.contains(a))
            return fail(QStringLiteral("unknown option '%1'").arg(a));
        if (i + 1 >= args.size())
            return fail(QStringLiteral("option '%1' needs a value").arg(a));
        const QString value = args[++i];
        if (a == QLatin1String("--date")) {
            QString error;
            if (!CommandLine::parseDate(value, &o.date, &error))
                return fail(error);
        } else if (a == QLatin1String("--lang")) {
            if (!textformat::isSupportedLanguage(value))
                return fail(QStringLiteral("unknown language '%1' (expected vi or en)").arg(value));
            o.language = value;
        } else if (a == QLatin1String("--theme")) {
            MapStyle::Theme theme;
            if (!MapStyle::themeFromName(value, &theme))
                return fail(QStringLiteral("unknown theme '%1' (expected light or dark)").arg(value));
            o.theme = value;
        } else if (a == QLatin1String("--region")) {
            if (!Regions::find(value))
                return fail(QStringLiteral("unknown region '%1' (expected one of: %2)").arg(value, regionNames()));
            o.region = value;
        } else if (a == QLatin1String("--select")) {
            o.select = value; // checked against the data once it is loaded
        } else if (a == QLatin1String("--screenshot")) {
            if (!value.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
                return fail(QStringLiteral("screenshot '%1' must be a .png file").arg(value));
            QString error;
            if (!FileCheck::checkOutput(value, &error))
                return fail(error);
            o.screenshot = value;
        } else if (a == QLatin1String("--text-scale")) {
            bool number = false;
            const double scale = value.toDouble(&number);
            if (!number || !MapStyle::isTextScale(scale))
                return fail(QStringLiteral("invalid text scale '%1' (expected a number from 1.0 to 2.0)").arg(value));
            o.textScale = scale;
        } else if (a == QLatin1String("--size")) {
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(value);
            const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
            if (!m.hasMatch() || w < 640 || h < 360 || w > 16384 || h > 16384)
                return fail(QStringLiteral("invalid size '%1' (expected WxH, from 640x360 to 16384x16384)").arg(value));
            o.size = QSize(w, h);
        } else if (a == QLatin1String("--story")) {
            if (value.isEmpty())
                return fail(QStringLiteral("option '--story' needs a file, year:YYYY or history"));
            o.story = value;
        } else if (a == QLatin1String("--scene")) {
            bool number = false;
            o.scene = QRegularExpression(QStringLiteral("^\\d{1,4}$")).match(value).hasMatch() ? value.toInt(&number) : 0;
            if (!number || o.scene < 1)
                return fail(QStringLiteral("invalid scene '%1' (expected a number from 1)").arg(value));
        }
    }
    if (o.story.isEmpty() && (args.contains(QStringLiteral("--scene")) || o.presenter))
        return fail(QStringLiteral("options '--scene' and '--presenter' need '--story'"));
    return o;
}

QString AppOptions::usage()
{
    return QStringLiteral(
               "usage: diplomap [OPTION]...          open the map\n"
               "       diplomap COMMAND [OPTION]...  run a command without a window\n"
               "       diplomap COMMAND --help       a command's options\n"
               "\n"
               "Options:\n"
               "  --date YYYY-MM-DD      the date shown (default 2025-12-31)\n"
               "  --lang vi|en           language (default vi)\n"
               "  --theme light|dark     theme (default light)\n"
               "  --region NAME          the view at start (default world; regions below)\n"
               "  --select KEY           open a country's details (ISO code, e.g. VNM)\n"
               "  --year-review          open the year-in-review card of the date's year\n"
               "  --fullscreen           start in full screen\n"
               "  --text-scale FACTOR    text size, 1.0 to 2.0 (default: the last one chosen with\n"
               "                         + and -, else 1.0, or 1.25 in full screen)\n"
               "  --screenshot FILE.png  render once the map is drawn, save a PNG and exit\n"
               "  --size WxH             window size, 640x360 to 16384x16384 (default 1920x1080)\n"
               "  --story FILE|year:YYYY|history\n"
               "                         open a story: a story file (docs/STORIES.md), the year in\n"
               "                         review of YYYY, or the history by decades\n"
               "  --scene N              the story's scene to open at (default 1); with --screenshot,\n"
               "                         the scene as its animation ends\n"
               "  --presenter            open the presenter console (notes, next scene, clock)\n"
               "  --version              print the version and exit\n"
               "  -h, --help             print this help and exit\n"
               "\n"
               "Regions: %1\n"
               "\n"
               "Commands:\n")
               .arg(regionNames())
         + CommandHelp::overview()
         + QStringLiteral("\nData: $DIPLOMAP_GEODATA, else ../share/diplomap/geodata from the program's folder.\n");
}
