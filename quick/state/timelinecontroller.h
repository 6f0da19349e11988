#pragma once
// The current date of the map and its animation: a view (by default the hub profile's period,
// or the whole range: from the hub's history start, or the first event, to the data's end),
// play/pause at a speed per view, and stepping through the dates on
// which a tier changes. The state shown on a date is the state at the end of that day, so
// "2024" is 31 Dec 2024.
#include <QDate>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVector>

class TimelineController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged)
    Q_PROPERTY(QString isoDate READ isoDate NOTIFY dateChanged)
    Q_PROPERTY(int year READ year NOTIFY dateChanged)
    Q_PROPERTY(QDate minimumDate READ minimumDate NOTIFY viewChanged)
    Q_PROPERTY(QDate maximumDate READ maximumDate NOTIFY viewChanged)
    Q_PROPERTY(QDate viewStart READ viewStart NOTIFY viewChanged)
    Q_PROPERTY(QDate viewEnd READ viewEnd NOTIFY viewChanged)
    Q_PROPERTY(bool fullRange READ fullRange WRITE setFullRange NOTIFY viewChanged)
    Q_PROPERTY(int dayCount READ dayCount NOTIFY viewChanged)
    Q_PROPERTY(int day READ day WRITE setDay NOTIFY dateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY dateChanged)
    Q_PROPERTY(QVariantList years READ years NOTIFY viewChanged)
    Q_PROPERTY(QVariantList eventPositions READ eventPositions NOTIFY viewChanged)
    Q_PROPERTY(bool hasPrevious READ hasPrevious NOTIFY dateChanged)
    Q_PROPERTY(bool hasNext READ hasNext NOTIFY dateChanged)
    Q_PROPERTY(bool playing READ isPlaying WRITE setPlaying NOTIFY playingChanged)
    Q_PROPERTY(int playDuration READ playDuration WRITE setPlayDuration NOTIFY playDurationChanged)

public:
    // eventDates: the days on which some tier changes; first/last: the data's first and last event;
    // periodFrom/periodTo: the default view (the hub profile's period; invalid: the current year);
    // historyStart: where the whole range starts (the hub profile's; invalid: 1 January of the
    // first event's year).
    TimelineController(const QVector<QDate> &eventDates, const QDate &first, const QDate &last, const QDate &periodFrom,
                       const QDate &periodTo, const QDate &historyStart = QDate(), QObject *parent = nullptr);

    static constexpr int kDefaultPlayMs = 24000; // the default view, played through
    static constexpr int kPlayMsPerYear = 750;   // the whole range: 80 years in about a minute

    // New data (a reload): the event dates and the range change, the view and the date stay
    // (clamped into the new range).
    void setEvents(const QVector<QDate> &eventDates, const QDate &first, const QDate &last);

    QDate defaultViewStart() const { return m_periodFrom; }
    QDate defaultViewEnd() const { return m_periodTo; }

    QDate date() const { return m_date; }
    // Clamps to the data's range; a date outside the default view switches to the full range.
    void setDate(const QDate &date);
    QString isoDate() const { return m_date.toString(Qt::ISODate); }
    int year() const { return m_date.year(); }
    QDate minimumDate() const { return m_minimum; }
    QDate maximumDate() const { return m_maximum; }
    QDate viewStart() const;
    QDate viewEnd() const;
    bool fullRange() const { return m_fullRange; }
    void setFullRange(bool full); // keeps the date, clamped into the new view
    int dayCount() const { return int(viewStart().daysTo(viewEnd())); }
    int day() const { return int(viewStart().daysTo(m_date)); }
    void setDay(int day);
    double progress() const { return dayCount() > 0 ? double(day()) / dayCount() : 1.0; }
    // The bands of the timeline bar: one per year of the view, or one per decade when the view
    // spans more than 40 years (the decade ticks): {year, last (year), start, end (fractions of
    // the view), labelled, decade}.
    QVariantList years() const;
    QVariantList eventPositions() const; // fractions of the view
    const QVector<QDate> &eventDates() const { return m_events; }
    bool hasPrevious() const { return previousEvent().isValid(); }
    bool hasNext() const { return nextEvent().isValid(); }
    bool isPlaying() const { return m_timer.isActive(); }
    void setPlaying(bool playing);
    int playDuration() const { return m_playDuration[m_fullRange]; } // ms to play the current view through
    void setPlayDuration(int ms); // the current view's; at least 1 ms

public slots:
    void play();  // from the view's start when at its end
    void pause();
    void togglePlay();
    void stepNext();     // to the next event date in the view (or the view's end), pausing
    void stepPrevious(); // to the previous one (or the view's start)
    void showYear(int year); // 31 December of that year, within the range

signals:
    void dateChanged();
    void viewChanged();
    void playingChanged();
    void playDurationChanged();
    void finished(); // play reached the view's end

private:
    QDate m_periodFrom, m_periodTo;
    QDate m_historyStart; // the whole range's start (hub profile); invalid: from the first event
    QDate nextEvent() const;
    QDate previousEvent() const;
    void tick();

    QVector<QDate> m_events; // sorted, unique
    QDate m_minimum;
    QDate m_maximum;
    QDate m_date;
    bool m_fullRange = false;
    int m_playDuration[2] = {kDefaultPlayMs, kDefaultPlayMs}; // the default view, the whole range
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_playStartDay = 0;
};
