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
        dates << c.date.start();
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());

    for (const QDate &date : qAsConst(dates)) {
        const QVector<Tier> next = tiersAt(boundaries, timeline, date);
        Step step;
        step.startMs = playback.timeOf(date);
        step.settled = countrycolors::fills(boundaries, next, style);
        const QVector<QRgb> shown = at(step.startMs); // the steps before this one
        for (int i = 0; i < next.size(); ++i) { // dependencies follow their sovereign
            if (next[i] == tiers[i])
                continue;
            step.changed << i;
            step.change.from << shown[i];
            step.change.to << step.settled[i];
            step.change.pulsing << step.change.pulsing.size();
        }
        if (step.changed.isEmpty())
            continue;
        step.change.fadeMs = ColorTransition::kTierFadeMs;
        step.change.pulseMs = ColorTransition::kPulseMs;
        step.change.pulseColor = style.hubOutline.rgba();
        m_steps << step;
        tiers = next;
    }
}

QVector<QRgb> TimelineColors::at(double tMs) const
{
    // The colours of the last step started, then every transition still running over them
    // (a later one over an earlier one for a country that changed twice).
    const auto end = std::upper_bound(m_steps.begin(), m_steps.end(), tMs, [](double t, const Step &s) { return t < s.startMs; });
    QVector<QRgb> colors = end == m_steps.begin() ? m_initial : (end - 1)->settled;
    for (auto it = m_steps.begin(); it != end; ++it) {
        if (tMs - it->startMs >= it->change.durationMs())
            continue;
        const QVector<QRgb> shown = it->change.at(tMs - it->startMs);
        for (int k = 0; k < it->changed.size(); ++k)
            colors[it->changed[k]] = shown[k];
    }
    return colors;
}
