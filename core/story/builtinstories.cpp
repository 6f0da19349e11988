#include "builtinstories.h"

#include "storyfile.h"
#include "textformat.h"

#include <QRegularExpression>

#include <functional>

namespace {

QString countryName(const DataSet &data, const QString &key, const QString &language)
{
    const CountryInfo *c = data.table.byKey(key);
    return !c ? key : textformat::pick(language, c->nameVi, c->nameEn);
}

StoryText both(const std::function<QString(const QString &)> &make)
{
    return {make(QStringLiteral("vi")), make(QStringLiteral("en"))};
}

QString kindWord(TierChange::Kind kind, const QString &language)
{
    switch (kind) {
    case TierChange::Kind::New: return textformat::pick(language, QStringLiteral("Thiết lập"), QStringLiteral("New"));
    case TierChange::Kind::Upgrade: return textformat::pick(language, QStringLiteral("Nâng cấp"), QStringLiteral("Upgrade"));
    case TierChange::Kind::Downgrade: return textformat::pick(language, QStringLiteral("Hạ cấp"), QStringLiteral("Downgrade"));
    }
    return QString();
}

StoryScene changeScene(const DataSet &data, const TierChange &change)
{
    StoryScene s;
    s.date = change.date.start();
    s.camera.kind = StoryCamera::Kind::Countries;
    s.camera.countries = QStringList{change.key};
    s.caption = both([&](const QString &l) {
        return QStringLiteral("%1: %2").arg(countryName(data, change.key, l), tiers::name(change.to, l));
    });
    const RelationEvent *event = data.timeline.eventAt(change.key, s.date);
    s.notes = both([&](const QString &l) {
        QString n = QStringLiteral("%1 (%2): %3 → %4.")
                        .arg(kindWord(change.kind, l), textformat::partialDate(change.date, l), tiers::name(change.from, l),
                             tiers::name(change.to, l));
        if (event) {
            const QString framework = textformat::pick(l, event->frameworkVi, event->frameworkEn);
            if (!framework.isEmpty())
                n += QLatin1Char(' ') + framework + QLatin1Char('.');
            const QStringList sources = textformat::sources(data.sources, event->source, l);
            if (!sources.isEmpty()) // as the details panel shows them, never an id
                n += textformat::pick(l, QStringLiteral("\nNguồn: "), QStringLiteral("\nSource: ")) + sources.join(QStringLiteral("; "));
        }
        return n;
    });
    return s;
}

// The counts at `date`, one tier a line, for the notes.
QString countLines(const TierCounts &counts, const QString &language)
{
    QStringList lines;
    for (Tier t : tiers::legendOrder())
        if (t != Tier::Hub && t != Tier::None)
            lines << QStringLiteral("%1: %2").arg(tiers::name(t, language)).arg(counts.perTier.value(t));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

namespace BuiltinStories {

bool yearInReview(const DataSet &data, int year, Story *story, QString *error)
{
    const RelationTimeline &tl = data.timeline;
    if (!tl.firstDate().isValid() || year < tl.firstDate().year() || year > tl.lastDate().year()) {
        *error = QStringLiteral("year %1 is outside the data (%2 to %3)").arg(year).arg(tl.firstDate().year()).arg(tl.lastDate().year());
        return false;
    }
    const QDate start(year - 1, 12, 31), end(year, 12, 31);
    Story result;
    result.title = both([&](const QString &l) {
        return textformat::pick(l, QStringLiteral("Nhìn lại năm %1"), QStringLiteral("The year in review: %1")).arg(year);
    });
    const QVector<TierChange> changes = tl.changes(start, end);
    QDate previous = start;
    for (const TierChange &change : changes) {
        StoryScene s = changeScene(data, change);
        if (previous < s.date) {
            s.from = previous;
            s.durationMs = kChangeMs;
        }
        previous = s.date;
        result.scenes << s;
    }
    StoryScene totals;
    totals.date = end;
    if (previous < end) {
        totals.from = previous;
        totals.durationMs = kChangeMs;
    }
    const TierCounts counts = tl.countsAt(end);
    totals.caption = both([&](const QString &l) {
        return textformat::pick(l, QStringLiteral("Cuối năm %1: %2 đối tác, %3 thay đổi trong năm"),
                                QStringLiteral("End of %1: %2 partners, %3 changes this year"))
            .arg(year).arg(counts.partners).arg(changes.size());
    });
    totals.notes = both([&](const QString &l) {
        return textformat::pick(l, QStringLiteral("Quan hệ ngoại giao với %1 nước.\n"), QStringLiteral("Diplomatic relations with %1 countries.\n"))
                   .arg(counts.withRelations)
            + countLines(counts, l);
    });
    result.scenes << totals;
    *story = result;
    return true;
}

Story eightyYears(const DataSet &data)
{
    const RelationTimeline &tl = data.timeline;
    Story result;
    result.title = both([&](const QString &l) {
        return textformat::pick(l, QStringLiteral("Tám mươi năm ngoại giao %1"), QStringLiteral("Eighty years of %1's diplomacy"))
            .arg(data.hub.name(l));
    });
    if (!tl.lastDate().isValid())
        return result;
    QVector<QDate> dates;
    for (int y = 1950; y < tl.lastDate().year(); y += 10)
        if (QDate(y, 12, 31) >= tl.firstDate())
            dates << QDate(y, 12, 31);
    dates << tl.lastDate();
    QDate previous;
    for (const QDate &date : dates) {
        StoryScene s;
        s.date = date;
        if (previous.isValid()) {
            s.from = previous;
            s.durationMs = kDecadeMs;
        }
        const TierCounts counts = tl.countsAt(date);
        s.caption = both([&](const QString &l) {
            QString c = textformat::pick(l, QStringLiteral("%1: quan hệ ngoại giao với %2 nước"), QStringLiteral("%1: diplomatic relations with %2 countries"))
                            .arg(date.month() == 12 && date.day() == 31 ? QString::number(date.year()) : textformat::date(date, l))
                            .arg(counts.withRelations);
            if (counts.partners > 0)
                c += textformat::pick(l, QStringLiteral(", %1 đối tác"), QStringLiteral(", %1 partners")).arg(counts.partners);
            return c;
        });
        const QVector<TierChange> changes = previous.isValid() ? tl.changes(previous, date) : QVector<TierChange>();
        s.notes = both([&](const QString &l) {
            QStringList lines;
            if (previous.isValid())
                lines << textformat::pick(l, QStringLiteral("%1 thay đổi từ %2 đến %3."), QStringLiteral("%1 changes from %2 to %3."))
                             .arg(changes.size()).arg(textformat::date(previous.addDays(1), l), textformat::date(date, l));
            for (const TierChange &c : changes)
                if (tiers::isPartner(c.to))
                    lines << QStringLiteral("%1 %2: %3").arg(textformat::partialDate(c.date, l), countryName(data, c.key, l), tiers::name(c.to, l));
            lines << countLines(counts, l);
            return lines.join(QLatin1Char('\n'));
        });
        previous = date;
        result.scenes << s;
    }
    return result;
}

bool resolve(const QString &spec, const DataSet &data, Story *story, QString *error)
{
    if (spec == QLatin1String("history")) {
        *story = eightyYears(data);
        return true;
    }
    const QRegularExpressionMatch year = QRegularExpression(QStringLiteral("^year:(\\d{4})$")).match(spec);
    if (year.hasMatch())
        return yearInReview(data, year.captured(1).toInt(), story, error);
    if (spec.startsWith(QLatin1String("year:"))) {
        *error = QStringLiteral("invalid story '%1' (expected year:YYYY)").arg(spec);
        return false;
    }
    return StoryFile::load(spec, &data.table, story, error);
}

} // namespace BuiltinStories
