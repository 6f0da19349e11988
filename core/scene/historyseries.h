#pragma once
// The counts of states per tier over a range of dates, sampled at regular dates: what the
// history chart draws (core/render/historychart), on screen and in exports. Each sample is
// RelationTimeline::countsAt of its date; the tiers stack in stackOrder(), so that the top of
// the stack is the count of states with relations and the partner tiers sit on the axis.
#include "relationtimeline.h"

#include <QDate>
#include <QVector>

#include <utility>

// The timeline's whole range ("All years", and the chart of a composed export): from the hub's
// history start (HubProfile::historyStart; else, or when an event comes earlier, 1 January of the
// first event's year) to 31 December of the last event's year, the default period included.
// Invalid dates are left out; with none valid the result is invalid.
std::pair<QDate, QDate> historyRange(const QDate &firstEvent, const QDate &lastEvent, const QDate &periodFrom,
                                     const QDate &periodTo, const QDate &historyStart);

struct HistorySeries {
    QDate from, to;
    QVector<QDate> dates;       // from, ..., to: `samples` dates, regularly spaced, both ends included
    QVector<TierCounts> counts; // countsAt(dates[i])

    static constexpr int kSamples = 400;
    // Bottom to top: the tiers other than none and the hub, highest first (the legend's order).
    static const QVector<Tier> &stackOrder();
    static HistorySeries sample(const RelationTimeline &timeline, const QDate &from, const QDate &to, int samples = kSamples);

    bool isEmpty() const { return dates.isEmpty(); }
    // The top of `tier`'s band at sample i: the counts of the tiers below it in the stack and its own.
    int stackTop(int i, Tier tier) const;
    int maximum() const; // the largest count of states with relations
    // Where a date lies in the range, 0 (from) to 1 (to); clamped.
    double position(const QDate &date) const;
};
