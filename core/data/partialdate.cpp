#include "partialdate.h"

#include <QRegularExpression>

bool PartialDate::parse(const QString &text, PartialDate *out, QString *error)
{
    *out = PartialDate();
    if (text.isEmpty())
        return true;
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        *error = QStringLiteral("malformed date '%1' (expected YYYY-MM-DD, YYYY-MM or YYYY)").arg(text);
        return false;
    }
    out->year = m.captured(1).toInt();
    out->month = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    out->day = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    out->precision = out->day ? Precision::Day : out->month ? Precision::Month : Precision::Year;
    const bool valid = out->precision == Precision::Day ? QDate::isValid(out->year, out->month, out->day)
                                                        : (m.captured(2).isEmpty() || (out->month >= 1 && out->month <= 12));
    if (!valid || out->year < 1900) {
        *error = QStringLiteral("impossible date '%1'").arg(text);
        return false;
    }
    return true;
}

QDate PartialDate::start() const
{
    if (isBaseline())
        return {};
    return QDate(year, month ? month : 1, day ? day : 1);
}

QString PartialDate::toString() const
{
    switch (precision) {
    case Precision::Baseline: return {};
    case Precision::Year: return QString::number(year);
    case Precision::Month: return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    case Precision::Day: return start().toString(Qt::ISODate);
    }
    return {};
}

bool PartialDate::operator<(const PartialDate &o) const
{
    if (isBaseline() || o.isBaseline())
        return isBaseline() && !o.isBaseline();
    if (start() != o.start())
        return start() < o.start();
    return precision < o.precision; // a coarser date first when both start the same day
}
