#pragma once
// The presenter map's command line (no subcommand):
//   diplomap [--date YYYY-MM-DD] [--lang vi|en] [--theme dark|light] [--region NAME]
//            [--fullscreen] [--text-scale FACTOR] [--screenshot FILE.png [--size WxH]] [--version] [--help]
// An error is a value: `error` names the problem and the caller exits with status 2.
#include <QDate>
#include <QSize>
#include <QStringList>

struct AppOptions {
    QDate date;                          // invalid: the timeline's default
    QString language = QStringLiteral("vi");
    QString theme = QStringLiteral("light");
    QString region = QStringLiteral("world");
    bool fullscreen = false;
    double textScale = 0;                // 1 to 2; 0: the saved setting (or the default)
    QString screenshot;                  // PNG path; empty: interactive
    QSize size{1920, 1080};              // window size
    bool help = false;
    bool version = false;
    QString error;

    static AppOptions parse(const QStringList &args); // without the program name
    static QString usage(); // the options and every command (CommandHelp)
};
