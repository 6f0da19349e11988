#pragma once
// The fill colours of every frame of a story video (storytimeline.h), as the screen shows a
// story: a scene that starts on another date than the previous one ended on changes to it
// with the screen's fade and pulse when its move begins; its date animation then changes the
// colours as a date range's playback does (TimelineColors).
#include "storytimeline.h"

class StoryColors
{
public:
    StoryColors(const BoundarySet &boundaries, const RelationTimeline &timeline, const MapStyle &style,
                const StoryTimeline &story);

    QVector<QRgb> at(const StoryFrame &frame) const;

private:
    struct Scene {
        TimelineColors colors;
        QVector<int> changed;    // boundary indices that change when the scene starts
        ColorTransition change;  // over those only, in that order
    };
    QVector<Scene> m_scenes;
};
