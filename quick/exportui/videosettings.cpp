#include "videosettings.h"

#include "localization.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {

const int kFps[] = {24, 25, 30, 60};

bool parseNumber(const QString &text, double *value)
{
    bool ok = false;
    *value = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok && std::isfinite(*value);
}

QVariantMap option(const QVariant &value, const QString &title)
{
    return QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("title"), title}};
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 4);
}

} // namespace

VideoSettings::VideoSettings(Localization *localization, QObject *parent)
    : QObject(parent)
    , m_localization(localization)
{
    connect(m_localization, &Localization::languageChanged, this, &VideoSettings::optionsChanged);
    connect(m_localization, &Localization::languageChanged, this, &VideoSettings::lengthChanged);
    for (auto changed : {&VideoSettings::rangeChanged, &VideoSettings::fpsChanged, &VideoSettings::paceChanged, &VideoSettings::holdChanged,
                         &VideoSettings::sourceChanged})
        connect(this, changed, this, &VideoSettings::lengthChanged);
}

QString VideoSettings::text(const char *id) const
{
    return m_localization->string(QString::fromLatin1(id));
}

QDate VideoSettings::date(const QString &iso)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern.match(iso).hasMatch() ? QDate::fromString(iso, Qt::ISODate) : QDate();
}

void VideoSettings::setFrom(const QString &isoDate)
{
    if (isoDate == m_from)
        return;
    m_from = isoDate;
    emit rangeChanged();
}

void VideoSettings::setTo(const QString &isoDate)
{
    if (isoDate == m_to)
        return;
    m_to = isoDate;
    emit rangeChanged();
}

void VideoSettings::setFps(int fps)
{
    if (!VideoOptions::fpsSupported(fps) || fps == m_fps)
        return;
    m_fps = fps;
    emit fpsChanged();
}

QVariantList VideoSettings::fpsOptions() const
{
    QVariantList list;
    for (const int fps : kFps)
        list << option(fps, QStringLiteral("%1 fps").arg(fps));
    return list;
}

void VideoSettings::setPace(const QString &pace)
{
    if ((pace != QLatin1String("duration") && pace != QLatin1String("days")) || pace == m_pace)
        return;
    // The same video in the other unit: 10 s over 365 days is 36.5 days a second.
    const double days = date(m_from).daysTo(date(m_to));
    double value = 0;
    const bool convert = isPaceValid() && days > 0 && parseNumber(m_paceValue, &value);
    m_pace = pace;
    if (convert)
        m_paceValue = number(days / value);
    emit paceChanged();
}

QVariantList VideoSettings::paces() const
{
    return {option(QStringLiteral("duration"), text("videoDuration")), option(QStringLiteral("days"), text("videoDaysPerSecond"))};
}

void VideoSettings::setPaceValue(const QString &value)
{
    if (value == m_paceValue)
        return;
    m_paceValue = value;
    emit paceChanged();
}

bool VideoSettings::isPaceValid() const
{
    double value = 0;
    return parseNumber(m_paceValue, &value) && value > 0
        && (m_pace == QLatin1String("days") || value <= VideoOptions::kMaxDurationS);
}

void VideoSettings::setSource(const QString &source)
{
    if ((source != QLatin1String("range") && (source != QLatin1String("story") || !isStoryOpen())) || source == m_source)
        return;
    m_source = source;
    emit sourceChanged();
    emit holdChanged();
}

QVariantList VideoSettings::sources() const
{
    return {option(QStringLiteral("range"), text("videoRange")), option(QStringLiteral("story"), text("videoOpenStory"))};
}

QString VideoSettings::holdTitle() const
{
    return text(followsStory() ? "videoSceneHold" : "videoHold");
}

void VideoSettings::setHold(const QString &seconds)
{
    QString &hold = followsStory() ? m_sceneHold : m_hold;
    if (seconds == hold)
        return;
    hold = seconds;
    emit holdChanged();
}

bool VideoSettings::isHoldValid() const
{
    double value = 0;
    return parseNumber(hold(), &value) && (followsStory() ? value > 0 : value >= 0) && value <= VideoOptions::kMaxHoldS;
}

double VideoSettings::durationS() const
{
    double value = 0;
    if (!isPaceValid() || !parseNumber(m_paceValue, &value))
        return 0;
    if (m_pace == QLatin1String("duration"))
        return value;
    VideoOptions o;
    o.from = date(m_from);
    o.to = date(m_to);
    return isFromValid() && isToValid() ? o.durationForDaysPerSecond(value) : 0;
}

QString VideoSettings::lengthText() const
{
    VideoOptions o;
    QString error;
    if (!apply(&o, &error))
        return {};
    const double seconds = o.isStory() ? double(o.frameCount()) / o.fps : o.durationS + 2 * o.holdS;
    // Written as the language writes numbers: 133,5 giây; 133.5 s.
    QLocale locale(m_localization->isEnglish() ? QLocale::English : QLocale::Vietnamese);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return text("videoLength").arg(locale.toString(std::round(seconds * 10) / 10, 'g', 4)).arg(o.frameCount());
}

void VideoSettings::prepare(const QDate &from, const QDate &to, const Story &story)
{
    setFrom(from.toString(Qt::ISODate));
    setTo(to.toString(Qt::ISODate));
    m_story = story;
    m_source = isStoryOpen() ? QStringLiteral("story") : QStringLiteral("range");
    emit sourceChanged();
    emit holdChanged();
}

bool VideoSettings::apply(VideoOptions *o, QString *error) const
{
    double hold = 0;
    const double duration = durationS();
    if (followsStory()) {
        if (!isHoldValid() || !parseNumber(m_sceneHold, &hold)) {
            *error = text("videoBadSceneHold").arg(m_sceneHold, number(VideoOptions::kMaxHoldS));
            return false;
        }
        o->story = m_story;
        o->fps = m_fps;
        o->sceneHoldS = hold;
        return true;
    }
    if (!isFromValid()) {
        *error = text("exportBadDate").arg(m_from);
    } else if (!date(m_to).isValid()) {
        *error = text("exportBadDate").arg(m_to);
    } else if (!isToValid()) {
        *error = text("videoBadRange").arg(m_from, m_to);
    } else if (!(duration > 0) || duration > VideoOptions::kMaxDurationS) {
        *error = text(m_pace == QLatin1String("days") ? "videoBadDaysPerSecond" : "videoBadDuration")
                     .arg(m_paceValue, number(VideoOptions::kMaxDurationS));
    } else if (!isHoldValid() || !parseNumber(m_hold, &hold)) {
        *error = text("videoBadHold").arg(m_hold, number(VideoOptions::kMaxHoldS));
    } else {
        o->from = date(m_from);
        o->to = date(m_to);
        o->fps = m_fps;
        o->durationS = duration;
        o->holdS = hold;
        return true;
    }
    return false;
}
