#include "storyplayer.h"

#include "builtinstories.h"
#include "storyfile.h"
#include "cameracontroller.h"
#include "interactionstate.h"
#include "localization.h"
#include "mapcontroller.h"
#include "timelinecontroller.h"

#include <algorithm>

StoryPlayer::StoryPlayer(MapController *map, QObject *parent)
    : QObject(parent)
    , m_map(map)
{
    m_timer.setInterval(16);
    connect(&m_timer, &QTimer::timeout, this, &StoryPlayer::tick);
    // The texts follow the UI language.
    connect(map->localization(), &Localization::languageChanged, this, &StoryPlayer::storyChanged);
    connect(map->localization(), &Localization::languageChanged, this, &StoryPlayer::sceneChanged);
}

void StoryPlayer::open(const Story &story, int index)
{
    stopAnimation();
    m_story = story;
    const bool wasActive = m_active;
    m_active = !m_story.scenes.isEmpty();
    emit storyChanged();
    if (wasActive != m_active)
        emit activeChanged();
    if (m_active)
        show(std::clamp(index, 0, sceneCount() - 1), false);
}

bool StoryPlayer::openSpec(const QString &spec)
{
    Story story;
    QString error;
    const bool ok = BuiltinStories::resolve(spec, m_map->data(), &story, &error);
    setError(error);
    if (!ok)
        return false;
    const bool builtin = spec == QLatin1String("history") || spec.startsWith(QLatin1String("year:"));
    m_fileName = builtin ? QString() : spec;
    m_modified = false;
    open(story);
    return true;
}

void StoryPlayer::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

QString StoryPlayer::title() const
{
    return m_story.title.in(m_map->localization()->language());
}

const StoryScene *StoryPlayer::currentScene() const
{
    return m_active ? &m_story.scenes[m_index] : nullptr;
}

QString StoryPlayer::counter() const
{
    return m_active ? QStringLiteral("%1 / %2").arg(m_index + 1).arg(sceneCount()) : QString();
}

QString StoryPlayer::caption() const
{
    return m_active ? currentScene()->caption.in(m_map->localization()->language()) : QString();
}

QString StoryPlayer::notes() const
{
    return m_active ? currentScene()->notes.in(m_map->localization()->language()) : QString();
}

QString StoryPlayer::nextCaption() const
{
    return m_active && m_index + 1 < sceneCount() ? m_story.scenes[m_index + 1].caption.in(m_map->localization()->language()) : QString();
}

QVariantList StoryPlayer::scenes() const
{
    QVariantList list;
    for (const StoryScene &s : m_story.scenes)
        list << QVariantMap{{"caption", s.caption.in(m_map->localization()->language())},
                            {"notes", s.notes.in(m_map->localization()->language())},
                            {"duration", s.animated() ? s.durationMs : 0},
                            {"date", m_map->localization()->formatDate(s.date)},
                            {"isoDate", s.date.toString(Qt::ISODate)}};
    return list;
}

void StoryPlayer::setBlackout(bool on)
{
    on = on && m_active;
    if (on == m_blackout)
        return;
    m_blackout = on;
    emit blackoutChanged();
}

QVariantMap StoryPlayer::view(const QRectF &free, const QSizeF &mapSize) const
{
    const StoryScene *s = currentScene();
    if (!s)
        return {};
    const CameraController *camera = m_map->camera();
    switch (s->camera.kind) {
    case StoryCamera::Kind::Region: return camera->regionView(s->camera.region, free, mapSize);
    case StoryCamera::Kind::Box: return camera->boxView(s->camera.lonLatBox, free, mapSize);
    case StoryCamera::Kind::Countries: return camera->countriesView(s->camera.countries, free, mapSize);
    }
    return {};
}

void StoryPlayer::next()
{
    if (!m_active)
        return;
    if (isAnimating()) { // as a presentation's click during a build: the build ends
        stopAnimation();
        m_map->timeline()->setDate(currentScene()->date);
        return;
    }
    if (m_index + 1 < sceneCount())
        show(m_index + 1, true);
}

void StoryPlayer::back()
{
    if (m_active && (m_index > 0 || isAnimating()))
        show(std::max(0, m_index - 1), false);
}

void StoryPlayer::home()
{
    if (m_active)
        show(0, false);
}

void StoryPlayer::goTo(int index)
{
    if (m_active && index >= 0 && index < sceneCount())
        show(index, true);
}

