#include "hubprofile.h"

#include "filecheck.h"

#include <QJsonDocument>
#include <QJsonObject>

HubProfile HubProfile::load(const QString &path, QStringList *errors)
{
    QByteArray json;
    QString error;
    if (!FileCheck::readFile(path, FileCheck::kMaxTableBytes, &json, &error)) {
        *errors << error;
        return {};
    }
    return parse(json, path, errors);
}

HubProfile HubProfile::parse(const QByteArray &json, const QString &fileName, QStringList *errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *errors << QStringLiteral("%1: offset %2: %3").arg(fileName).arg(parseError.offset)
                       .arg(parseError.error == QJsonParseError::NoError ? QStringLiteral("expected a JSON object") : parseError.errorString());
        return {};
    }
    const QJsonObject o = doc.object();
    QStringList problems;
    auto text = [&](const char *field, const char *lang) {
        const QString value = o.value(QLatin1String(field)).toObject().value(QLatin1String(lang)).toString();
        if (value.isEmpty())
            problems << QStringLiteral("%1.%2: missing text").arg(QLatin1String(field), QLatin1String(lang));
        return value;
    };
    auto date = [&](const char *field) {
        const QString value = o.value(QStringLiteral("period")).toObject().value(QLatin1String(field)).toString();
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid())
            problems << QStringLiteral("period.%1: '%2' is not a date (YYYY-MM-DD)").arg(QLatin1String(field), value);
        return d;
    };
    auto color = [&](const char *field) {
        const QString value = o.value(QStringLiteral("colors")).toObject().value(QLatin1String(field)).toString();
        const QColor c(value);
        if (!c.isValid())
            problems << QStringLiteral("colors.%1: '%2' is not a colour (#rrggbb)").arg(QLatin1String(field), value);
        return c;
    };
    HubProfile hub;
    hub.key = o.value(QStringLiteral("key")).toString();
    if (hub.key.isEmpty())
        problems << QStringLiteral("key: missing");
    hub.nameVi = text("name", "vi");
    hub.nameEn = text("name", "en");
    hub.titleVi = text("title", "vi");
    hub.titleEn = text("title", "en");
    hub.periodFrom = date("from");
    hub.periodTo = date("to");
    if (hub.periodFrom.isValid() && hub.periodTo.isValid() && hub.periodFrom >= hub.periodTo)
        problems << QStringLiteral("period: 'from' must come before 'to'");
    hub.fill = color("fill");
    hub.outline = color("outline");
    for (const QString &p : qAsConst(problems))
        *errors << QStringLiteral("%1: %2").arg(fileName, p);
    return problems.isEmpty() ? hub : HubProfile();
}
