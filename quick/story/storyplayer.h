#pragma once
// Plays a story (core/story) on the presenter map: the current scene, next and back (an
// animated scene plays the timeline from its `from` date to its date once the camera's move
// is over, as a story video does (StoryTimeline), then waits), the first
// scene, black screen, leaving the story. It drives the map's state: the timeline's date, the
// selection and tier filter (InteractionState), and says where the camera goes (view(), for
// the QML map to fly to on sceneChanged). QML only binds.
#include "story.h"
#include "storytimeline.h"
#include "timelineplayback.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVariantList>

class CameraController;
class MapController;

class StoryPlayer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(QString title READ title NOTIFY storyChanged)
    Q_PROPERTY(int sceneCount READ sceneCount NOTIFY storyChanged)
    Q_PROPERTY(int sceneIndex READ sceneIndex NOTIFY sceneChanged)        // 0-based
    Q_PROPERTY(QString counter READ counter NOTIFY sceneChanged)          // "3 / 17"
    Q_PROPERTY(QString caption READ caption NOTIFY sceneChanged)
    Q_PROPERTY(QString notes READ notes NOTIFY sceneChanged)
    Q_PROPERTY(QString nextCaption READ nextCaption NOTIFY sceneChanged) // "" on the last scene
    Q_PROPERTY(QVariantList scenes READ scenes NOTIFY storyChanged)      // [{caption, notes, date, isoDate, duration}]
    Q_PROPERTY(bool blackout READ blackout WRITE setBlackout NOTIFY blackoutChanged)
    Q_PROPERTY(bool animating READ isAnimating NOTIFY animatingChanged)   // the camera's move and the date animation
    Q_PROPERTY(int moveMs READ moveMs CONSTANT) // the camera's move to a scene, as in a story video
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)              // the last open's or save's problem
    Q_PROPERTY(QString fileName READ fileName NOTIFY storyChanged)        // where the story is saved ("" for a new one)
    Q_PROPERTY(bool modified READ isModified NOTIFY storyChanged)         // edited since opened or saved

public:
    explicit StoryPlayer(MapController *map, QObject *parent = nullptr);

    // Opens a story at scene `index` (clamped), shown as it ends (no animation).
    void open(const Story &story, int index = 0);
    // A story file, "year:YYYY" or "history" (BuiltinStories::resolve); false and `error` set on failure.
    Q_INVOKABLE bool openSpec(const QString &spec);
    const Story &story() const { return m_story; }
    // Off: every scene is shown as it ends at once (screenshots).
    void setAnimationsEnabled(bool enabled) { m_animationsEnabled = enabled; }

    bool isActive() const { return m_active; }
    QString title() const;
    int sceneCount() const { return m_story.scenes.size(); }
    int sceneIndex() const { return m_index; }
    QString counter() const;
    QString caption() const;
    QString notes() const;
    QString nextCaption() const;
    QVariantList scenes() const;
    bool blackout() const { return m_blackout; }
    void setBlackout(bool on);
    bool isAnimating() const { return m_timer.isActive(); }
    static int moveMs() { return int(StoryTimeline::kMoveMs); }
    QString error() const { return m_error; }
    const StoryScene *currentScene() const;

    QString fileName() const { return m_fileName; }
    bool isModified() const { return m_modified; }

    // Editing (the story panel). Scenes are 0-based; the texts are in the UI language.
    // The map's current state (date, selection, tier filter) and view as a new scene after the
    // current one (after the last when the story was left), which becomes the current one.
    Q_INVOKABLE void newStory(); // leaves the open story and starts an empty one
    Q_INVOKABLE void addScene(const QRectF &lonLatBox);
    Q_INVOKABLE void removeScene(int index);
    Q_INVOKABLE void moveScene(int from, int to);
    Q_INVOKABLE void setCaption(int index, const QString &text) { setText(index, &StoryScene::caption, text); }
    Q_INVOKABLE void setNotes(int index, const QString &text) { setText(index, &StoryScene::notes, text); }
    // Plays from the previous scene's date in `durationMs` (0: no animation; the first scene never plays).
    Q_INVOKABLE void setAnimation(int index, int durationMs);
    Q_INVOKABLE bool save() { return saveAs(m_fileName); }
    Q_INVOKABLE bool saveAs(const QString &path); // atomic; on failure the file is as it was

    // Where the camera goes for the current scene (Camera's {center, zoomLevel}), in `free` of a
    // map of `mapSize`; {} when no story is open.
    Q_INVOKABLE QVariantMap view(const QRectF &free, const QSizeF &mapSize) const;

public slots:
    void next();     // finishes a playing animation, else the next scene (animated); stays on the last
    void back();     // the previous scene as it ends; stays on the first
    void home();     // the first scene
    void goTo(int index); // any scene, animated
    void play();          // the story from its first scene (after leaving it, or while editing)
    void toggleBlackout() { setBlackout(!m_blackout); }
    void exit();     // leaves the story: the map stays where it is

signals:
    void activeChanged();
    void storyChanged();
    void sceneChanged(); // the camera should move (view())
    void blackoutChanged();
    void animatingChanged();
    void errorChanged();

private:
    void show(int index, bool animate);
    void setText(int index, StoryText StoryScene::*field, const QString &text); // in the UI language
    void edited(); // the story changed: lists, texts and the current scene follow
    void setError(const QString &error);
    void tick();
    void stopAnimation();

    MapController *m_map;
    Story m_story;
    int m_index = 0;
    bool m_active = false;
    bool m_blackout = false;
    bool m_animationsEnabled = true;
    QString m_error;
    QString m_fileName;
    bool m_modified = false;
    DatePlayback m_playback;
    QTimer m_timer;
    QElapsedTimer m_clock;
};
