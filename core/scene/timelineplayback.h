#pragma once
// A date range played over time, as the screen plays it: which date a moment of the animation
// shows, and the colours the countries have then. The video export draws a frame at time t
// with dateAt(t) and TimelineColors::at(t).
#include "countrycolors.h"
#include "relationtimeline.h"

#include <QDate>

// Time in ms from the start: `holdMs` on `from`, then the dates advance linearly to `to` over
// `playMs` (the timeline passes day k of the range at holdMs + k / days * playMs), then `to`
// is held for another `holdMs`.
struct DatePlayback {
    QDate from, to;
    double playMs = 10000;
    double holdMs = 1000;

    double totalMs() const { return playMs + 2 * holdMs; }
    QDate dateAt(double tMs) const;
    double timeOf(const QDate &date) const; // when the timeline reaches `date` (from: holdMs)
};

// The fill colours over a playback. Every date in the range on which tiers change starts,
// at the moment the timeline passes it, the screen's ColorTransition for each country that
// changed: a fade from the colour it shows then to its new one, and a pulse toward the hub's
// outline colour. A country's transition runs its full length whatever else changes meanwhile
// (at(t) evaluates it at t - te); the others show their settled colours.
class TimelineColors
{
public:
    TimelineColors(const BoundarySet &boundaries, const RelationTimeline &timeline, const MapStyle &style,
                   const DatePlayback &playback);

    QVector<QRgb> at(double tMs) const;
    int steps() const { return m_steps.size(); } // dates with a change
    // Every boundary country's tier on `date`.
    static QVector<Tier> tiersAt(const BoundarySet &boundaries, const RelationTimeline &timeline, const QDate &date);

private:
    struct Step {
        double startMs = 0;
        QVector<int> changed;    // boundary indices
        ColorTransition change;  // over the changed countries only, in that order
        QVector<QRgb> settled;   // every country's colour once the step is done
    };
    QVector<QRgb> m_initial;
    QVector<Step> m_steps; // in time order
};