void StoryPlayer::exit()
{
    if (!m_active)
        return;
    stopAnimation();
    setBlackout(false);
    m_active = false;
    m_map->interaction()->setHighlightedTier(QString());
    emit activeChanged();
    emit sceneChanged();
}

void StoryPlayer::show(int index, bool animate)
{
    stopAnimation();
    m_index = index;
    const StoryScene &s = m_story.scenes[index];
    TimelineController *timeline = m_map->timeline();
    timeline->pause();
    m_map->interaction()->select(s.selected);
    m_map->interaction()->setHighlightedTier(s.tier);
    if (animate && m_animationsEnabled && s.animated()) {
        m_playback = DatePlayback{s.from, s.date, double(s.durationMs), 0};
        timeline->setDate(s.from);
        m_clock.start();
        m_timer.start();
        emit animatingChanged();
    } else {
        timeline->setDate(s.date);
    }
    emit sceneChanged();
}

void StoryPlayer::tick()
{
    const double t = m_clock.elapsed() - moveMs(); // the date waits for the camera
    if (t < 0)
        return;
    if (t >= m_playback.playMs)
        stopAnimation();
    m_map->timeline()->setDate(m_playback.dateAt(std::min(t, m_playback.playMs)));
}

void StoryPlayer::stopAnimation()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit animatingChanged();
}

void StoryPlayer::play()
{
    if (!m_story.scenes.isEmpty())
        open(m_story, 0);
}

void StoryPlayer::edited()
{
    m_modified = true;
    emit storyChanged();
    emit sceneChanged();
}

void StoryPlayer::addScene(const QRectF &lonLatBox)
{
    StoryScene s;
    s.date = m_map->timeline()->date();
    s.selected = m_map->interaction()->selectedKey();
    s.tier = m_map->interaction()->highlightedTier();
    if (lonLatBox.isValid() && !lonLatBox.isEmpty()) {
        s.camera.kind = StoryCamera::Kind::Box;
        s.camera.lonLatBox = lonLatBox;
    }
    if (!m_active) // after the story's last scene (the first of a new story)
        m_index = sceneCount() - 1;
    const int at = m_index + 1;
    m_story.scenes.insert(at, s);
    if (!m_active) {
        m_active = true;
        emit activeChanged();
    }
    stopAnimation();
    m_index = at;
    edited();
}

void StoryPlayer::removeScene(int index)
{
    if (index < 0 || index >= sceneCount())
        return;
    m_story.scenes.removeAt(index);
    if (m_story.scenes.isEmpty()) {
        exit();
        m_modified = true;
        emit storyChanged();
        return;
    }
    if (m_index >= sceneCount() || m_index > index)
        m_index = std::max(0, m_index - 1);
    edited();
}

void StoryPlayer::moveScene(int from, int to)
{
    if (from < 0 || from >= sceneCount() || to < 0 || to >= sceneCount() || from == to)
        return;
    m_story.scenes.move(from, to);
    if (m_index == from)
        m_index = to;
    else if (from < m_index && to >= m_index)
        --m_index;
    else if (from > m_index && to <= m_index)
        ++m_index;
    edited();
}

void StoryPlayer::setText(int index, StoryText StoryScene::*field, const QString &text)
{
    if (index < 0 || index >= sceneCount())
        return;
    StoryText &t = m_story.scenes[index].*field;
    (m_map->localization()->isEnglish() ? t.en : t.vi) = text;
    edited();
}

void StoryPlayer::setAnimation(int index, int durationMs)
{
    if (index < 0 || index >= sceneCount())
        return;
    StoryScene &s = m_story.scenes[index];
    const QDate from = index > 0 ? m_story.scenes[index - 1].date : QDate();
    const bool plays = durationMs > 0 && from.isValid() && from < s.date;
    s.from = plays ? from : QDate();
    s.durationMs = plays ? std::min(durationMs, StoryFile::kMaxDurationMs) : 0;
    edited();
}

bool StoryPlayer::saveAs(const QString &path)
{
    QString error;
    if (path.isEmpty())
        error = QStringLiteral("no file name given");
    else
        StoryFile::save(m_story, path, &error);
    setError(error);
    if (!error.isEmpty())
        return false;
    m_fileName = path;
    m_modified = false;
    emit storyChanged();
    return true;
}

void StoryPlayer::newStory()
{
    exit();
    m_story = Story();
    m_fileName.clear();
    m_modified = false;
    emit storyChanged();
}
