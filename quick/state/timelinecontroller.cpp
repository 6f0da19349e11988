#include "timelinecontroller.h"

#include "historyseries.h"

#include <algorithm>
#include <cmath>
#include <tuple>

TimelineController::TimelineController(const QVector<QDate> &eventDates, const QDate &first, const QDate &last,
                                       const QDate &periodFrom, const QDate &periodTo, const QDate &historyStart,
                                       QObject *parent)
    : QObject(parent)
    , m_periodFrom(periodFrom.isValid() ? periodFrom : QDate(QDate::currentDate().year(), 1, 1))
    , m_periodTo(periodTo.isValid() ? periodTo : QDate(QDate::currentDate().year(), 12, 31))
    , m_historyStart(historyStart)
{
    setEvents(eventDates, first, last);
    m_date = viewEnd();
    m_timer.setInterval(16);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TimelineController::tick);
}

void TimelineController::setEvents(const QVector<QDate> &eventDates, const QDate &first, const QDate &last)
{
    m_events = eventDates;
    std::sort(m_events.begin(), m_events.end());
    m_events.erase(std::unique(m_events.begin(), m_events.end()), m_events.end());
    std::tie(m_minimum, m_maximum) = historyRange(first, last, m_periodFrom, m_periodTo, m_historyStart);
    const double years = m_minimum.daysTo(m_maximum) / 365.25;
    m_playDuration[1] = std::max(kDefaultPlayMs, int(std::lround(years * kPlayMsPerYear)));
    if (!m_date.isValid())
        return; // constructing
    emit viewChanged();
    m_date = std::clamp(m_date, viewStart(), viewEnd());
    emit dateChanged(); // the steps (hasNext, hasPrevious) follow the events
}

QDate TimelineController::viewStart() const
{
    return m_fullRange ? m_minimum : std::max(m_minimum, defaultViewStart());
}

QDate TimelineController::viewEnd() const
{
    return m_fullRange ? m_maximum : std::min(m_maximum, defaultViewEnd());
}

void TimelineController::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    const QDate clamped = std::clamp(date, m_minimum, m_maximum);
    if (clamped < viewStart() || clamped > viewEnd())
        setFullRange(true);
    if (clamped == m_date)
        return;
    m_date = clamped;
    emit dateChanged();
}

void TimelineController::setFullRange(bool full)
{
    if (full == m_fullRange)
        return;
    m_fullRange = full;
    emit viewChanged();
    if (m_playDuration[0] != m_playDuration[1])
        emit playDurationChanged();
    m_date = std::clamp(m_date, viewStart(), viewEnd());
    emit dateChanged(); // day and progress are relative to the view
    if (isPlaying()) { // on at the new view's speed from here
        m_playStartDay = day();
        m_clock.restart();
    }
}

void TimelineController::setDay(int day)
{
    setDate(viewStart().addDays(std::clamp(day, 0, dayCount())));
}

QVariantList TimelineController::years() const
{
    QVariantList list;
    const double span = std::max(1, dayCount());
    const int first = viewStart().year(), last = viewEnd().year();
    const int band = last - first > 40 ? 10 : 1;
    const int step = band > 1 || last - first <= 12 ? 1 : 5; // years labelled: every one, or every fifth
    for (int y = first - first % band; y <= last; y += band) {
        const QDate start = std::max(QDate(y, 1, 1), viewStart());
        const QDate end = std::min(QDate(y + band - 1, 12, 31), viewEnd());
        list << QVariantMap{{"year", start.year()},
                            {"last", end.year()},
                            {"start", viewStart().daysTo(start) / span},
                            {"end", viewStart().daysTo(end) / span},
                            {"labelled", step == 1 || y % step == 0 || y == last},
                            {"decade", band > 1}};
    }
    return list;
}

QVariantList TimelineController::eventPositions() const
{
    QVariantList list;
    const double span = std::max(1, dayCount());
    for (const QDate &d : m_events)
        if (d >= viewStart() && d <= viewEnd())
            list << viewStart().daysTo(d) / span;
    return list;
}

// The stops of stepping: the event dates in the view and both ends of the view, so that a
// clicker reaches the period's first and last day.
QDate TimelineController::nextEvent() const
{
    const auto it = std::upper_bound(m_events.cbegin(), m_events.cend(), m_date);
    if (it != m_events.cend() && *it <= viewEnd())
        return *it;
    return m_date < viewEnd() ? viewEnd() : QDate();
}

QDate TimelineController::previousEvent() const
{
    auto it = std::lower_bound(m_events.cbegin(), m_events.cend(), m_date);
    if (it != m_events.cbegin() && *(it - 1) >= viewStart())
        return *(it - 1);
    return m_date > viewStart() ? viewStart() : QDate();
}

void TimelineController::setPlaying(bool playing)
{
    if (playing)
        play();
    else
        pause();
}

void TimelineController::setPlayDuration(int ms)
{
    ms = std::max(1, ms);
    if (ms == playDuration())
        return;
    m_playDuration[m_fullRange] = ms;
    emit playDurationChanged();
}

void TimelineController::play()
{
    if (isPlaying())
        return;
    if (m_date >= viewEnd())
        setDate(viewStart());
    m_playStartDay = day();
    m_clock.start();
    m_timer.start();
    emit playingChanged();
}

void TimelineController::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    emit playingChanged();
}

void TimelineController::togglePlay()
{
    setPlaying(!isPlaying());
}

void TimelineController::tick()
{
    const double days = double(m_clock.elapsed()) * dayCount() / playDuration();
    const int target = m_playStartDay + int(days);
    if (target >= dayCount()) {
        setDay(dayCount());
        pause();
        emit finished();
        return;
    }
    setDay(target);
}

void TimelineController::stepNext()
{
    pause();
    const QDate next = nextEvent();
    if (next.isValid())
        setDate(next);
}

void TimelineController::stepPrevious()
{
    pause();
    const QDate previous = previousEvent();
    if (previous.isValid())
        setDate(previous);
}

void TimelineController::showYear(int year)
{
    pause();
    setDate(QDate(year, 12, 31));
}
