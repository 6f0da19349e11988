#include "storycolors.h"

StoryColors::StoryColors(const BoundarySet &boundaries, const RelationTimeline &timeline, const MapStyle &style,
                         const StoryTimeline &story)
{
    QVector<QRgb> shown;  // what the previous scene's last frame showed
    QVector<Tier> tiers;  // and its tiers
    for (int i = 0; i < story.sceneCount(); ++i) {
        const DatePlayback &playback = story.playback(i);
        Scene scene{TimelineColors(boundaries, timeline, style, playback), {}, {}};
        const QVector<Tier> start = TimelineColors::tiersAt(boundaries, timeline, playback.from);
        const QVector<QRgb> settled = scene.colors.at(0);
        for (int c = 0; c < shown.size(); ++c) {
            if (shown[c] == settled[c])
                continue;
            if (start[c] != tiers[c])
                scene.change.pulsing << scene.changed.size();
            scene.changed << c;
            scene.change.from << shown[c];
            scene.change.to << settled[c];
        }
        scene.change.fadeMs = ColorTransition::kTierFadeMs;
        scene.change.pulseMs = ColorTransition::kPulseMs;
        scene.change.pulseColor = style.hubOutline.rgba();
        m_scenes << scene;
        shown = at(story.at(story.firstFrame(i) + story.frames(i) - 1));
        tiers = TimelineColors::tiersAt(boundaries, timeline, playback.to);
    }
}

QVector<QRgb> StoryColors::at(const StoryFrame &frame) const
{
    if (frame.scene < 0 || frame.scene >= m_scenes.size())
        return {};
    const Scene &s = m_scenes[frame.scene];
    QVector<QRgb> colors = s.colors.at(frame.sceneMs);
    if (!s.changed.isEmpty() && frame.sceneMs < s.change.durationMs()) {
        const QVector<QRgb> shown = s.change.at(frame.sceneMs);
        for (int k = 0; k < s.changed.size(); ++k)
            colors[s.changed[k]] = shown[k];
    }
    return colors;
}
