#include "frameplan.h"

#include "historyseries.h"

#include <algorithm>

FramePlan::FramePlan(const DataSet &data, const VideoOptions &o)
    : m_options(o)
{
    const MapStyle style = MapStyle::forTheme(o.theme, data.hub);
    if (!o.isStory()) {
        m_playback = o.playback();
        m_colors.emplace(data.boundaries, data.timeline, style, m_playback);
        return;
    }
    // Dates are clamped to the timeline's range, as the app plays them.
    const auto range = historyRange(data.timeline.firstDate(), data.timeline.lastDate(), data.hub.periodFrom,
                                    data.hub.periodTo, data.hub.historyStart);
    Story story = o.story;
    QVector<MapCamera> cameras;
    for (StoryScene &s : story.scenes) {
        s.date = std::clamp(s.date, range.first, range.second);
        if (s.from.isValid())
            s.from = std::clamp(s.from, range.first, range.second);
        cameras << StoryTimeline::cameraFor(s.camera, data.boundaries, o.size);
    }
    m_story.emplace(story, cameras, o.fps, o.moveS * 1000, o.sceneHoldS * 1000);
    m_storyColors.emplace(data.boundaries, data.timeline, style, *m_story);
}

FrameSpec FramePlan::at(int index) const
{
    FrameSpec f;
    if (!m_story) {
        const double t = index * 1000.0 / m_options.fps;
        f.date = m_playback.dateAt(t);
        f.fills = m_colors->at(t);
        return f;
    }
    const StoryFrame frame = m_story->at(index);
    f.view = frame.moving ? -1 - index : frame.scene;
    f.date = frame.date;
    f.fills = m_storyColors->at(frame);
    f.camera = frame.camera;
    f.caption = m_options.story.scenes[frame.scene].caption.in(m_options.language);
    f.counter = QStringLiteral("%1 / %2").arg(frame.scene + 1).arg(m_story->sceneCount());
    return f;
}
