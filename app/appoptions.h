#pragma once
// The presenter map's command line (no subcommand):
//   diplomap [--date YYYY-MM-DD] [--lang vi|en] [--theme dark|light] [--region NAME]
//            [--select KEY] [--year-review] [--fullscreen] [--text-scale FACTOR] [--screenshot FILE.png [--size WxH]]
//            [--version] [--help] [--story FILE|year:YYYY|history [--scene N] [--presenter]]
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
    QString select;                      // a country key whose details open at start
    bool yearReview = false;             // the year-in-review card open at start
    double textScale = 0;                // 1 to 2; 0: the saved setting (or the default)
    QString screenshot;                  // PNG path; empty: interactive
    QSize size{1920, 1080};              // window size
    QString story;                       // a story file, year:YYYY or history; empty: none
    int scene = 1;                       // the story's scene to open at (1-based)
    bool presenter = false;              // open the presenter console
    bool help = false;
    bool version = false;
    QString error;

    static AppOptions parse(const QStringList &args); // without the program name
    static QString usage(); // the options and every command (CommandHelp)
};
