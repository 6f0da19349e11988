#include "historyseries.h"

#include <algorithm>

std::pair<QDate, QDate> historyRange(const QDate &firstEvent, const QDate &lastEvent, const QDate &periodFrom,
                                     const QDate &periodTo, const QDate &historyStart)
{
    auto earliest = [](const QDate &a, const QDate &b) { return !a.isValid() ? b : !b.isValid() ? a : std::min(a, b); };
    auto latest = [](const QDate &a, const QDate &b) { return !a.isValid() ? b : !b.isValid() ? a : std::max(a, b); };
    const QDate firstYear = firstEvent.isValid() ? QDate(firstEvent.year(), 1, 1) : QDate();
    QDate from = earliest(firstYear, periodFrom);
    if (historyStart.isValid() && !(firstEvent.isValid() && firstEvent < historyStart))
        from = earliest(historyStart, periodFrom);
    const QDate to = latest(lastEvent.isValid() ? QDate(lastEvent.year(), 12, 31) : QDate(), periodTo);
    return {from, to};
}

const QVector<Tier> &HistorySeries::stackOrder()
{
    static const QVector<Tier> order = [] {
        QVector<Tier> tiers;
        for (const Tier t : tiers::dataTiers())
            if (t != Tier::None)
                tiers << t;
        return tiers;
    }();
    return order;
}

HistorySeries HistorySeries::sample(const RelationTimeline &timeline, const QDate &from, const QDate &to, int samples)
{
    HistorySeries series;
    if (!from.isValid() || !to.isValid() || to < from || samples < 2)
        return series;
    series.from = from;
    series.to = to;
    const qint64 days = from.daysTo(to);
    series.dates.reserve(samples);
    series.counts.reserve(samples);
    for (int i = 0; i < samples; ++i) {
        const QDate d = from.addDays(days * i / (samples - 1));
        series.dates << d;
        series.counts << timeline.countsAt(d);
    }
    return series;
}

int HistorySeries::stackTop(int i, Tier tier) const
{
    int top = 0;
    for (const Tier t : stackOrder()) {
        top += counts[i].perTier.value(t);
        if (t == tier)
            break;
    }
    return top;
}

int HistorySeries::maximum() const
{
    int most = 0;
    for (const TierCounts &c : counts)
        most = std::max(most, c.withRelations);
    return most;
}

double HistorySeries::position(const QDate &date) const
{
    const qint64 days = from.daysTo(to);
    return days > 0 ? std::clamp(double(from.daysTo(date)) / days, 0.0, 1.0) : 1.0;
}
