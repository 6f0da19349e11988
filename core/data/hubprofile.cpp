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
    auto date = [&](const char *object, const char *field) {
        const QJsonValue v = o.value(QLatin1String(object)).toObject().value(QLatin1String(field));
        const QString value = v.toVariant().toString(); // a number reads as itself, a missing field as ''
        const QDate d = v.isString() && value.size() == 10 ? QDate::fromString(value, Qt::ISODate) : QDate();
        if (!d.isValid())
            problems << QStringLiteral("%1.%2: '%3' is not a date (YYYY-MM-DD)").arg(QLatin1String(object), QLatin1String(field), value);
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
    hub.periodFrom = date("period", "from");
    hub.periodTo = date("period", "to");
    if (hub.periodFrom.isValid() && hub.periodTo.isValid() && hub.periodFrom >= hub.periodTo)
        problems << QStringLiteral("period: 'from' must come before 'to'");
    if (o.contains(QStringLiteral("history"))) { // optional: without it "All years" starts at the first event
        if (!o.value(QStringLiteral("history")).isObject())
            problems << QStringLiteral("history: expected an object like {\"from\": \"YYYY-MM-DD\"}");
        else
            hub.historyStart = date("history", "from");
        if (hub.historyStart.isValid() && hub.periodFrom.isValid() && hub.historyStart > hub.periodFrom)
            problems << QStringLiteral("history.from: '%1' must not come after period.from").arg(hub.historyStart.toString(Qt::ISODate));
    }
    hub.fill = color("fill");
    hub.outline = color("outline");
    for (const QString &p : qAsConst(problems))
        *errors << QStringLiteral("%1: %2").arg(fileName, p);
    return problems.isEmpty() ? hub : HubProfile();
}
