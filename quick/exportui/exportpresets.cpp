#include "exportpresets.h"

#include <algorithm>

namespace {

enum Use { Still = 1, Video = 2 };

struct Entry {
    ExportPreset preset;
    int use; // Still | Video
};

const QVector<Entry> &entries()
{
    static const QVector<Entry> list = {
        {{QStringLiteral("720p"), {1280, 720}, {}, QStringLiteral("1280 × 720 · HD")}, Video},
        {{QStringLiteral("1080p"), {1920, 1080}, {}, QStringLiteral("1920 × 1080 · Full HD")}, Still | Video},
        {{QStringLiteral("4k"), {3840, 2160}, {}, QStringLiteral("3840 × 2160 · 4K")}, Still | Video},
        {{QStringLiteral("8k"), {7680, 4320}, {}, QStringLiteral("7680 × 4320 · 8K")}, Still},
        {{QStringLiteral("a4"), {3508, 2480}, {297, 210}, QStringLiteral("A4 · 300 dpi")}, Still},
        {{QStringLiteral("a3"), {4961, 3508}, {420, 297}, QStringLiteral("A3 · 300 dpi")}, Still},
    };
    return list;
}

template <typename Match>
const ExportPreset *find(bool video, Match match)
{
    const int use = video ? Video : Still;
    const auto &list = entries();
    const auto found = std::find_if(list.begin(), list.end(), [&](const Entry &e) { return (e.use & use) && match(e.preset); });
    return found != list.end() ? &found->preset : nullptr;
}

} // namespace

QVector<ExportPreset> ExportPresets::allowed(bool video)
{
    QVector<ExportPreset> list;
    for (const Entry &e : entries())
        if (e.use & (video ? Video : Still))
            list << e.preset;
    return list;
}

const ExportPreset *ExportPresets::named(const QString &name, bool video)
{
    return find(video, [&](const ExportPreset &p) { return p.name == name; });
}

const ExportPreset *ExportPresets::ofSize(const QSize &size, bool video)
{
    return find(video, [&](const ExportPreset &p) { return p.size == size; });
}
