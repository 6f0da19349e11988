#pragma once
// A story: the scenes a presenter steps through with a clicker (docs/STORIES.md). A scene sets
// the date (or plays from one date to another), the camera, the selected country, an optional
// tier filter, a caption shown on the map and the presenter's notes, each in both languages.
#include <QDate>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

// Where a scene looks: a region preset (core/scene/regions), a lon/lat box, or the countries to fit.
struct StoryCamera {
    enum class Kind { Region, Box, Countries };
    Kind kind = Kind::Region;
    QString region = QStringLiteral("world");
    QRectF lonLatBox; // left = min lon, top = min lat, right = max lon, bottom = max lat
    QStringList countries;

    bool operator==(const StoryCamera &o) const
    {
        return kind == o.kind && region == o.region && lonLatBox == o.lonLatBox && countries == o.countries;
    }
};

// Text in the two languages diplomap speaks.
struct StoryText {
    QString vi, en;
    QString in(const QString &language) const { return language == QLatin1String("en") ? en : vi; }
    bool operator==(const StoryText &o) const { return vi == o.vi && en == o.en; }
};

struct StoryScene {
    QDate date;          // the date shown (where an animation ends)
    QDate from;          // invalid: no animation; else the timeline plays from `from` to `date`
    int durationMs = 0;  // the animation's length
    StoryCamera camera;
    QString selected;    // a country key, or empty
    QString tier;        // a highlighted tier's key (the tier filter), or empty
    StoryText caption;
    StoryText notes;

    bool animated() const { return from.isValid() && durationMs > 0; }
    bool operator==(const StoryScene &o) const
    {
        return date == o.date && from == o.from && durationMs == o.durationMs && camera == o.camera
            && selected == o.selected && tier == o.tier && caption == o.caption && notes == o.notes;
    }
};

struct Story {
    StoryText title;
    QVector<StoryScene> scenes;

    bool operator==(const Story &o) const { return title == o.title && scenes == o.scenes; }
};
