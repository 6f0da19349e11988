#pragma once
// The export dialog's video settings (Exporter.video in QML): what plays (the date range, or
// the story open in the app), the date range, frame rate, pace (a duration, or days per
// second), and the hold on the first and last dates (a story: on each scene). apply() copies
// them into VideoOptions, or returns the problem in the UI language.
#include "videoexporter.h"

#include <QObject>
#include <QVariantList>

class Localization;

class VideoSettings : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY rangeChanged)                   // YYYY-MM-DD, as typed
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY rangeChanged)
    Q_PROPERTY(bool fromValid READ isFromValid NOTIFY rangeChanged)
    Q_PROPERTY(bool toValid READ isToValid NOTIFY rangeChanged)                            // a date after `from`
    Q_PROPERTY(int fps READ fps WRITE setFps NOTIFY fpsChanged)
    Q_PROPERTY(QVariantList fpsOptions READ fpsOptions CONSTANT)                           // [{value, title}]
    Q_PROPERTY(QString pace READ pace WRITE setPace NOTIFY paceChanged)                    // duration, days
    Q_PROPERTY(QVariantList paces READ paces NOTIFY optionsChanged)                        // [{value, title}]
    Q_PROPERTY(QString paceValue READ paceValue WRITE setPaceValue NOTIFY paceChanged)     // seconds, or days a second
    Q_PROPERTY(bool paceValid READ isPaceValid NOTIFY paceChanged)
    Q_PROPERTY(bool storyOpen READ isStoryOpen NOTIFY sourceChanged)                       // a story is open in the app
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)            // range, story (the open one)
    Q_PROPERTY(QVariantList sources READ sources NOTIFY optionsChanged)                    // [{value, title}]
    Q_PROPERTY(bool followsStory READ followsStory NOTIFY sourceChanged)                   // the story sets dates and camera
    Q_PROPERTY(QString holdTitle READ holdTitle NOTIFY sourceChanged)
    Q_PROPERTY(QString hold READ hold WRITE setHold NOTIFY holdChanged)                    // seconds (of the source)
    Q_PROPERTY(bool holdValid READ isHoldValid NOTIFY holdChanged)
    Q_PROPERTY(QString lengthText READ lengthText NOTIFY lengthChanged)                    // "12 s · 360 frames"

public:
    explicit VideoSettings(Localization *localization, QObject *parent = nullptr);

    QString from() const { return m_from; }
    void setFrom(const QString &isoDate);
    QString to() const { return m_to; }
    void setTo(const QString &isoDate);
    bool isFromValid() const { return date(m_from).isValid(); }
    bool isToValid() const { return date(m_to).isValid() && (!isFromValid() || date(m_to) > date(m_from)); }
    int fps() const { return m_fps; }
    void setFps(int fps); // ignores unsupported rates
    QVariantList fpsOptions() const;
    QString pace() const { return m_pace; }
    void setPace(const QString &pace); // the value switches to the same length in the other unit
    QVariantList paces() const;
    QString paceValue() const { return m_paceValue; }
    void setPaceValue(const QString &value);
    bool isPaceValid() const;
    bool isStoryOpen() const { return !m_story.scenes.isEmpty(); }
    QString source() const { return m_source; }
    void setSource(const QString &source); // "story" only while a story is open
    QVariantList sources() const;
    bool followsStory() const { return m_source == QLatin1String("story"); }
    QString holdTitle() const;
    QString hold() const { return followsStory() ? m_sceneHold : m_hold; }
    void setHold(const QString &seconds);
    bool isHoldValid() const;
    QString lengthText() const;

    // The timeline's view as the range and the story open in the app, if any (when the
    // dialog opens): an open story is what plays, until the range is chosen.
    void prepare(const QDate &from, const QDate &to, const Story &story = Story());
    // Copies the settings into `options` (dates, fps, duration, hold, or the story and its
    // hold); false with the problem
    // in the UI language when a field is invalid.
    bool apply(VideoOptions *options, QString *error) const;

signals:
    void rangeChanged();
    void fpsChanged();
    void paceChanged();
    void holdChanged();
    void sourceChanged();
    void lengthChanged();
    void optionsChanged();

private:
    static QDate date(const QString &iso); // null unless exactly YYYY-MM-DD and a real date
    double durationS() const;              // 0 when the pace or range is invalid
    QString text(const char *id) const;

    Localization *m_localization;
    QString m_from, m_to;
    int m_fps = 30;
    QString m_pace = QStringLiteral("duration");
    QString m_paceValue = QStringLiteral("10");
    QString m_hold = QStringLiteral("1");
    QString m_sceneHold = QStringLiteral("3");
    QString m_source = QStringLiteral("range");
    Story m_story;
};
