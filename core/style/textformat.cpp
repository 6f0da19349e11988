#include "textformat.h"

namespace {
const char *const kMonthsEn[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
QLatin1String monthEn(int month) { return QLatin1String(kMonthsEn[month - 1]); }
} // namespace

namespace textformat {

bool isSupportedLanguage(const QString &language)
{
    return language == QLatin1String("vi") || language == QLatin1String("en");
}

QString date(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    if (isEnglish(language))
        return QStringLiteral("%1 %2 %3").arg(date.day()).arg(monthEn(date.month())).arg(date.year());
    return QStringLiteral("%1/%2/%3").arg(date.day()).arg(date.month()).arg(date.year());
}

QString partialDate(const PartialDate &d, const QString &language, const QString &baseline)
{
    const bool en = isEnglish(language);
    switch (d.precision) {
    case PartialDate::Precision::Baseline: return baseline;
    case PartialDate::Precision::Year: return en ? QString::number(d.year) : QStringLiteral("năm %1").arg(d.year);
    case PartialDate::Precision::Month:
        return en ? QStringLiteral("%1 %2").arg(monthEn(d.month)).arg(d.year) : QStringLiteral("tháng %1/%2").arg(d.month).arg(d.year);
    case PartialDate::Precision::Day: return date(d.start(), language);
    }
    return {};
}

QString shortDate(const PartialDate &d, const QString &language)
{
    const bool en = isEnglish(language);
    switch (d.precision) {
    case PartialDate::Precision::Baseline:
    case PartialDate::Precision::Year: return QString::number(d.year); // "năm 2007" would not fit a list's date column
    case PartialDate::Precision::Month: return en ? QString(monthEn(d.month)) : QStringLiteral("tháng %1").arg(d.month);
    case PartialDate::Precision::Day:
        return en ? QStringLiteral("%1 %2").arg(d.day).arg(monthEn(d.month)) : QStringLiteral("%1/%2").arg(d.day).arg(d.month);
    }
    return {};
}

QString source(const Source &source, const QString &language)
{
    QString text = source.publisher + QStringLiteral(", “") + source.title + QStringLiteral("”");
    if (!source.date.isBaseline())
        text += QStringLiteral(", ") + partialDate(source.date, language);
    return text;
}

QStringList sources(const SourceTable &table, const QString &field, const QString &language)
{
    QStringList list;
    for (const QString &id : SourceTable::ids(field))
        if (const Source *s = table.byId(id))
            list << source(*s, language);
    return list;
}

} // namespace textformat
