#pragma once
// The hub: the country whose relationships the data describes (geodata/hub.json for the bundled
// data: Vietnam). Its key, names, the map's title, the default period of the timeline, where
// its history starts and its colours are data, so that no code is named after one country.
// Format: docs/DATA.md.
#include <QColor>
#include <QDate>
#include <QString>
#include <QStringList>

struct HubProfile {
    QString key;       // country key, as in the country table
    QString nameVi, nameEn;
    QString titleVi, titleEn;
    QDate periodFrom, periodTo; // the timeline's default view
    QDate historyStart;         // optional ("history": {"from": ...}): where "All years" starts
    QColor fill, outline;

    QString name(const QString &language) const { return language == QLatin1String("en") ? nameEn : nameVi; }
    QString title(const QString &language) const { return language == QLatin1String("en") ? titleEn : titleVi; }
    // Problems are appended to `errors` as "file: message"; the profile is then empty.
    static HubProfile load(const QString &path, QStringList *errors);
    static HubProfile parse(const QByteArray &json, const QString &fileName, QStringList *errors);
};
