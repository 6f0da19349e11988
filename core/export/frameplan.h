#pragma once
// What each frame of a video shows (videoexporter.h): the date, the fills and, for a story,
// the camera and the caption. For a date range, the playback (timelineplayback.h); for a
// story, its timeline and colours (storytimeline.h, storycolors.h), its dates clamped to the
// data's range as the app plays them.
#include "dataset.h"
#include "storycolors.h"
#include "videoexporter.h"

#include <optional>

// What a frame shows. Frames with the same `view` differ only in their date and fills, so one
// renderer draws them one after the other; a story gives each scene its view, and each frame
// of a camera move its own.
struct FrameSpec {
    int view = 0;
    QDate date;
    QVector<QRgb> fills;
    MapCamera camera; // a story's; else empty (the renderer fits the options' box)
    QString caption, counter;
};

class FramePlan
{
public:
    FramePlan(const DataSet &data, const VideoOptions &options);
    FrameSpec at(int index) const;

private:
    const VideoOptions &m_options;
    DatePlayback m_playback;
    std::optional<TimelineColors> m_colors;
    std::optional<StoryTimeline> m_story;
    std::optional<StoryColors> m_storyColors;
};
