#include "timelineplayback.h"

#include <algorithm>
#include <cmath>

QDate DatePlayback::dateAt(double tMs) const
{
    const qint64 days = from.daysTo(to);
    if (days <= 0 || playMs <= 0)
        return tMs < holdMs ? from : to;
    const double p = std::clamp((tMs - holdMs) / playMs, 0.0, 1.0);
    // The small epsilon makes dateAt(timeOf(d)) == d despite rounding.
    return from.addDays(std::min<qint64>(days, qint64(std::floor(p * double(days) + 1e-7))));
}

double DatePlayback::timeOf(const QDate &date) const
{
    const qint64 days = from.daysTo(to);
    if (days <= 0)
        return holdMs;
    return holdMs + double(from.daysTo(date)) / double(days) * playMs;
}

QVector<Tier> TimelineColors::tiersAt(const BoundarySet &boundaries, const RelationTimeline &timeline, const QDate &date)
{
    QVector<Tier> tiers(boundaries.countries.size());
    for (int i = 0; i < tiers.size(); ++i)
        tiers[i] = timeline.tierAt(boundaries.countries[i].key, date);
    return tiers;
}

TimelineColors::TimelineColors(const BoundarySet &boundaries, const RelationTimeline &timeline, const MapStyle &style,
                               const DatePlayback &playback)
{
    QVector<Tier> tiers = tiersAt(boundaries, timeline, playback.from);
    m_initial = countrycolors::fills(boundaries, tiers, style);
    QVector<QDate> dates;
    for (const TierChange &c : timeline.changes(playback.from, playback.to))
        if (dates.isEmpty() || dates.last() != c.date.start())
            dates << c.date.start();
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());

    QVector<QRgb> settled = m_initial;
    for (const QDate &date : qAsConst(dates)) {
        const QVector<Tier> next = tiersAt(boundaries, timeline, date);
        QVector<int> changed; // every boundary country whose tier changed, dependencies included
        for (int i = 0; i < next.size(); ++i)
            if (next[i] != tiers[i])
                changed << i;
        if (changed.isEmpty())
            continue;
        const QVector<QRgb> now = countrycolors::fills(boundaries, next, style);
        Step step;
        step.startMs = playback.timeOf(date);
        // What is shown when the change starts: the previous change played up to then.
        const QVector<QRgb> shown = m_steps.isEmpty() ? settled : m_steps.last().change.at(step.startMs - m_steps.last().startMs);
        step.change = ColorTransition{shown, now, changed, ColorTransition::kTierFadeMs, ColorTransition::kPulseMs,
                                      style.hubOutline.rgba()};
        m_steps << step;
        tiers = next;
        settled = now;
    }
}

QVector<QRgb> TimelineColors::at(double tMs) const
{
    // The last change started by tMs decides (it started from what the one before showed).
    const auto it = std::upper_bound(m_steps.begin(), m_steps.end(), tMs,
                                     [](double t, const Step &s) { return t < s.startMs; });
    if (it == m_steps.begin())
        return m_initial;
    const Step &step = *(it - 1);
    return step.change.at(tMs - step.startMs);
}
